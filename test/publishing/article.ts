/**
 * A partner's article page: the HTML a publishing tool stored, published in
 * a page whose template loads the built module once (as the `blockquote`
 * format asks), and what its reader sees there: the text laid out on screen,
 * through widgets' shadow roots and into frames we can read.
 */
import { BUNDLE_URL } from '../embedding/support.js';

/** Where the partner site hosts the package's dist/ (its own domain). */
export const BASE_URL = new URL('/dist', location.href).href;

export interface EmbedFrame {
  readonly frame: HTMLIFrameElement;
  /** Its `sandbox` as published (`null`: none). */
  readonly sandbox: string | null;
  /** The frame's page, when we can read it (see `frameDocument`). */
  readonly document: Document | null;
  /** The text the reader sees in it, when we can read it. */
  readonly text: string;
}

export interface Reading {
  readonly document: Document;
  /** The text the reader sees on the page, frames aside. */
  readonly text: string;
  /** Our widgets that rendered their text. */
  readonly widgets: readonly HTMLElement[];
  /** Frames on our embed pages. */
  readonly frames: readonly EmbedFrame[];
  /** Links to our embed pages (what some editors make of a frame). */
  readonly links: readonly HTMLAnchorElement[];
}

/** The language a site in `language` declares for its pages. */
const SITE_LANG: Record<string, string> = {
  'zh-Hans': 'zh-CN',
  en: 'en',
  ru: 'ru',
};

/**
 * The article lives at another path than the editing page (the runner's
 * root), as on any site: a URL an editor made relative to the editing page
 * breaks there, as it would in production.
 */
const ARTICLE_URL = '/news/2025/local-cooperation.html';

const page = (html: string, language: string, head: string) => `<!doctype html>
<html lang="${SITE_LANG[language]}">
<head>
<meta charset="utf-8">
<base href="${ARTICLE_URL}">
<title>Partner article</title>
${head}
</head>
<body>
<article>
<h1>Local cooperation</h1>
<p>The conference closed with an initiative.</p>
${html}
<p>The partners will meet again next year.</p>
</article>
</body>
</html>`;

const open = new Set<HTMLIFrameElement>();

/** Removes every article page. */
export function closeArticles(): void {
  for (const frame of open) frame.remove();
  open.clear();
}

async function loaded(frame: HTMLIFrameElement): Promise<Window> {
  const done = new Promise((resolve) =>
    frame.addEventListener('load', resolve, { once: true }),
  );
  document.body.append(frame);
  await done;
  return frame.contentWindow!;
}

const WIDGETS = 'qingdao-clause, qingdao-initiative';
const EMBED_PAGES = '/dist/embed/';

/** Waits until the module has defined the elements and they have rendered. */
async function settled(window_: Window): Promise<void> {
  const module = 'script[src*="qingdao-initiative.js"]';
  if (!window_.document.querySelector(module)) return;
  await Promise.race([
    window_.customElements.whenDefined('qingdao-clause'),
    new Promise((resolve) => setTimeout(resolve, 5000)),
  ]);
  for (const widget of window_.document.querySelectorAll(WIDGETS)) {
    await (widget as HTMLElement & { updateComplete?: Promise<unknown> })
      .updateComplete;
  }
  await new Promise((resolve) => window_.requestAnimationFrame(resolve));
}

/**
 * The text of `root` laid out on screen, through shadow roots and slots.
 * Nodes of the article's own window: no `instanceof` across windows.
 */
function shownTexts(root: Node, texts: string[] = []): string[] {
  if (root.nodeType === Node.TEXT_NODE) {
    const text = root as Text;
    if (!text.data.trim()) return texts;
    const range = text.ownerDocument.createRange();
    range.selectNodeContents(text);
    const parent = text.parentElement ?? (text.parentNode as ShadowRoot).host;
    const view = text.ownerDocument.defaultView!;
    const boxed = [...range.getClientRects()].some(
      (rect) => rect.width > 0 && rect.height > 0,
    );
    if (boxed && view.getComputedStyle(parent).visibility !== 'hidden') {
      texts.push(text.data);
    }
    return texts;
  }
  const element =
    root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
  // Navigation repeats headings as links: it is not the text, read once.
  if (element?.localName === 'nav') return texts;
  const slot =
    element?.localName === 'slot' ? (element as HTMLSlotElement) : null;
  const children =
    slot && slot.assignedNodes().length > 0
      ? slot.assignedNodes({ flatten: true })
      : element?.shadowRoot
        ? [...element.shadowRoot.childNodes]
        : [...root.childNodes];
  for (const child of children) shownTexts(child, texts);
  return texts;
}

/**
 * A frame's page, once loaded, when we can read it. A frame sandboxed
 * without scripts (TinyMCE's `sandbox=""`) is reloaded with
 * `allow-same-origin` added: it shows the same (no script runs either way)
 * and becomes readable. One that runs scripts in a sandbox stays opaque.
 */
async function frameDocument(
  frame: HTMLIFrameElement,
): Promise<Document | null> {
  if (frame.hasAttribute('sandbox')) {
    if (frame.sandbox.contains('allow-scripts')) return null;
    frame.sandbox.add('allow-same-origin');
    // Sandbox flags apply from the next load, which setting `src` starts.
    frame.setAttribute('src', frame.getAttribute('src')!);
  }
  const src = new URL(frame.src);
  const ready = () => {
    const doc = frame.contentDocument;
    return doc?.URL.startsWith(src.origin + src.pathname) &&
      doc.readyState === 'complete'
      ? doc
      : null;
  };
  const end = performance.now() + 5000;
  while (!ready() && performance.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const doc = ready();
  if (doc) await settled(doc.defaultView!);
  return doc;
}

/** The line a site's template adds for the `blockquote` format. */
export const MODULE_SCRIPT = `<script type="module" src="${BUNDLE_URL}"></script>`;

/**
 * Publishes `html` in an article page of a site in `language`, and reads it
 * as its reader would. `head` is the template's: by default it loads the
 * module.
 */
export async function publish(
  html: string,
  language: string,
  head = MODULE_SCRIPT,
): Promise<Reading> {
  const frame = document.createElement('iframe');
  // A desktop article column, tall enough that lazy frames load at once,
  // fixed in the viewport over the editors: engines throttle the rendering
  // (requestAnimationFrame, ResizeObserver) of frames scrolled out of view.
  frame.style.cssText =
    'position: fixed; inset: 0 auto auto 0; z-index: 1; width: 800px; height: 2400px; border: 0; background: white';
  frame.srcdoc = page(html, language, head);
  open.add(frame);
  const article = await loaded(frame);
  await settled(article);
  const doc = article.document;

  const widgets = [...doc.querySelectorAll<HTMLElement>(WIDGETS)].filter(
    (widget) => widget.shadowRoot?.querySelector('[part~="clause-body"]'),
  );
  const ours = (url: string) =>
    new URL(url, doc.baseURI).pathname.includes(EMBED_PAGES);
  const frames: EmbedFrame[] = [];
  for (const embed of doc.querySelectorAll('iframe')) {
    if (!ours(embed.src)) continue;
    const sandbox = embed.getAttribute('sandbox');
    const page = await frameDocument(embed);
    const text = page ? shownTexts(page.body).join(' ') : '';
    frames.push({ frame: embed, sandbox, document: page, text });
  }
  return {
    document: doc,
    text: shownTexts(doc.body).join(' '),
    widgets,
    frames,
    links: [...doc.querySelectorAll('a')].filter((link) => ours(link.href)),
  };
}
