/**
 * Helpers for the embedding tests: the built module in partner pages.
 * Nothing here imports src/ at run time (the type import is erased): a
 * partner page gets only dist/.
 */
import { aTimeout, nextFrame } from '@open-wc/testing';
import type * as Bundle from '../../src/index.js';
import { part, shownLanguage } from '../support/elements.js';

export type { Bundle };

/** The built module, at the URL a partner page would load it from. */
export const BUNDLE_URL = '/dist/qingdao-initiative.js';

/** Child pages; the test runner's config sends the strict CSP for these. */
export const PAGES = '/test/embedding/pages/';

/** The policy a strict partner site sends, exactly as the config sends it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Where the widget remembers the visitor's choice (src/language/page-choice.ts). */
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
 * Lets pending renders, locale loads and event handlers run, before checking
 * that something did NOT happen (no extra event, no second render).
 */
export async function settle(): Promise<void> {
  await nextFrame();
  await aTimeout(0);
  await nextFrame();
}

/** Text of the part, whitespace collapsed; empty before it has rendered. */
function partText(element: Element, name: string): string {
  return (part(element, name, true)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
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
