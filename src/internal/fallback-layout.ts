import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * No layout shift and no blank space when a widget upgrades over the
 * fallback text inside it.
 *
 * Before the first render, note how far below a fixed point the content
 * after the widget starts; after it, keep that content where the reader
 * sees it. A reader inside or past the widget keeps their view through a
 * scroll by the difference. A widget whose top is in view keeps the content
 * after it in place: a shorter one stretches its own box (the card grows,
 * nothing blank appears below it), a taller one gives back up to 3/4 of its
 * padding and half its bottom margin. Such reserved space is returned as
 * soon as the widget leaves the view (keeping the reader's place if it is
 * above them), when its width changes (a rotated phone), and when the reader
 * changes the language (a shift right after their input is expected). The
 * less there is to keep, the better: the widget's blocks follow the
 * fallback's, in the page's size, and a clause takes the fallback's line
 * length.
 *
 * Widgets that upgrade together (a page of quotations, a fragment appended
 * at once) are measured together: one layout before, two after, however
 * many there are. Everything is set on the widget's own shadow box through
 * the CSSOM: an author's inline `style` is never touched, and a strict
 * `style-src` allows it.
 */

interface FallbackLayout {
  /** The first element with a box after the widget. */
  readonly follower: Element;
  /** The fixed point: the nearest element with a box before the widget, or its parent. */
  readonly anchor: Element;
  /** `follower.top - anchor.top` while the fallback showed. */
  readonly distance: number;
  /** Where the follower was in the view. */
  readonly seen: number;
  /** The width of the fallback's text column (its first block's content box). */
  readonly width: number;
}

const WIDGETS = 'qingdao-clause, qingdao-initiative';

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
function measure(host: Element): FallbackLayout | undefined {
  const after = follower(host);
  const before = anchor(host);
  if (!after || !before || top(after) >= window.innerHeight) return undefined;
  const column = host.firstElementChild!;
  const style = getComputedStyle(column);
  return {
    follower: after,
    anchor: before,
    distance: top(after) - top(before),
    seen: top(after),
    width:
      column.clientWidth -
      parseFloat(style.paddingLeft) -
      parseFloat(style.paddingRight),
  };
}

/** Fallback layouts measured before their widgets' first render. */
const measured = new WeakMap<Element, FallbackLayout | undefined>();

/**
 * Measures every widget around `host` that is about to upgrade over its
 * fallback: they are all in the page, none has a shadow root yet, and only
 * reading them, one after the other, costs a single layout.
 */
function measureUpgrading(host: Element): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  for (const element of [host, ...root.querySelectorAll(WIDGETS)]) {
    if (
      !measured.has(element) &&
      !element.shadowRoot &&
      element.childElementCount > 0
    ) {
      measured.set(element, measure(element));
    }
  }
}

type Host = ReactiveElement & HTMLElement;

/** Widgets that rendered over their fallback and wait for the batch to keep its layout. */
let rendered: FallbackLayoutController[] = [];

/**
 * Keeps the layout of every widget that has just rendered, once all of them
 * have (their updates were queued before this): reads, then writes, twice.
 */
function keepAll(): void {
  const batch = rendered;
  rendered = [];
  const plans = batch.map((controller) => controller.planWidth());
  for (const plan of plans) plan?.();
  const keeps = batch.map((controller) => controller.planHeight());
  let view: { follower: Element; seen: number } | undefined;
  for (const keep of keeps) {
    const above = keep?.();
    if (above && (!view || above.seen < view.seen)) view = above;
  }
  if (view) window.scrollBy(0, top(view.follower) - view.seen);
}

