/**
 * No blank space and no jump when the embed snippet upgrades in a news
 * article (a 680 px column, 18 px serif, paragraphs with only a bottom
 * margin), in the four layouts where readers saw them: upgraded in view,
 * upgraded below the fold, a phone turned sideways, and an author's own
 * inline style. Each at desktop and phone width, in every engine: the page
 * is a frame of that size, the module the built one, arriving after the
 * fallback has been painted.
 */
import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';
import { embedCode } from '../../scripts/lib/embed-code.js';
import { switchButton } from '../support/elements.js';

const BUNDLE = '/dist/qingdao-initiative.js';

const ARTICLE_CSS = `
  body { margin: 0; font: 18px/1.6 Georgia, 'Noto Serif', serif; }
  article { width: 680px; max-width: 100%; margin: 0 auto; padding: 0 16px; box-sizing: border-box; }
  p { margin: 0 0 18px; }
`;
const PARAGRAPH =
  '<p>In the morning of July 18, the China-SCO Local Economic and Trade Cooperation Conference opened in Qingdao.</p>';

interface Page {
  frame: HTMLIFrameElement;
  window: Window;
  document: Document;
  widget: HTMLElement & { updateComplete: Promise<unknown> };
  after: HTMLElement;
}

const openFrames: HTMLIFrameElement[] = [];
afterEach(() => {
  openFrames.splice(0).forEach((frame) => frame.remove());
  // The frames share this origin's storage: a choice must not carry over.
  localStorage.removeItem('qingdao-initiative:language');
});

/** Frames of the frame's own window: its layout and observers are its own. */
const frames = async (win: Window, count = 2) => {
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
};

/**
 * The article with the clause 3 snippet (its script left out), painted;
 * `paragraphsBefore` paragraphs above it; `elementStyle` an author's inline
 * style on the element.
 */
