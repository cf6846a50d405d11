/**
 * Typography for three scripts, measured on the rendered text: a
 * comfortable measure however wide the widget, a layout that follows the
 * widget's own width, balanced headings, and Russian dates that never
 * leave «г.» alone on a line.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import { part, parts, withControls } from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

/** The tops of the line boxes of `element`'s text. */
function lineTops(element: Element): number[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  const tops = [...range.getClientRects()]
    .filter((rect) => rect.width > 0)
    .map((rect) => Math.round(rect.top));
  return [...new Set(tops)];
}

/** Characters per full line of a paragraph (the last line left out). */
function charactersPerLine(paragraph: Element): number {
  const lines = lineTops(paragraph).length;
  const characters = [...paragraph.textContent!.replace(/\s+/g, ' ').trim()]
    .length;
  return characters / Math.max(lines - 0.5, 1);
}

async function clauseIn(width: string, clause: number, language: string) {
  const box = await fixture<HTMLElement>(
    html`<div style="width: ${width}; font-size: 18px">
      <qingdao-clause clause=${clause} lang=${language}></qingdao-clause>
    </div>`,
  );
  const element = box.firstElementChild as QingdaoClause;
  await element.updateComplete;
  return { box, element };
}

describe('typography', () => {
  for (const [language, most, least] of [
    ['en', 75, 55],
    ['ru', 75, 55],
    ['zh-Hans', 40, 30],
  ] as const) {
    it(`keeps a comfortable measure in a wide widget (${language}: ${least}–${most} characters a line)`, async () => {
      // Clause III is the longest: many lines to average over.
      const { element } = await clauseIn('1400px', 3, language);
      const perLine = charactersPerLine(part(element, 'clause-body'));
      expect(perLine).to.be.within(least, most);
    });
  }

  it('keeps the whole document at that measure in a wide page', async () => {
    for (const [language, most, least] of [
      ['en', 75, 55],
      ['ru', 75, 55],
      ['zh-Hans', 40, 30],
    ] as const) {
      const box = await fixture<HTMLElement>(
        html`<div style="width: 1400px">
          <qingdao-initiative lang=${language}></qingdao-initiative>
        </div>`,
      );
      const document = box.firstElementChild as QingdaoInitiative;
      await document.updateComplete;
      for (const name of ['preamble', 'clause-body']) {
        const perLine = charactersPerLine(parts(document, name).at(-1)!);
        expect(perLine, `${language} ${name}`).to.be.within(least, most);
      }
    }
  });

  it('leaves the measure alone in a news column: the lines of the fallback', async () => {
    const { element } = await clauseIn('680px', 3, 'en');
    const body = part(element, 'clause-body');
    const card = part(element, 'clause');
    const padding = parseFloat(getComputedStyle(card).paddingInlineStart);
    expect(body.getBoundingClientRect().width).to.be.closeTo(
      card.clientWidth - 2 * padding,
      1,
    );
  });

  it('a measure token narrows every widget', async () => {
    const { box, element } = await clauseIn('1400px', 3, 'en');
    box.style.setProperty('--qingdao-measure', '40ch');
    expect(charactersPerLine(part(element, 'clause-body'))).to.be.below(50);
  });

  it('never leaves «г.» or the clause number alone on a line in a Russian citation', async () => {
    const { box, element } = await clauseIn('400px', 4, 'ru');
    const citation = part(element, 'citation');
    const walker = document.createTreeWalker(citation, NodeFilter.SHOW_TEXT);
    while (
      walker.nextNode() &&
      !(walker.currentNode as Text).data.includes('г.')
    );
    const text = walker.currentNode as Text;
    const rectOf = (from: number, length: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + length);
      return range.getClientRects()[0]!;
    };
    const at = (word: string) => text.data.indexOf(word);
    expect(at('г.')).to.be.greaterThan(0);
    for (let width = 180; width <= 520; width += 6) {
      box.style.width = `${width}px`;
      expect(
        Math.round(rectOf(at('г.'), 2).top),
        `«г.» at ${width}px`,
      ).to.equal(Math.round(rectOf(at('2025'), 4).top));
      expect(
        Math.round(rectOf(at('пункт'), 5).top),
        `«пункт 4» at ${width}px`,
      ).to.equal(Math.round(rectOf(at('пункт') + 6, 1).top));
    }
  });

  it("lays out the whole document by its own width, not the window's", async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="display: flex; gap: 16px; width: 1200px">
        <qingdao-initiative
          lang="en"
          style="flex: 0 0 300px"
        ></qingdao-initiative>
        <qingdao-initiative lang="en" style="flex: 1"></qingdao-initiative>
      </div>`,
    );
    const [sidebar, main] = page.children as unknown as [
      QingdaoInitiative,
      QingdaoInitiative,
    ];
    await sidebar.updateComplete;
    await main.updateComplete;
    const indent = (element: QingdaoInitiative) =>
      parseFloat(
        getComputedStyle(part(element, 'clause-body')).paddingInlineStart,
      );
    expect(indent(sidebar), 'in a 300px sidebar').to.equal(0);
    expect(indent(main), 'in the main column').to.be.greaterThan(20);
  });

  it('balances headings where the engine can', async function () {
    if (!CSS.supports('text-wrap', 'balance')) this.skip();
    const { element } = await clauseIn('320px', 3, 'en');
    const title = part(element, 'clause-title');
    expect(lineTops(title).length, 'the title wraps').to.be.greaterThan(1);
    const style = getComputedStyle(title);
    expect(style.textWrapStyle || style.textWrap).to.contain('balance');
    const document = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="ru"></qingdao-initiative>`,
    );
    await document.updateComplete;
    for (const heading of [
      part(document, 'title'),
      ...parts(document, 'clause-heading'),
    ]) {
      const each = getComputedStyle(heading);
      expect(each.textWrapStyle || each.textWrap).to.contain('balance');
    }
  });

  it('keeps every heading inside a 240 px document and gives it the width, in every language', async () => {
    for (const language of ['ru', 'en', 'zh-Hans']) {
      const box = await fixture<HTMLElement>(
        html`<div style="width: 240px">
          <qingdao-initiative lang=${language}></qingdao-initiative>
        </div>`,
      );
      const element = box.firstElementChild as QingdaoInitiative;
      await element.updateComplete;
      const right = box.getBoundingClientRect().right;
      for (const heading of parts(element, 'clause-heading')) {
        const box_ = heading.getBoundingClientRect();
        expect(box_.right, `${language}: ${heading.textContent}`).to.be.at.most(
          right + 0.5,
        );
        // Not squeezed beside the copy buttons: most of the width is its own.
        expect(box_.width, `${language}: ${heading.textContent}`).to.be.above(
          0.6 * 240,
        );
      }
      const document_ = part(element, 'document');
      expect(document_.scrollWidth, language).to.be.at.most(
        document_.clientWidth,
      );
    }
  });

  it("sets a clause's citation beside its controls, or below them in a narrow card, the controls inside it", async () => {
    for (const [width, beside] of [
      [800, true],
      [400, false],
      [260, false],
    ] as const) {
      const { element } = await clauseIn(`${width}px`, 5, 'ru');
      await withControls(element);
      const controls = element.shadowRoot!.querySelector('.controls')!;
      const citation = part(element, 'citation');
      const below =
        citation.getBoundingClientRect().top >=
        controls.getBoundingClientRect().bottom - 1;
      expect(below, `${width} px`).to.equal(!beside);
      // The controls stay inside the card.
      const card = part(element, 'clause').getBoundingClientRect();
      const box = controls.getBoundingClientRect();
      expect(box.left, `${width} px`).to.be.at.least(card.left);
      expect(box.right, `${width} px`).to.be.at.most(card.right);
      // Never a word a line: the line is 16em wide at least, or the card's.
      const line = citation.parentElement!.getBoundingClientRect().width;
      const footer = part(element, 'footer').clientWidth;
      expect(line, `${width} px`).to.be.at.least(
        Math.min(16 * parseFloat(getComputedStyle(citation).fontSize), footer) -
          1,
      );
    }
  });
});
