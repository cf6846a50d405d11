/**
 * What the tests share: reading a rendered widget (parts, the switch, the
 * language shown), catching console warnings, setting the page's language.
 * Plain DOM, no import of src/, so that the embedding tests, which load only
 * the built module, use the same readings. Waiting is @open-wc/testing's
 * (`waitUntil`, `nextFrame`, `oneEvent`) and the elements' `updateComplete`.
 */
import { waitUntil } from '@open-wc/testing';

/** The element's shadow root, which every widget has once rendered. */
export function shadowOf(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** The first element with `part` in the element's shadow root. */
export function part<T extends Element = HTMLElement>(
  element: Element,
  name: string,
): T;
export function part<T extends Element = HTMLElement>(
  element: Element,
  name: string,
  optional: true,
): T | null;
export function part<T extends Element = HTMLElement>(
  element: Element,
  name: string,
  optional = false,
): T | null {
  const found = shadowOf(element).querySelector<T>(`[part~="${name}"]`);
  if (!found && !optional) {
    throw new Error(`<${element.localName}> has no part "${name}"`);
  }
  return found;
}

export function parts(element: Element, name: string): HTMLElement[] {
  return [
    ...shadowOf(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
  ];
}

/**
 * The language a widget's text is shown in, read from its rendered text;
 * `undefined` before it has rendered.
 */
export const shownLanguage = (widget: Element): string | undefined =>
  widget.shadowRoot
    ?.querySelector('[part~="document"], [part~="clause"]')
    ?.getAttribute('lang') ?? undefined;

/** The switch's button for `language`, in a widget or a standalone switch. */
export function switchButton(
  element: Element,
  language: string,
): HTMLButtonElement {
  const button = shadowOf(element).querySelector<HTMLButtonElement>(
    `[role="toolbar"] button[lang="${language}"]`,
  );
  if (!button)
    throw new Error(`<${element.localName}> has no ${language} button`);
  return button;
}

/** The language the switch marks as current (`aria-pressed`). */
export const pressedLanguage = (element: Element): string | undefined =>
  element.shadowRoot
    ?.querySelector('[role="toolbar"] [aria-pressed="true"]')
    ?.getAttribute('lang') ?? undefined;

/** The switch's toolbar, in a widget or a standalone switch. */
export const switchToolbar = (element: Element): HTMLElement =>
  shadowOf(element).querySelector<HTMLElement>('[role="toolbar"]')!;

/** Text of `node` without the editorial marks placed inside it. */
export function textWithoutMarks(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.break-mark').forEach((mark) => mark.remove());
  return copy.textContent ?? '';
}

/** Every non-blank text node under `root`, descending into nested shadow roots. */
export function renderedTexts(root: Node): Text[] {
  const texts: Text[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text && node.data.trim()) texts.push(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return texts;
}

/** The console warnings logged while `body` runs (each as one string). */
export async function warningsDuring(
  body: () => Promise<void>,
): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

/** Runs `body` with `<html lang>` as given (`null`: none), then restores it. */
export async function withPageLang(
  lang: string | null,
  body: () => Promise<void>,
): Promise<void> {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  try {
    await body();
  } finally {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  }
}

/**
 * Brings each widget near the view until its controls have rendered (a
 * clause renders its switch only within a screen of the view), then scrolls
 * its window back to the top.
 */
export async function withControls(...widgets: Element[]): Promise<void> {
  for (const widget of widgets) {
    widget.scrollIntoView({ block: 'center' });
    await waitUntil(
      () => widget.shadowRoot?.querySelector('[role="toolbar"]'),
      `<${widget.localName}> rendered no controls`,
      { interval: 16, timeout: 2000 },
    );
  }
  for (const widget of widgets)
    widget.ownerDocument.defaultView!.scrollTo(0, 0);
}
