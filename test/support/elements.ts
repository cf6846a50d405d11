import { resetPageLanguageForTests } from '../../src/page-language.js';

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

/** The switch inside a widget, and its button for `language`. */
export function switchButton(
  widget: Element,
  language: string,
): HTMLButtonElement {
  const languageSwitch = part(widget, 'switch');
  const button = shadowOf(languageSwitch).querySelector<HTMLButtonElement>(
    `button[lang="${language}"]`,
  );
  if (!button) throw new Error(`no ${language} button`);
  return button;
}

/** Waits until the widget and the switch inside it have rendered. */
export async function settled(element: Element): Promise<void> {
  const widget = element as Element & { updateComplete?: Promise<unknown> };
  await widget.updateComplete;
  const inner = widget.shadowRoot?.querySelector('qingdao-language-switch');
  await inner?.updateComplete;
}

/** Forgets the visitor's page-wide choice, in memory and in storage. */
export function forgetLanguageChoice(): void {
  resetPageLanguageForTests();
  localStorage.clear();
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
