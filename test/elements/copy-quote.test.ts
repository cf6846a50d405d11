/**
 * Copy with a reference: a clause's text in the language shown, then the
 * reference in that language's convention (GB/T 7714-2015, Chicago notes,
 * ГОСТ Р 7.0.100-2018), as plain text and as HTML. Read back from the real
 * clipboard by pasting, as a reader would, into a plain and a rich field.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import { initiative } from '../../src/content/index.js';
import { parts, shadowOf, withControls } from '../support/elements.js';
import { copyWith, pasteClipboard } from '../support/clipboard.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = {
  iso: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
  ru: `${pad(now.getDate())}.${pad(now.getMonth() + 1)}.${now.getFullYear()}`,
  en: now.toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  }),
};
const pageUrl = (clause: number) =>
  `${location.href.replace(/#.*$/, '')}#clause-${clause}`;

/** Each convention's reference of clause 3, as its standard sets it. */
const referenceOfClause3 = {
  'zh-Hans': (url: string) =>
    `山东省人民政府. 中国—上海合作组织地方经贸合作大会青岛倡议：第三条[EB/OL]. (2025-07-18)[${today.iso}]. ${url}.`,
  en: (url: string) =>
    `Shandong Provincial People’s Government, “Qingdao Initiative of the China-SCO Local Economic and Trade Cooperation Conference,” clause III, July 18, 2025, accessed ${today.en}, ${url}.`,
  ru: (url: string) =>
    `Циндаоская инициатива по укреплению регионального торгово-экономического сотрудничества между странами ШОС : пункт\u00a03 : обнародована 18\u00a0июля 2025\u00a0г. / Народное правительство провинции Шаньдун. – Текст : электронный. – URL: ${url} (дата обращения: ${today.ru}).`,
};

/**
 * WebKit's pasteboard turns no-break spaces into spaces: compared with
 * spaces, the text and its reference are the same in every engine.
 */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

/** The clipboard, pasted; no-break spaces as spaces. */
async function pasted(): Promise<{ plain: string; rich: string }> {
  const { plain, rich } = await pasteClipboard();
  return { plain: spaced(plain), rich };
}

describe('copy with a reference', () => {
  for (const language of ['zh-Hans', 'en', 'ru'] as const) {
    it(`a clause copies its text and a ${language} reference, as text and HTML`, async () => {
      const clause = await fixture<QingdaoClause>(
        html`<qingdao-clause clause="3" lang=${language}></qingdao-clause>`,
      );
      await clause.updateComplete;
      await withControls(clause);
      const button = parts(clause, 'copy-quote')[0]!;
      expect(button.title).to.contain('3');
      await copyWith(button, clause);
      const { plain, rich } = await pasted();

      const published = initiative.clauses[2]!;
      const reference = referenceOfClause3[language](pageUrl(3));
      expect(plain.split('\n')).to.deep.equal(
        [
          `${published.label[language]}${language === 'zh-Hans' ? '' : ' '}${published.heading[language]}`,
          published.body[language],
          '',
          reference,
        ].map(spaced),
      );
      expect(rich).to.contain('<blockquote');
      expect(rich).to.contain(published.heading[language]);
      expect(rich).to.contain(`href="${pageUrl(3)}"`);

      const status = shadowOf(clause).querySelector('[role="status"]')!;
      expect(status.textContent?.trim()).to.have.length.greaterThan(0);
    });
  }

  it('announces every copy, the same words twice too: the status is written anew', async () => {
    const document = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="en"></qingdao-initiative>`,
    );
    await document.updateComplete;
    const status = shadowOf(document).querySelector('[role="status"]')!;
    const written: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.textContent?.trim()) written.push(node.textContent.trim());
        }
      }
    });
    observer.observe(status, { childList: true, subtree: true });
    try {
      for (let i = 0; i < 2; i++) {
        await copyWith(parts(document, 'copy-quote')[0]!, document);
        await waitUntil(() => written.length === i + 1, `copy ${i + 1} heard`);
      }
    } finally {
      observer.disconnect();
    }
    expect(written).to.deep.equal([
      'Clause copied with its reference',
      'Clause copied with its reference',
    ]);
  });

  it('the whole document copies any clause, a break in the published text marked', async () => {
    const document = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="ru"></qingdao-initiative>`,
    );
    await document.updateComplete;
    await copyWith(parts(document, 'copy-quote')[1]!, document);
    const { plain } = await pasted();
    const lines = plain.split('\n');
    expect(lines[1]).to.equal(`${initiative.clauses[1]!.body.ru}[…]`);
    expect(lines[3]).to.contain('пункт 2');
    expect(lines[3]).to.contain(`URL: ${pageUrl(2)}`);
  });
});