async function article(
  width: number,
  height: number,
  { paragraphsBefore = 1, elementStyle = '' } = {},
): Promise<Page> {
  const snippet = embedCode({
    which: { clause: 3 },
    language: 'en',
    scriptUrl: BUNDLE,
  }).replace(/<script[^>]*><\/script>\s*$/, '');
  const element = elementStyle
    ? snippet.replace(
        '<qingdao-clause ',
        `<qingdao-clause style="${elementStyle}" `,
      )
    : snippet;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>${ARTICLE_CSS}</style></head>
    <body><article><h1>Qingdao Initiative released</h1>${PARAGRAPH.repeat(paragraphsBefore)}
    ${element}<p id="after">${PARAGRAPH}</p>${PARAGRAPH.repeat(30)}</article></body></html>`;
  const loaded = new Promise((resolve) =>
    frame.addEventListener('load', resolve, { once: true }),
  );
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  const win = frame.contentWindow!;
  await frames(win);
  const doc = frame.contentDocument!;
  return {
    frame,
    window: win,
    document: doc,
    widget: doc.querySelector('qingdao-clause')!,
    after: doc.getElementById('after')!,
  };
}

/** Loads the module into the page, as its late `<script type="module">` would. */
async function upgrade(page: Page): Promise<void> {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = BUNDLE;
  page.document.head.append(script);
  await waitUntil(() => page.widget.shadowRoot, 'the upgrade', {
    timeout: 5000,
  });
  await rendered(page);
}

/** Until the widget shows its text (one a screen away keeps its fallback until near). */
async function rendered(page: Page): Promise<void> {
  await waitUntil(
    () => page.widget.shadowRoot?.querySelector('[part~="clause-body"]'),
    'the widget to render its text',
    { timeout: 5000 },
  );
  await page.widget.updateComplete;
  await frames(page.window);
}

const card = (page: Page) =>
  page.widget.shadowRoot!.querySelector<HTMLElement>('[part~="clause"]')!;
const top = (element: Element) => element.getBoundingClientRect().top;
/** Space between the widget's visible box and the next paragraph. */
const gapBelow = (page: Page) =>
  top(page.after) - card(page).getBoundingClientRect().bottom;
/** Blank inside the card: between the quoted text's last line and the citation line. */
const blankInside = (page: Page) => {
  const box = card(page);
  const text = box.querySelector('[part~="quote"]')!.lastElementChild!;
  const footer = box.querySelector('[part~="footer"]')!;
  return (
    footer.getBoundingClientRect().top - text.getBoundingClientRect().bottom
  );
};
/** The widget's normal margin below it (1em of the page's 18 px). */
const MARGIN = 18;
/** The most space the card may keep for the fallback's height, in px: about two lines. */
const KEPT_AT_MOST = 60;

/** Scrolls so that the paragraph after the widget is at `fraction` of the view's height. */
function readerAt(page: Page, fraction: number): void {
  page.window.scrollBy(0, top(page.after) - page.window.innerHeight * fraction);
}

for (const [device, width, height] of [
  ['desktop', 1280, 1200],
  ['phone', 412, 915],
] as const) {
  describe(`the clause 3 snippet upgrading in an article (${device}, ${width}×${height})`, () => {
    it('in view: the text below stays put, with no blank beyond the margin', async () => {
      const page = await article(width, height);
      readerAt(page, 0.6);
      const before = top(page.after);
      expect(before, 'the paragraph after it is in view').to.be.within(
        0,
        height,
      );
      await upgrade(page);
      expect(
        top(page.after) - before,
        'the paragraph after moved',
      ).to.be.closeTo(0, 1);
      // Never touching the next paragraph, never a hole below the card.
      expect(gapBelow(page)).to.be.within(MARGIN / 2, MARGIN + 1);
      // What is kept stays inside the card, and there is little to keep:
      // the widget's blocks follow the fallback's.
      expect(blankInside(page)).to.be.within(-0.5, KEPT_AT_MOST);
    });

    it('out of view once upgraded: the kept space goes, and the reader keeps their place', async () => {
      const page = await article(width, height);
      readerAt(page, 0.6);
      await upgrade(page);
      const kept = blankInside(page);
      // The reader scrolls on, past the quotation.
      page.window.scrollTo(0, top(page.after) + page.window.scrollY + height);
      await frames(page.window, 3);
      await aTimeout(50);
      const landmark = page.document.querySelectorAll('p')[20]!;
      const landmarkTop = top(landmark);
      await frames(page.window, 3);
      expect(blankInside(page)).to.be.closeTo(0, 1);
      expect(top(landmark), 'the text in view moved').to.be.closeTo(
        landmarkTop,
        1,
      );
      expect(kept, 'space kept while in view').to.be.within(-0.5, KEPT_AT_MOST);
      page.widget.scrollIntoView();
      await frames(page.window);
      expect(gapBelow(page)).to.be.within(MARGIN / 2, MARGIN + 1);
    });

    it('below the fold: the next paragraph keeps the normal margin', async () => {
      const page = await article(width, Math.round(height * 0.75), {
        paragraphsBefore: 12,
      });
      expect(top(page.after)).to.be.above(page.window.innerHeight);
      const script = page.document.createElement('script');
      script.type = 'module';
      script.src = BUNDLE;
      page.document.head.append(script);
      await waitUntil(() => page.widget.shadowRoot, 'the upgrade', {
        timeout: 5000,
      });
      page.widget.scrollIntoView();
      await rendered(page);
      expect(gapBelow(page)).to.be.closeTo(MARGIN, 1);
      expect(blankInside(page)).to.be.closeTo(0, 1);
    });

    it('an author’s inline style is kept, through the upgrade and a language change', async () => {
      const style = 'margin-bottom: 48px; min-height: 10px';
      const page = await article(width, height, { elementStyle: style });
      readerAt(page, 0.6);
      await upgrade(page);
      expect(page.widget.getAttribute('style')).to.equal(style);
      switchButton(page.widget, 'ru').click();
      await page.widget.updateComplete;
      await frames(page.window);
      expect(page.widget.getAttribute('style')).to.equal(style);
      expect(page.window.getComputedStyle(page.widget).marginBottom).to.equal(
        '48px',
      );
      expect(
        top(page.after) - card(page).getBoundingClientRect().bottom,
      ).to.be.closeTo(48, 1);
      expect(blankInside(page)).to.be.closeTo(0, 1);
    });
  });
}

describe('a phone turned sideways after the upgrade', () => {
  it('gives the kept space back at the new width', async () => {
    const page = await article(412, 915);
    readerAt(page, 0.6);
    await upgrade(page);
    page.frame.style.width = '915px';
    page.frame.style.height = '412px';
    await nextFrame();
    await frames(page.window, 3);
    expect(blankInside(page)).to.be.closeTo(0, 1);
    expect(gapBelow(page)).to.be.closeTo(MARGIN, 1);
  });
});

describe('a language change', () => {
  it('gives the kept space back: the card takes its natural height', async () => {
    const page = await article(1280, 1200);
    readerAt(page, 0.6);
    await upgrade(page);
    switchButton(page.widget, 'zh-Hans').click();
    await page.widget.updateComplete;
    await frames(page.window);
    expect(blankInside(page)).to.be.closeTo(0, 1);
    expect(gapBelow(page)).to.be.closeTo(MARGIN, 1);
  });
});
