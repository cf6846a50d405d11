/**
 * Languages side by side: `<qingdao-initiative view="parallel">` shows the
 * title, preamble and each clause in columns, each with its own `lang`,
 * aligned clause by clause when wide and stacked clause by clause when
 * narrow; the reader turns it on and off and picks each column's language,
 * while the page-wide choice still moves the single-language widgets.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import { LANGUAGES, type Language } from '../../src/content/index.js';
import {
  clickAsReader,
  copyWith,
  pasteClipboard,
} from '../support/clipboard.js';
import {
  part,
  parts,
  shadowOf,
  switchButton,
  textWithoutMarks,
  warningsDuring,
  withControls,
} from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';
import { parallelDocument } from '../support/parallel.js';
import {
  joinClauseParts,
  loadSource,
  normalize,
  sourceSections,
  type SourceSections,
} from '../support/source-text.js';

afterEach(() => {
  forgetLanguageChoice();
  if (location.hash) history.replaceState(null, '', location.pathname);
});

let source: SourceSections;
before(async () => {
  source = sourceSections(await loadSource());
});

/** The cells of a row: one block per column, in column order. */
const cells = (row: Element) => [
  ...row.querySelectorAll<HTMLElement>(':scope > .cell'),
];

const top = (element: Element) => element.getBoundingClientRect().top;
const left = (element: Element) => element.getBoundingClientRect().left;

describe('<qingdao-initiative view="parallel">', () => {
  it('shows every column word for word as published, each with its own lang', async () => {
    const element = await parallelDocument(1200);
    const clauses = parts(element, 'clause');
    expect(clauses).to.have.length(6);
    clauses.forEach((clause, index) => {
      const columns = cells(clause);
      expect(columns.map((cell) => cell.lang)).to.deep.equal([...LANGUAGES]);
      columns.forEach((cell) => {
        const language = cell.lang as Language;
        const shown = joinClauseParts(
          language,
          cell.querySelector('[part="clause-title"]')!.textContent!.trim(),
          textWithoutMarks(cell.querySelector('[part="clause-body"]')!).trim(),
        );
        expect(normalize(shown), `clause ${index + 1} ${language}`).to.equal(
          normalize(source.clauses[index]![language]),
        );
      });
    });
    const preambles = parts(element, 'preamble');
    expect(preambles.map((p) => p.lang)).to.deep.equal([...LANGUAGES]);
    preambles.forEach((p) =>
      expect(normalize(p.textContent!)).to.equal(
        normalize(source.preamble[p.lang as Language]),
      ),
    );
    const titles = cells(part(element, 'title'));
    expect(titles.map((cell) => cell.lang)).to.deep.equal([...LANGUAGES]);
  });

  it('aligns the columns when wide: clause N starts at the same height in each', async () => {
    const element = await parallelDocument(1200);
    for (const row of [
      part(element, 'title'),
      part(element, 'preamble').parentElement!,
      ...parts(element, 'clause'),
    ]) {
      const columns = cells(row);
      expect(columns).to.have.length(3);
      const tops = columns.map(top);
      expect(Math.max(...tops) - Math.min(...tops), row.id).to.be.below(1);
      // Side by side, left to right in column order.
      expect(left(columns[0]!)).to.be.below(left(columns[1]!));
      expect(left(columns[1]!)).to.be.below(left(columns[2]!));
    }
    // Each clause row starts below the longest column of the one before.
    const [first, second] = parts(element, 'clause');
    const firstBottom = Math.max(
      ...cells(first!).map((cell) => cell.getBoundingClientRect().bottom),
    );
    expect(top(second!)).to.be.at.least(firstBottom - 1);
  });

  for (const width of [240, 360]) {
    it(`stacks the languages clause by clause in ${width} px`, async () => {
      const element = await parallelDocument(width, 'zh en');
      const clauses = parts(element, 'clause');
      for (const clause of clauses) {
        const [chinese, english] = cells(clause);
        expect(Math.abs(left(chinese!) - left(english!))).to.be.below(1);
        expect(top(english!)).to.be.above(
          chinese!.getBoundingClientRect().bottom - 1,
        );
        expect(english!.getBoundingClientRect().right).to.be.at.most(
          element.getBoundingClientRect().right + 0.5,
        );
      }
      // Clause 2 (both languages) after clause 1 (both languages).
      expect(top(cells(clauses[1]!)[0]!)).to.be.above(
        cells(clauses[0]!)[1]!.getBoundingClientRect().bottom - 1,
      );
    });
  }

  it('shows the Russian break in clause 2 with its note, in the Russian column only', async () => {
    const element = await parallelDocument(1200);
    const [chinese, english, russian] = cells(parts(element, 'clause')[1]!);
    expect(russian!.querySelector('[part="break-mark"]')).to.exist;
    expect(russian!.querySelector('[part="note"]')!.textContent).to.include(
      'обрывается',
    );
    expect(chinese!.querySelector('[part="note"]')).to.equal(null);
    expect(english!.querySelector('[part="note"]')).to.equal(null);
  });

  it('is accessible, wide and narrow, light and dark', async () => {
    for (const width of [1200, 320]) {
      const element = await parallelDocument(width);
      await expect(element).to.be.accessible();
      element.theme = 'dark';
      await element.updateComplete;
      await expect(element).to.be.accessible();
    }
  });

  it('shows all three languages when `languages` is absent, in its order when given', async () => {
    const all = await parallelDocument(1200, null);
    expect(parts(all, 'preamble').map((p) => p.lang)).to.deep.equal([
      ...LANGUAGES,
    ]);
    const two = await parallelDocument(1200, 'ru, zh-CN');
    expect(parts(two, 'preamble').map((p) => p.lang)).to.deep.equal([
      'ru',
      'zh-Hans',
    ]);
    // Contents and release line in the first column's language.
    expect(part(two, 'contents').querySelector('ol')!.lang).to.equal('ru');
    expect(part(two, 'release').lang).to.equal('ru');
  });

  it('notes a `languages` list it cannot use, warns once, and shows all three', async () => {
    let element!: QingdaoInitiative;
    const warnings = await warningsDuring(async () => {
      element = await parallelDocument(1200, 'fr en');
    });
    expect(part(element, 'message').textContent).to.include(
      'languages="fr en"',
    );
    expect(
      warnings.filter((w) => w.includes('languages="fr en"')),
    ).to.have.length(1);
    expect(parts(element, 'preamble')).to.have.length(3);
    element.languages = 'en zh';
    await element.updateComplete;
    expect(parts(element, 'message')).to.have.length(0);
    expect(parts(element, 'preamble').map((p) => p.lang)).to.deep.equal([
      'en',
      'zh-Hans',
    ]);
  });
});

