/**
 * Renders the elements and holds every sentence they show against the
 * published page in `source/`, after only the fixes NOTES.md documents.
 * Expected texts come from the file, never from `src/content`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LANGUAGES, type Language } from '../../src/content/types.js';
import '../../src/index.js';
import { editorial } from '../../src/content/index.js';
import { LANGUAGE_NAMES } from '../../src/language/tags.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import {
  part,
  parts,
  renderedTexts,
  shadowOf,
  textWithoutMarks,
} from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';
import {
  joinClauseParts,
  loadSource,
  normalize,
  sourceParagraphs,
  sourceSections,
  splitSentences,
  type SourceSections,
} from '../support/source-text.js';

let raw: string;
let source: SourceSections;

before(async () => {
  raw = await loadSource();
  source = sourceSections(raw);
});

afterEach(forgetLanguageChoice);

/** Equal as a whole, and sentence by sentence, so a failure names the sentence. */
function expectSameText(shown: string, published: string, where: string) {
  const shownSentences = splitSentences(normalize(shown));
  const publishedSentences = splitSentences(normalize(published));
  shownSentences.forEach((sentence, index) =>
    expect(sentence, `${where}, sentence ${index + 1}`).to.equal(
      publishedSentences[index],
    ),
  );
  expect(normalize(shown), where).to.equal(normalize(published));
}

function clauseShown(
  widget: Element,
  item: ParentNode,
  language: Language,
): string {
  const pick = (name: string) => item.querySelector(`[part~="${name}"]`);
  expect(pick('clause-body'), `${widget.localName} clause body`).to.exist;
  // Whitespace at the edges of a block is not rendered; inside the title it is.
  return joinClauseParts(
    language,
    pick('clause-title')!.textContent!.trim(),
    textWithoutMarks(pick('clause-body')!).trim(),
  );
}

/** Every string the widget shows that is not official text. */
function knownExtras(language: Language): string[] {
  const words = editorial[language];
  return [
    words.releaseLine,
    words.versionNote,
    words.contextHeading,
    words.contextSource,
    ...[1, 2, 3, 4, 5, 6].map((n) => words.citation(n as 1)),
    '[…]',
    // The attribution dash before a clause's citation.
    language === 'zh-Hans' ? '——' : '—',
    ...Object.values(LANGUAGE_NAMES),
    // The table of contents' heading and the parallel view's button (UI
    // strings, in each UI language), and the glyphs of the copy-link and
    // copy buttons.
    'Contents',
    '目录',
    'Содержание',
    'Side by side',
    '对照阅读',
    'Параллельно',
    '#',
    '❝',
  ].map(normalize);
}

