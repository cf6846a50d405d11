/**
 * No layout shift when a widget upgrades over the fallback text inside it.
 *
 * Before the first render, note how far below a fixed point the content
 * after the widget starts; after it, put that content back where it was:
 * a shorter widget keeps the fallback's height (min-height), a taller one
 * gives back up to its own bottom margin (which the page's CSS may set and
 * which did not apply while the element was still unknown and inline). The
 * space is released once the reader changes the language: a shift right after
 * their input is expected and does not count.
 *
 * Distances, not positions, so that other widgets upgrading above do not
 * count as ours. CSSOM, not style attributes: allowed under a strict
 * style-src.
 */

export interface FallbackLayout {
  /** The first element with a box after the widget. */
  readonly follower: Element;
  /** The fixed point: the nearest element with a box before the widget, or its parent. */
  readonly anchor: Element;
  /** `follower.top - anchor.top` while the fallback showed. */
  readonly distance: number;
}

const hasBox = (element: Element) => element.getClientRects().length > 0;

function follower(host: Element): Element | undefined {
  for (let node: Element | null = host; node; node = node.parentElement) {
    for (
      let next = node.nextElementSibling;
      next;
      next = next.nextElementSibling
    ) {
      if (hasBox(next)) return next;
    }
  }
  return undefined;
}

function anchor(host: Element): Element | undefined {
  for (
    let previous = host.previousElementSibling;
    previous;
    previous = previous.previousElementSibling
  ) {
    if (hasBox(previous)) return previous;
  }
  return host.parentElement ?? undefined;
}

const top = (element: Element) => element.getBoundingClientRect().top;

/**
 * The fallback's layout, where keeping it matters: the widget has fallback
 * content and the content after it is in view or above it (below the
 * viewport, moving it shifts nothing the reader sees).
 */
export function measureFallback(host: HTMLElement): FallbackLayout | undefined {
  if (host.childElementCount === 0) return undefined;
  const after = follower(host);
  const before = anchor(host);
  if (!after || !before || top(after) >= window.innerHeight) return undefined;
  return {
    follower: after,
    anchor: before,
    distance: top(after) - top(before),
  };
}

/** After the first render: put the content that follows back where it was. */
export function keepFallbackLayout(
  host: HTMLElement,
  layout: FallbackLayout,
): void {
  const moved = top(layout.follower) - top(layout.anchor) - layout.distance;
  if (moved < -0.5) {
    host.style.minHeight = `${host.getBoundingClientRect().height - moved}px`;
  } else if (moved > 0.5) {
    const margin = parseFloat(getComputedStyle(host).marginBottom) || 0;
    if (margin > 0)
      host.style.marginBottom = `${Math.max(0, margin - moved)}px`;
  }
}

/** The reader changed the text: the widget takes its natural size. */
export function releaseFallbackLayout(host: HTMLElement): void {
  host.style.removeProperty('min-height');
  host.style.removeProperty('margin-bottom');
}
