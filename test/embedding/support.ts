/**
 * Helpers for the embedding tests: the built module in partner pages.
 * Nothing here imports src/ at run time (the type import is erased): a
 * partner page gets only dist/.
 */
import type * as Bundle from '../../src/index.js';

export type { Bundle };

/** The built module, at the URL a partner page would load it from. */
export const BUNDLE_URL = '/dist/qingdao-initiative.js';

/** Child pages; the test runner's config sends the strict CSP for these. */
export const PAGES = '/test/embedding/pages/';

/** The policy a strict partner site sends, exactly as the config sends it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Where the widget remembers the visitor's choice (src/page-language.ts). */
const STORAGE_KEY = 'qingdao-initiative:language';

/** What pages/recorder.js saw in a child page, from its first script on. */
export interface PageRecord {
  globalsBefore: string[];
  symbolsBefore: string[];
  violations: {
    disposition: 'enforce' | 'report';
    directive: string;
    violated: string;
    blockedURI: string;
    sample: string;
    source: string;
    target: string;
  }[];
  errors: string[];
  policies: string[];
}

export type ChildWindow = Window & typeof globalThis;

export interface ChildPage {
  frame: HTMLIFrameElement;
  window: ChildWindow;
  document: Document;
  record: PageRecord;
}

/** Imports the built module into this (the runner's) page. */
export function importBundle(url = BUNDLE_URL): Promise<typeof Bundle> {
  return import(/* @vite-ignore */ url);
}

/**
 * The visitor's remembered choice is per origin, and every child page shares
 * the runner's origin: forget it so that one test cannot steer the next.
 */
export function forgetRememberedLanguage(): void {
  localStorage.removeItem(STORAGE_KEY);
}

const openFrames = new Set<HTMLIFrameElement>();

/** Loads `pages/<name>` in a fresh iframe and waits for its load event. */
export async function openPage(name: string): Promise<ChildPage> {
  forgetRememberedLanguage();
  const frame = document.createElement('iframe');
  // Wide enough that the widgets lay out as on a desktop article page.
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(name)), {
      once: true,
    });
  });
  frame.src = PAGES + name;
  document.body.append(frame);
  openFrames.add(frame);
  await loaded;
  const child = frame.contentWindow as ChildWindow;
  const record = (child as unknown as Record<symbol, PageRecord | undefined>)[
    Symbol.for('qingdao-embedding-record')
  ];
  if (!record) throw new Error(`${name} did not load pages/recorder.js first`);
  return { frame, window: child, document: child.document, record };
}

/** Removes every page opened by `openPage` and forgets their choices. */
export function closePages(): void {
  for (const frame of openFrames) frame.remove();
  openFrames.clear();
  forgetRememberedLanguage();
}

/**
 * Waits until `condition` holds, checking every few milliseconds; fails with
 * `what` after `timeout` ms. For things with no event to wait on (another
 * realm's rendering, another copy's update).
 */
export async function waitFor(
  condition: () => boolean,
  what: string,
  timeout = 5000,
): Promise<void> {
  const end = performance.now() + timeout;
  for (;;) {
    let error: unknown;
    try {
      if (condition()) return;
    } catch (e) {
      // Not rendered yet (no shadow root, no part): keep waiting.
      error = e;
    }
    if (performance.now() > end) {
      throw new Error(
        `Timed out waiting for ${what}${error ? ` (${String(error)})` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets pending renders, locale loads and event handlers run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The first element with `name` among the element's shadow parts. */
export function part(element: Element, name: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(
    `[part~="${name}"]`,
  );
  if (!found) throw new Error(`<${element.localName}> has no part "${name}"`);
  return found;
}

/** Text of the part, whitespace collapsed. */
export function partText(element: Element, name: string): string {
  return (part(element, name).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button for `language` of a switch, or of the switch inside a widget. */
export function languageButton(
  widget: Element,
  language: string,
): HTMLButtonElement {
  const languageSwitch =
    widget.localName.endsWith('language-switch') || !widget.shadowRoot
      ? widget
      : part(widget, 'switch');
  const button = languageSwitch.shadowRoot?.querySelector<HTMLButtonElement>(
    `button[lang="${language}"]`,
  );
  if (!button)
    throw new Error(`<${widget.localName}> has no ${language} button`);
  return button;
}

/** The language a widget shows: the `lang` of its document or clause part. */
export function shownLanguage(widget: Element): string | undefined {
  const root = widget.shadowRoot?.querySelector(
    '[part="document"], [part="clause"]',
  );
  return root?.getAttribute('lang') ?? undefined;
}

/** The language a switch marks as current. */
export function currentLanguage(languageSwitch: Element): string | undefined {
  return (
    languageSwitch.shadowRoot
      ?.querySelector('button[aria-pressed="true"]')
      ?.getAttribute('lang') ?? undefined
  );
}

/** True once the widget shows `language` and its text is that language's. */
export function showsLanguage(
  widget: Element,
  language: string,
  bundle: typeof Bundle,
): boolean {
  if (shownLanguage(widget) !== language) return false;
  const lang = language as keyof typeof bundle.initiative.title;
  if (widget.localName.endsWith('initiative')) {
    return (
      partText(widget, 'title') === bundle.initiative.title[lang].join('') &&
      partText(widget, 'preamble') === bundle.initiative.preamble[lang]
    );
  }
  const number = Number(widget.getAttribute('clause'));
  const clause = bundle.initiative.clauses.find((c) => c.number === number)!;
  return partText(widget, 'clause-heading') === clause.heading[lang];
}

/** Collects `error` and `unhandledrejection` in `target` until stopped. */
export function collectErrors(target: Window = window): {
  errors: string[];
  stop: () => void;
} {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${String(event.reason)}`);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      target.removeEventListener('error', onError);
      target.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