for (const language of LANGUAGES) {
  describe(`<qingdao-initiative lang="${language}">`, () => {
    let element: QingdaoInitiative;

    beforeEach(async () => {
      element = await fixture(
        html`<qingdao-initiative
          lang=${language}
          show-context
        ></qingdao-initiative>`,
      );
      await element.updateComplete;
    });

    it('shows the title as published', () => {
      const lines = parts(element, 'title')[0]!.querySelectorAll('.title-line');
      const shown = [...lines].map((line) => line.textContent).join(' ');
      expectSameText(shown, source.title[language].join(' '), 'title');
    });

    it('shows the preamble as published', () => {
      expectSameText(
        part(element, 'preamble').textContent!,
        source.preamble[language],
        'preamble',
      );
    });

    it('shows all six clauses, in order, as published', () => {
      const items = parts(element, 'clause');
      expect(items).to.have.length(6);
      items.forEach((item, index) => {
        expect(item.id).to.equal(`clause-${index + 1}`);
        expectSameText(
          clauseShown(element, item, language),
          source.clauses[index]![language],
          `clause ${index + 1}`,
        );
      });
    });

    it('shows the release lead paragraphs as published', () => {
      const paragraphs = part(element, 'context').querySelectorAll(
        'p:not(.context-source)',
      );
      expect(paragraphs).to.have.length(2);
      paragraphs.forEach((paragraph, index) =>
        expectSameText(
          paragraph.textContent!,
          source.lead[language][index]!,
          `lead ${index + 1}`,
        ),
      );
    });

    it('shows no string that is neither published text nor a known editorial or UI string', () => {
      const published = normalize(
        sourceParagraphs(raw)
          .filter((paragraph) => paragraph.length > 0)
          .join(' '),
      );
      const extras = knownExtras(language);
      const noteRuns = shadowOf(element).querySelectorAll('[part~="note"]');
      const notes = [...noteRuns].map((note) => normalize(note.textContent!));
      for (const text of renderedTexts(shadowOf(element))) {
        const shown = normalize(text.data);
        const inNote = notes.some((note) => note.includes(shown));
        const known =
          extras.includes(shown) || published.includes(shown) || inNote;
        expect(known, `unexpected text "${shown}"`).to.be.true;
      }
    });

    it('marks every block of text with its language, below the host reset', () => {
      const root = shadowOf(element);
      expect(part(element, 'document').lang).to.equal(language);
      for (const text of renderedTexts(root)) {
        const owner = text.parentElement!.closest('[lang]');
        expect(owner, `"${text.data}" has a lang`).to.exist;
        // The reset on the root's top elements would cancel their lang for
        // glyph selection (Chromium): the text needs a lang below them.
        expect(owner!.parentNode, `"${text.data}"`).not.to.equal(root);
      }
    });
  });

  describe(`<qingdao-clause lang="${language}">`, () => {
    for (const number of [1, 2, 3, 4, 5, 6]) {
      it(`clause ${number} shows that clause as published, and only it`, async () => {
        const element = await fixture<QingdaoClause>(
          html`<qingdao-clause
            clause=${number}
            lang=${language}
          ></qingdao-clause>`,
        );
        await element.updateComplete;
        expect(parts(element, 'clause-body')).to.have.length(1);
        const quote = part(element, 'quote');
        expectSameText(
          clauseShown(element, quote, language),
          source.clauses[number - 1]![language],
          `clause ${number}`,
        );
        const quoted = normalize(quote.textContent!);
        source.clauses.forEach((other, index) => {
          if (index === number - 1) return;
          const firstSentence = splitSentences(normalize(other[language]))[1]!;
          expect(quoted).not.to.include(firstSentence);
        });
        expect(normalize(part(element, 'citation').textContent!)).to.equal(
          normalize(editorial[language].citation(number as 1)),
        );
      });
    }
  });
}

describe('the break in the published Russian clause 2', () => {
  it('shows the published words, the editorial mark and a note quoting the other versions', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="2" lang="ru"></qingdao-clause>`,
    );
    await element.updateComplete;
    const body = part(element, 'clause-body');
    expect(normalize(textWithoutMarks(body))).to.match(/совместного испол$/);
    expect(part(element, 'break-mark').textContent).to.equal('[…]');
    const note = part(element, 'note');
    expect(
      note.getAttribute('lang') ?? note.closest('[lang]')!.getAttribute('lang'),
    ).to.equal('ru');
    const zh = note.querySelector('[lang="zh-Hans"]')!;
    const en = note.querySelector('[lang="en"]')!;
    expect(normalize(source.clauses[1]!['zh-Hans'])).to.include(
      normalize(zh.textContent!),
    );
    expect(normalize(source.clauses[1]!.en)).to.include(
      normalize(en.textContent!),
    );
    expect(normalize(zh.textContent!)).to.match(/发展共赢$/);
    expect(normalize(en.textContent!)).to.match(/win-win development$/);
  });

  it('is marked in Russian only', async () => {
    for (const language of ['zh-Hans', 'en'] as const) {
      const element = await fixture<QingdaoClause>(
        html`<qingdao-clause clause="2" lang=${language}></qingdao-clause>`,
      );
      await element.updateComplete;
      expect(parts(element, 'break-mark')).to.have.length(0);
      expect(parts(element, 'note')).to.have.length(0);
    }
  });
});
