/**
 * Quotations become widgets. A site's template loads the module once; every
 * quotation of ours on the page, now or inserted later, is upgraded in place:
 * the `<blockquote>` an editor kept (found by its class, or by its text where
 * the editor dropped every attribute) moves inside a new `<qingdao-clause>`
 * or `<qingdao-initiative>` as its fallback, with the same no-shift
 * guarantees as an element written by hand. An element whose fallback an
 * editor's `<p>` pushed out of it (the HTML parser closes the paragraph at
 * the blockquote) takes it back, so the quotation shows once.
 */
import { readMarkers, recognizeText, type Quoted } from './quotation.js';

const WIDGETS = 'qingdao-clause, qingdao-initiative';

/** A widget of ours that holds no fallback, right before `quote` (perhaps inside an editor's `<p>`). */
function orphanBefore(quote: Element): Element | undefined {
  let previous = quote.previousElementSibling;
  // The empty paragraph an editor's wrapping leaves behind.
  while (previous?.localName === 'p' && !previous.textContent?.trim()) {
    const only = previous.firstElementChild;
    if (only?.matches(WIDGETS) && previous.childElementCount === 1) break;
    previous = previous.previousElementSibling;
  }
  const widget = previous?.matches(WIDGETS)
    ? previous
    : previous?.localName === 'p' && previous.childElementCount === 1
      ? previous.firstElementChild
      : null;
  return widget?.matches(WIDGETS) && widget.childElementCount === 0
    ? widget
    : undefined;
}

/**
 * A new element for `quoted`, made in an inert document: it is upgraded
 * when it enters the page with its fallback already inside, so that it
 * measures the fallback's layout first, whether or not the tags are
 * defined yet.
 */
function widgetFor(quoted: Quoted): Element {
  const document_ = document.implementation.createHTMLDocument('');
  const element = document_.createElement(
    quoted.which === 'document' ? 'qingdao-initiative' : 'qingdao-clause',
  );
  if (quoted.which !== 'document') {
    element.setAttribute('clause', String(quoted.which.clause));
  }
  element.setAttribute('lang', quoted.language);
  if (quoted.variant) element.setAttribute('variant', quoted.variant);
  if (quoted.theme) element.setAttribute('theme', quoted.theme);
  return element;
}

function upgrade(quote: Element): void {
  if (!quote.isConnected || quote.parentElement?.closest(WIDGETS)) return;
  // WordPress's own stand-in for an embed of ours, which its script hides
  // once our frame reports: the frame shows the quotation.
  if (quote.matches('.wp-embedded-content, [data-secret]')) return;
  const marked = readMarkers(quote);
  const found = marked
    ? { quoted: marked, quotes: [quote] }
    : recognizeText(quote);
  if (!found) return;
  const orphan = orphanBefore(quote);
  if (orphan) {
    orphan.append(...found.quotes);
    return;
  }
  const parent = quote.parentNode!;
  const next = found.quotes.at(-1)!.nextSibling;
  const widget = widgetFor(found.quoted);
  widget.append(...found.quotes);
  parent.insertBefore(widget, next);
}

/** Upgrades every quotation in `root` (an element, or the document). */
export function upgradeQuotations(root: ParentNode = document): void {
  if (root instanceof Element && QUOTATION_STARTS.includes(root.localName)) {
    upgrade(root);
  }
  for (const quote of root.querySelectorAll('blockquote, h2')) upgrade(quote);
}

/** Where a quotation may start: a blockquote, or the document title an editor made a heading of. */
const QUOTATION_STARTS = ['blockquote', 'h2'];

/** From now on: the page as it is, as it finishes loading, and as it changes. */
export function watchForQuotations(): void {
  upgradeQuotations();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => upgradeQuotations(), {
      once: true,
    });
  }
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) upgradeQuotations(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