export class FallbackLayoutController implements ReactiveController {
  #fallback?: FallbackLayout;
  /** The shadow boxes holding reserved space, and what watches for its release. */
  #reserved?: {
    boxes: HTMLElement[];
    follower: Element;
    stop: () => void;
  };

  /**
   * `box` gives the widget's top box in its shadow root; `column`, where
   * there is one, the text column that takes the fallback's width and
   * stretches (the space kept stays between the text and the citation line),
   * else the box stretches.
   */
  readonly #host: Host;
  readonly #box: () => HTMLElement | null;
  readonly #column: () => HTMLElement | null | undefined;

  constructor(
    host: Host,
    box: () => HTMLElement | null,
    column: () => HTMLElement | null | undefined = () => null,
  ) {
    this.#host = host;
    this.#box = box;
    this.#column = column;
    host.addController(this);
    // An upgrade over fallback content: measured now, while the fallback
    // shows (the shadow root that hides it comes with connectedCallback).
    if (host.isConnected && host.childElementCount > 0) {
      measureUpgrading(host);
      this.#fallback = measured.get(host);
    }
  }

  hostDisconnected(): void {
    this.release();
  }

  /** The widget is about to replace the fallback it still shows: measure it again, now. */
  measureAgain(): void {
    this.#fallback = measure(this.#host);
  }

  hostUpdated(): void {
    // Still showing the fallback: nothing to keep (yet).
    if (this.#box()?.localName === 'slot') this.#fallback = undefined;
    if (!this.#fallback) return;
    if (rendered.length === 0) queueMicrotask(keepAll);
    rendered.push(this);
  }

  /** Gives the reserved space back; the reader keeps their place. */
  release(): void {
    const reserved = this.#reserved;
    if (!reserved) return;
    this.#reserved = undefined;
    reserved.stop();
    const { boxes, follower: after } = reserved;
    const above = this.#host.getBoundingClientRect().bottom <= 0;
    const before = top(after);
    for (const box of boxes) box.removeAttribute('style');
    // Browsers without scroll anchoring (WebKit) would move the text in view.
    const moved = top(after) - before;
    if (above && Math.abs(moved) > 0.5) window.scrollBy(0, moved);
  }

  /**
   * Reads what the fallback's line length asks of the box, and returns the
   * write: for a widget whose top is in view, a clause takes the width of
   * the fallback's text column, so that lines break as they did.
   */
  planWidth(): (() => void) | undefined {
    const box = this.#box();
    const column = this.#column();
    const layout = this.#fallback;
    if (
      !box ||
      !column ||
      !layout ||
      this.#host.getBoundingClientRect().top < 0
    )
      return undefined;
    const wider = column.getBoundingClientRect().width - layout.width;
    const end = parseFloat(getComputedStyle(box).paddingInlineEnd) + wider;
    const most = box.getBoundingClientRect().width / 4;
    return () => {
      box.style.paddingInlineEnd = `${Math.min(Math.max(end, 0), most)}px`;
      // Nor does the measure narrow the lines (see host.ts) while kept.
      box.style.setProperty('--_kept-measure', `${layout.width}px`);
    };
  }

  /**
   * Reads how far the content after the widget moved, and returns the write
   * that keeps it; a widget above the view returns where its follower was,
   * for the one scroll that keeps the reader's view.
   */
  planHeight():
    (() => { follower: Element; seen: number } | undefined) | undefined {
    const box = this.#box();
    const stretch = this.#column() ?? box;
    const layout = this.#fallback;
    this.#fallback = undefined;
    if (!box || !stretch || !layout) return undefined;
    const moved = top(layout.follower) - top(layout.anchor) - layout.distance;
    if (this.#host.getBoundingClientRect().top < 0) {
      // The reader is inside or past the widget: what changed is above
      // what they see, and scrolling by it keeps their view as it was.
      return () =>
        Math.abs(moved) > 0.5
          ? { follower: layout.follower, seen: layout.seen }
          : undefined;
    }
    const style = getComputedStyle(box);
    const height = parseFloat(getComputedStyle(stretch).height);
    const above = parseFloat(style.paddingTop);
    const below = parseFloat(style.paddingBottom);
    const margin = parseFloat(getComputedStyle(this.#host).marginBottom) / 2;
    const width = this.#host.getBoundingClientRect().width;
    return () => {
      if (moved < -0.5) {
        // The used height, in its own box-sizing, as min-height wants it.
        stretch.style.minHeight = `${height - moved}px`;
      } else if (moved > 0.5) {
        // A tighter card: up to three quarters of its padding and half its margin below,
        // never touching the next paragraph.
        const fromPadding = Math.min(moved, ((above + below) * 3) / 4 || 0) / 2;
        box.style.paddingTop = `${above - fromPadding}px`;
        box.style.paddingBottom = `${below - fromPadding}px`;
        box.style.marginBottom = `${-Math.min(moved - 2 * fromPadding, margin || 0)}px`;
      }
      if (box.style.length > 0 || stretch.style.length > 0) {
        this.#reserved = {
          boxes: [box, stretch],
          follower: layout.follower,
          stop: this.#watchForRelease(width),
        };
      }
      return undefined;
    };
  }

  /** Out of view, or another width than `width`: the reserved space goes. */
  #watchForRelease(width: number): () => void {
    const visibility = new IntersectionObserver(([entry]) => {
      if (entry && !entry.isIntersecting) this.release();
    });
    const size = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0];
      const now = box
        ? box.inlineSize
        : this.#host.getBoundingClientRect().width;
      if (Math.abs(now - width) > 0.5) this.release();
    });
    visibility.observe(this.#host);
    size.observe(this.#host);
    return () => {
      visibility.disconnect();
      size.disconnect();
    };
  }
}