describe('the reader and the parallel view', () => {
  it('turns it on and off with "Side by side", a toggle button', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="ru"></qingdao-initiative>`,
    );
    await element.updateComplete;
    const toggle = part(element, 'view-toggle');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(parts(element, 'preamble')).to.have.length(1);

    await clickAsReader(toggle);
    await element.updateComplete;
    expect(element.getAttribute('view')).to.equal('parallel');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(shadowOf(element).activeElement === toggle, 'focus kept').to.be.true;
    expect(parts(element, 'preamble')).to.have.length(3);
    // The columns' own selects replace the one-language switch.
    expect(parts(element, 'switch')).to.have.length(0);
    expect(parts(element, 'column-language')).to.have.length(3);

    await clickAsReader(toggle);
    await element.updateComplete;
    expect(element.view).to.equal('single');
    expect(parts(element, 'preamble').map((p) => p.lang)).to.deep.equal(['ru']);
    expect(part(element, 'switch')).to.exist;
  });

  it("chooses each column's language; a column that had it takes the other's", async () => {
    const element = await parallelDocument(1200, 'zh en');
    const [first, second] = parts(element, 'column-language') as [
      HTMLSelectElement,
      HTMLSelectElement,
    ];
    expect(first.getAttribute('aria-label')).to.equal('Language of column 1');
    expect([first.value, second.value]).to.deep.equal(['zh-Hans', 'en']);

    second.focus();
    second.value = 'ru';
    second.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(element.languages).to.equal('zh-Hans ru');
    expect(parts(element, 'preamble').map((p) => p.lang)).to.deep.equal([
      'zh-Hans',
      'ru',
    ]);

    first.value = 'ru';
    first.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(element.getAttribute('languages')).to.equal('ru zh-Hans');
    const selects = parts(element, 'column-language') as HTMLSelectElement[];
    expect(selects.map((select) => select.value)).to.deep.equal([
      'ru',
      'zh-Hans',
    ]);
  });

  it("gives the contents and release line the reader's language where a column shows it", async () => {
    const withEnglish = await parallelDocument(1200);
    expect(part(withEnglish, 'contents').querySelector('ol')!.lang).to.equal(
      'en',
    );
    expect(part(withEnglish, 'release').lang).to.equal('en');
    // No English column: the first column's language.
    const without = await parallelDocument(1200, 'ru zh');
    expect(part(without, 'contents').querySelector('ol')!.lang).to.equal('ru');
    expect(part(without, 'release').lang).to.equal('ru');
  });

  it('leaves the page-wide language to the single-language widgets', async () => {
    const box = await fixture<HTMLElement>(
      html`<div>
        <qingdao-initiative
          view="parallel"
          languages="zh en"
        ></qingdao-initiative>
        <qingdao-clause clause="3" lang="en"></qingdao-clause>
      </div>`,
    );
    const document_ = box.querySelector('qingdao-initiative')!;
    const clause = box.querySelector<QingdaoClause>('qingdao-clause')!;
    await document_.updateComplete;
    await withControls(clause);
    switchButton(clause, 'ru').click();
    await clause.updateComplete;
    await document_.updateComplete;
    expect(part(clause, 'clause').lang).to.equal('ru');
    expect(parts(document_, 'preamble').map((p) => p.lang)).to.deep.equal([
      'zh-Hans',
      'en',
    ]);
    // Back to one language: the page's choice.
    document_.view = 'single';
    await document_.updateComplete;
    expect(part(document_, 'document').lang).to.equal('ru');
  });

  it('follows a #clause-N link to the clause row and moves focus there', async () => {
    const element = await parallelDocument(1200);
    location.hash = '#clause-4';
    await waitUntil(
      () => shadowOf(element).activeElement === parts(element, 'clause')[3],
      'focus on clause 4',
    );
    expect(parts(element, 'clause')[3]!.id).to.equal('clause-4');
  });

  it("copies a column's clause in that column's language", async () => {
    // As wide as the window: a real click needs the button in the view.
    const width = document.documentElement.clientWidth - 16;
    const element = await parallelDocument(width, 'zh ru');
    const russian = cells(parts(element, 'clause')[2]!)[1]!;
    expect(russian.lang).to.equal('ru');
    await copyWith(russian.querySelector('[part="copy-quote"]')!, element);
    // WebKit's pasteboard turns no-break spaces into spaces.
    const plain = (await pasteClipboard()).plain.replace(/\u00a0/g, ' ');
    expect(plain.slice(0, 30)).to.equal('3. Совместно содействовать улу');
    expect(plain).to.include('Циндаоская инициатива');
    // One copy-link per clause (the address is the same in every column).
    expect(
      parts(element, 'clause')[2]!.querySelectorAll('[part="copy-link"]'),
    ).to.have.length(1);
  });
});
