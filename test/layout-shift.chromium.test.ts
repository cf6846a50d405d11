/**
 * The snippet inside a news article: the fallback is painted first, then the
 * module arrives and the widget upgrades in place. Cumulative layout shift,
 * measured by the browser's own `layout-shift` entries, must stay under 0.01.
 */
import { expect } from '@open-wc/testing';
import {
  embedSnippet,
  type EmbedSnippetOptions,
} from '../src/tooling/snippet.js';

const BUNDLE = '/dist/qingdao-initiative.js';

const ARTICLE_CSS = `
  body { margin: 0; font: 18px/1.6 Georgia, 'Noto Serif', serif; color: #222; }
  article { max-width: 40rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
  p { margin: 0 0 1rem; }
  blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #999; }
  figure { margin: 1.5rem 0; }
`;

const LEAD =
  'In the morning of July 18, the China-SCO Local Economic and Trade Cooperation Conference opened in Qingdao.';

interface LayoutShiftEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node }[];
}

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}

/** Loads the article with the snippet's element in a frame, then the module; returns the shifts. */
async function shiftsOnUpgrade(
  options: Partial<EmbedSnippetOptions>,
): Promise<Shift[]> {
  const element = embedSnippet({
    which: { clause: 3 },
    language: 'en',
    scriptUrl: BUNDLE,
    ...options,
  }).split('<script')[0];
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1400px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>${ARTICLE_CSS}</style></head>
    <body><article><h1>Qingdao Initiative released</h1><p>${LEAD}</p>${element}
    <p id="after">${LEAD}</p><p>${LEAD}</p></article></body></html>`;
  const loaded = new Promise((resolve) =>
    frame.addEventListener('load', resolve, { once: true }),
  );
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const frames = () =>
    new Promise((resolve) =>
      win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)),
    );
  await frames();

  const shifts: Shift[] = [];
  new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as LayoutShiftEntry[]) {
      shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        sources: entry.sources.map((source) => source.node?.nodeName ?? '?'),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const fallbackTop = doc.getElementById('after')!.getBoundingClientRect().top;

  const script = doc.createElement('script');
  script.type = 'module';
  script.src = BUNDLE;
  const ran = new Promise((resolve) =>
    script.addEventListener('load', resolve, { once: true }),
  );
  doc.head.append(script);
  await ran;
  const widget = doc.querySelector(
    'qingdao-clause, qingdao-initiative',
  ) as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await widget.updateComplete;
  expect(widget.shadowRoot!.querySelector('[part~="clause-body"]')).to.exist;
  await frames();
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (fallbackTop < win.innerHeight) {
    // In view, the text below must not move; below the fold it may, unseen.
    expect(
      doc.getElementById('after')!.getBoundingClientRect().top,
    ).to.be.closeTo(fallbackTop, 1);
  }
  frame.remove();
  return shifts;
}

const cumulative = (shifts: Shift[]) =>
  shifts
    .filter((shift) => !shift.hadRecentInput)
    .reduce((sum, shift) => sum + shift.value, 0);

describe('upgrading the snippet inside an article', () => {
  for (const options of [
    { variant: undefined },
    { variant: 'inline' },
    { language: 'zh-Hans' as const },
    { language: 'ru' as const, which: { clause: 2 as const } },
  ]) {
    it(`shifts nothing: clause ${JSON.stringify(options)}`, async () => {
      const shifts = await shiftsOnUpgrade(options);
      expect(cumulative(shifts), JSON.stringify(shifts)).to.be.below(0.01);
    });
  }

  it('shifts nothing: the whole document', async () => {
    const shifts = await shiftsOnUpgrade({ which: 'document' });
    expect(cumulative(shifts), JSON.stringify(shifts)).to.be.below(0.01);
  });
});
