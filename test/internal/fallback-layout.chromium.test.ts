/**
 * The embed snippet, exactly as printed (element with fallback, then the
 * module's script with its integrity), inside a news article. The fallback is
 * painted first; the module arrives late, as on a slow network; the widget
 * upgrades in place. Cumulative layout shift, from the browser's own
 * `layout-shift` entries, must stay under 0.01.
 */
import { expect } from '@open-wc/testing';
import {
  embedCode,
  subresourceIntegrity,
  type EmbedCodeOptions,
} from '../../scripts/lib/embed-code.js';

const BUNDLE = '/dist/qingdao-initiative.js';
const MODULE_DELAY_MS = 600;

const ARTICLE_CSS = `
  body { margin: 0; font: 18px/1.6 Georgia, 'Noto Serif', serif; color: #222; }
  article { max-width: 40rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
  p { margin: 0 0 1rem; }
  blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #999; }
  figure { margin: 1.5rem 0; }
  footer { padding: 2rem; border-top: 1px solid #ccc; }
  qingdao-clause, qingdao-initiative { margin: 1.5em 0; }
`;

const LEAD =
  'In the morning of July 18, the China-SCO Local Economic and Trade Cooperation Conference opened in Qingdao.';

interface LayoutShiftEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node }[];
}

let integrity: string;
let load = 0;

before(async () => {
  const bytes = await (await fetch(BUNDLE)).arrayBuffer();
  integrity = await subresourceIntegrity(new Uint8Array(bytes));
});

/** Waits `count` frames of `win`. */
const frames = (win: Window, count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1));
    step(count);
  });

interface Upgrade {
  cls: number;
  shifts: string;
  followerMoved: number;
  followerInView: boolean;
  debug: string;
}

/**
 * Loads the article with the snippet in a frame; `scrolledTo` scrolls the
 * reader to the widget while the module is still on its way.
 */
async function upgrade(
  options: Partial<EmbedCodeOptions>,
  { scrolledTo = false, width = 900, height = 1000 } = {},
): Promise<Upgrade> {
  load += 1;
  const snippet = embedCode({
    which: { clause: 3 },
    language: 'en',
    scriptUrl: `${BUNDLE}?delay=${MODULE_DELAY_MS}&load=${load}`,
    integrity,
    ...options,
  });
  expect(snippet).to.include('<script type="module"');
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>${ARTICLE_CSS}</style></head>
    <body><article><h1>Qingdao Initiative released</h1><p>${LEAD}</p><p>${LEAD}</p>
    ${snippet}
    <p id="after">${LEAD}</p>${`<p>${LEAD}</p>`.repeat(12)}</article>
    <footer>Eurasia Trade Review</footer></body></html>`;
  document.body.append(frame);
  try {
    // Parsed, fallback painted; the module is still on its way.
    let doc: Document | null = null;
    while (!doc?.getElementById('after')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      doc = frame.contentDocument;
    }
    const win = frame.contentWindow!;
    await frames(win);
    const widget = doc.querySelector(
      'qingdao-clause, qingdao-initiative',
    ) as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    expect(widget.shadowRoot, 'not upgraded yet').to.equal(null);
    if (scrolledTo) {
      const rect = widget.getBoundingClientRect();
      win.scrollBy(0, rect.bottom - win.innerHeight * 0.6);
      await frames(win);
    }
    const after = doc.getElementById('after')!;
    const before = after.getBoundingClientRect().top;
    const followerInView = before >= 0 && before < win.innerHeight;
    const scrollBefore = win.scrollY;

    while (!widget.shadowRoot?.querySelector('[part~="clause-body"]')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await widget.updateComplete;
    await frames(win);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const entries = (
      win as Window & typeof globalThis
    ).performance.getEntriesByType(
      'layout-shift',
    ) as unknown as LayoutShiftEntry[];
    const counted = entries.filter((entry) => !entry.hadRecentInput);
    return {
      cls: counted.reduce((sum, entry) => sum + entry.value, 0),
      shifts: JSON.stringify(
        counted.map((entry) => ({
          value: entry.value,
          nodes: entry.sources.map((source) => source.node?.nodeName),
        })),
      ),
      followerMoved: after.getBoundingClientRect().top - before,
      debug: `scrollY ${scrollBefore} → ${win.scrollY}, style "${widget.getAttribute('style')}"`,
      followerInView,
    };
  } finally {
    frame.remove();
  }
}

describe('upgrading the snippet inside an article, module arriving late', () => {
  const cases: [string, Partial<EmbedCodeOptions>][] = [
    ['a card clause', {}],
    ['an inline clause', { variant: 'inline' }],
    ['a Chinese clause', { language: 'zh-Hans' }],
    [
      'the Russian clause 2 with its note',
      { language: 'ru', which: { clause: 2 } },
    ],
    ['the whole document', { which: 'document' }],
  ];
  for (const [name, options] of cases) {
    for (const scrolledTo of [false, true]) {
      it(`shifts nothing: ${name}${scrolledTo ? ', reader scrolled to it' : ''}`, async () => {
        const result = await upgrade(options, { scrolledTo });
        expect(result.cls, result.shifts).to.be.below(0.01);
        if (result.followerInView && options.which !== 'document') {
          // In view, the text below stays put (a taller widget cannot shrink to fit).
          expect(Math.abs(result.followerMoved), result.debug).to.be.below(1);
        }
      });
    }
  }

  it('shifts nothing on a phone-sized page', async () => {
    const result = await upgrade(
      { variant: 'inline' },
      { scrolledTo: true, width: 390, height: 800 },
    );
    expect(result.cls, result.shifts).to.be.below(0.01);
  });
});
