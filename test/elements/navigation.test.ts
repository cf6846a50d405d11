/**
 * Finding one's way in the whole document: a table of contents in the
 * language shown, `#clause-N` links that scroll there and move focus, in
 * every language, and a copy-link action whose address really reaches the
 * clipboard (read back by pasting it, as a reader would).
 */
import {
  aTimeout,
  expect,
  fixture,
  html,
  nextFrame,
  oneEvent,
} from '@open-wc/testing';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import { quotation } from '../../scripts/lib/embed-code.js';
import { initiative } from '../../src/content/index.js';
import { LANGUAGES } from '../../src/language/tags.js';
import { part, parts, shadowOf, switchButton } from '../support/elements.js';
import { copyWith, pasteClipboard } from '../support/clipboard.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

const clearHash = () => {
  history.replaceState(null, '', location.pathname + location.search);
  scrollTo(0, 0);
};

afterEach(() => {
  forgetLanguageChoice();
  clearHash();
});

async function wholeDocument(language = 'en') {
  const element = await fixture<QingdaoInitiative>(
    html`<qingdao-initiative lang=${language}></qingdao-initiative>`,
  );
  await element.updateComplete;
  return element;
}

const contentsLinks = (element: Element) =>
  parts(element, 'contents-link') as HTMLAnchorElement[];

/** Whether the clause's top is in the view, near where a link puts it. */
const inView = (clause: Element) => {
  const top = clause.getBoundingClientRect().top;
  return top >= -1 && top < innerHeight / 2;
};

describe('table of contents', () => {
  for (const language of LANGUAGES) {
    it(`lists the six clauses by number and heading (${language})`, async () => {
      const element = await wholeDocument(language);
      const nav = part(element, 'contents');
      expect(nav.localName).to.equal('nav');
      const label = shadowOf(element).getElementById(
        nav.getAttribute('aria-labelledby')!,
      );
      expect(label?.textContent?.trim()).to.have.length.greaterThan(0);
      const links = contentsLinks(element);
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
        initiative.clauses.map((clause) => `#clause-${clause.number}`),
      );
      links.forEach((link, index) => {
        const clause = initiative.clauses[index]!;
        expect(link.textContent).to.contain(clause.label[language]);
        expect(link.textContent).to.contain(clause.heading[language]);
        expect(link.closest('[lang]')?.getAttribute('lang')).to.equal(language);
      });
    });
  }

  it('follows a language change', async () => {
    const element = await wholeDocument('en');
    switchButton(element, 'zh-Hans').click();
    await element.updateComplete;
    expect(contentsLinks(element)[2]!.textContent).to.contain(
      initiative.clauses[2]!.heading['zh-Hans'],
    );
  });

  it('a link scrolls to its clause and moves focus there, again after a language change', async () => {
    const element = await wholeDocument('en');
    for (const [language, number] of [
      ['en', 4],
      ['ru', 6],
    ] as const) {
      if (language !== 'en') {
        switchButton(element, language).click();
        await element.updateComplete;
      }
      const followed = oneEvent(window, 'hashchange');
      contentsLinks(element)[number - 1]!.click();
      await followed;
      await nextFrame();
      expect(location.hash).to.equal(`#clause-${number}`);
      const clause = shadowOf(element).getElementById(`clause-${number}`)!;
      expect(inView(clause), `clause ${number} in view`).to.equal(true);
      expect(shadowOf(element).activeElement).to.equal(clause);
      expect(clause.lang).to.equal(language);
    }
  });

  it('the link to the clause already in the address still goes there', async () => {
    const element = await wholeDocument('en');
    const followed = oneEvent(window, 'hashchange');
    contentsLinks(element)[4]!.click();
    await followed;
    scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
    contentsLinks(element)[4]!.click();
    await nextFrame();
    const clause = shadowOf(element).getElementById('clause-5')!;
    expect(inView(clause)).to.equal(true);
    expect(shadowOf(element).activeElement).to.equal(clause);
  });
});

describe('copy link', () => {
  it('puts the page address with #clause-N on the clipboard, and says so', async () => {
    const element = await wholeDocument('en');
    const button = parts(element, 'copy-link')[2]!;
    expect(button.title).to.contain('3');
    await copyWith(button, element);
    const expected = `${location.href.replace(/#.*$/, '')}#clause-3`;
    expect((await pasteClipboard()).plain).to.equal(expected);
    const status = shadowOf(element).querySelector('[role="status"]')!;
    expect(status.textContent?.trim()).to.have.length.greaterThan(0);
    expect(parts(element, 'copy-link')[2]!.textContent?.trim()).to.equal('✓');
  });
});

describe('#clause-N on a news page', () => {
  /** An article: a screen of text, then clause 3 twice, with fallbacks. */
  async function article() {
    const box = await fixture<HTMLElement>(
      `<div>
        <div style="height: ${3 * innerHeight}px"></div>
        <qingdao-clause clause="3" lang="en">${quotation({ clause: 3 }, 'en').join('')}</qingdao-clause>
        <div style="height: ${3 * innerHeight}px"></div>
        <qingdao-clause clause="3" lang="ru">${quotation({ clause: 3 }, 'ru').join('')}</qingdao-clause>
      </div>`,
    );
    const [first, second] =
      box.querySelectorAll<QingdaoClause>('qingdao-clause');
    await first!.updateComplete;
    await second!.updateComplete;
    return { first: first!, second: second! };
  }

  it('a link to #clause-3 goes to the first clause 3 of the page, its fallback too', async () => {
    const { first } = await article();
    expect(first.shadowRoot!.querySelector('slot'), 'far: its fallback').to
      .exist;
    const followed = oneEvent(window, 'hashchange');
    location.hash = '#clause-3';
    await followed;
    await first.updateComplete;
    await aTimeout(100);
    // Rendered before the scroll: it stays where the link put it, focused.
    const figure = part(first, 'clause');
    expect(Math.abs(figure.getBoundingClientRect().top)).to.be.below(2);
    expect(first.shadowRoot!.activeElement).to.equal(figure);
  });

  it('a page opened at #clause-3 shows it: the address a copied citation gives', async () => {
    history.replaceState(null, '', '#clause-3');
    const { first, second } = await article();
    await nextFrame();
    expect(inView(first)).to.be.true;
    expect(inView(second)).to.be.false;
  });
});
