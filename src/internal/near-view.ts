/**
 * Work only a widget near the reader's view needs (its controls) is done
 * there, not for the hundred quotations further down a page. Widgets that
 * render together are placed in one layout; those further away are watched
 * by one IntersectionObserver until they come near.
 */

/** Within a screen above or below the view. */
const NEAR = '100% 0px';

const WIDGETS = 'qingdao-clause, qingdao-initiative';
const verdicts = new WeakMap<Element, boolean>();

/**
 * Whether `element` is within a screen of the view. Asked as it connects,
 * before it attaches its shadow root: the first widget to ask places every
 * widget around it that is connecting too (none has a shadow root yet, so
 * reading them one after the other costs one layout, and changes nothing
 * the browser's scroll anchoring sees).
 */
export function isNearView(element: Element): boolean {
  if (!verdicts.has(element)) {
    const height = window.innerHeight;
    const root = element.getRootNode() as Document | ShadowRoot;
    for (const each of [element, ...root.querySelectorAll(WIDGETS)]) {
      if (each.shadowRoot || verdicts.has(each)) continue;
      const box = each.getBoundingClientRect();
      // An empty box (no fallback) tells nothing of where the text will
      // be: the observer decides once it has rendered.
      verdicts.set(
        each,
        box.height > 0 && box.top < 2 * height && box.bottom > -height,
      );
    }
  }
  return verdicts.get(element)!;
}

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Calls `callback` once, when `element` comes near the view. Returns the unsubscriber. */
export function whenNearView(
  element: Element,
  callback: () => void,
): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        waiting.get(entry.target)?.();
        stop(entry.target);
      }
    },
    { rootMargin: NEAR },
  );
  waiting.set(element, callback);
  observer.observe(element);
  // Not a closure over `element`: the observer's callback, made in this
  // call, would share its scope and keep this first widget (and the page
  // around it) alive as long as the observer lives.
  return stop.bind(null, element);
}

function stop(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}
