/**
 * `lang` wherever a page sets it: read from the closest ancestor across
 * shadow roots, and heard through one MutationObserver for the whole page,
 * whichever document or shadow root the change happens in.
 */
import {
  DEFAULT_LANGUAGE,
  preferredLanguage,
  toLanguage,
  type Language,
} from './tags.js';

/** The `lang` of the closest ancestor that has one, crossing shadow roots. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const owner = node.closest('[lang]');
      if (owner) return owner.getAttribute('lang') ?? undefined;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * The language an element's own markup asks for: its `lang`, else the
 * nearest ancestor's, else the browser's preferences, else English. Tags we
 * cannot serve are skipped, so a German page quietly falls through to the
 * browser's choice.
 */
export function resolveLanguage(element: Element): Language {
  return (
    toLanguage(element.getAttribute('lang')) ??
    toLanguage(inheritedLang(element)) ??
    preferredLanguage() ??
    DEFAULT_LANGUAGE
  );
}

/** The language the page as a whole asks for (`<html lang>`, then the browser's). */
export function documentLanguage(): Language {
  return (
    toLanguage(document.documentElement.getAttribute('lang')) ??
    preferredLanguage() ??
    DEFAULT_LANGUAGE
  );
}

type Listener = () => void;

const listeners = new Set<Listener>();
const observedRoots = new WeakSet<Node>();
const notify = (): void => {
  for (const listener of listeners) listener();
};
// One observer, however many widgets: a change is rare, a widget is not.
const observer = new MutationObserver(notify);

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

observe(document);
window.addEventListener('languagechange', notify);

/**
 * Calls `listener` whenever a `lang` attribute is added, changed or removed
 * in the document, or in any shadow root that `element` sits in (a
 * document-wide observer does not see inside shadow roots), and when the
 * browser's preferred languages change. Returns the unsubscriber.
 */
export function onLangChange(listener: Listener, element?: Node): () => void {
  for (
    let root = element?.getRootNode();
    root instanceof ShadowRoot;
    root = root.host.getRootNode()
  ) {
    observe(root);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
