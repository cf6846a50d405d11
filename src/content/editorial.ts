/**
 * Words the editors write around the official text: names for citations,
 * the release line, the version note and the context labels.
 *
 * Provenance: the facts come from the release's lead paragraphs and the
 * initiative's preamble in `source/qingdao-initiative-2025-07-18.txt`
 * (released 18 July 2025 in Qingdao, at the Qingdao · SCODA Pearl
 * International Expo Center, by Wang Lei, Director of the Department of
 * Commerce of Shandong Province, at the conference hosted by the Shandong
 * Provincial People's Government). Names of the document, the venue, the
 * department and the conference are the ones each language's published text
 * uses, so a citation matches what a reader finds in that language; the
 * short titles are the "hereinafter" names the release itself defines.
 */
import type { ClauseNumber, Editorial, Localized } from './types.js';

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;

// Roman, like the English document's own clause labels (`I.` … `VI.`).
const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

const zhCitationTitle = '《中国—上海合作组织地方经贸合作大会青岛倡议》';
const zhDate = '2025年7月18日';

const enCitationTitle =
  'Qingdao Initiative of the China-SCO Local Economic and Trade Cooperation Conference';
const enDate = '18 July 2025';

// The document's own Russian title, not the release headline's wording
// («Циндаоская инициатива Конференции по …»): a citation names the document.
const ruDocumentTitle =
  'Циндаоская инициатива по укреплению регионального торгово-экономического сотрудничества между странами ШОС';
const ruCitationTitle = `«${ruDocumentTitle}»`;
// No-break spaces keep «18 июля» and «2025 г.» on one line, as Russian
// typesetting does.
const ruDate = '18\u00a0июля 2025\u00a0г.';

const zhClauseReference = (clause: ClauseNumber): string =>
  `第${CHINESE_NUMERALS[clause - 1]}条`;
const enClauseReference = (clause: ClauseNumber): string =>
  `clause ${ROMAN_NUMERALS[clause - 1]}`;
const ruClauseReference = (clause: ClauseNumber): string =>
  `пункт\u00a0${clause}`;

/** A day as digits, in the reader's own time zone: year, month, day. */
const day = (date: Date) =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) =>
    String(part).padStart(2, '0'),
  );

export const editorial: Localized<Editorial> = {
  'zh-Hans': {
    shortTitle: '《青岛倡议》',
    citationTitle: zhCitationTitle,
    releaseLine:
      '2025年7月18日，在山东省人民政府于青岛·上合之珠国际博览中心举办的中国—上海合作组织地方经贸合作大会上，山东省商务厅厅长王磊发布了本倡议。',
    versionNote: '中文为原文，英文和俄文为随原文发布的译文。',
    date: zhDate,
    clauseReference: zhClauseReference,
    // Chinese puts the article number right after the title, with no comma.
    citation: (clause?: ClauseNumber): string =>
      `${zhCitationTitle}${clause === undefined ? '' : zhClauseReference(clause)}，${zhDate}`,
    // GB/T 7714-2015, an online electronic resource [EB/OL]: (published)[read].
    reference: (clause, url, accessed) =>
      `山东省人民政府. 中国—上海合作组织地方经贸合作大会青岛倡议${
        clause === undefined ? '' : `：${zhClauseReference(clause)}`
      }[EB/OL]. (2025-07-18)[${day(accessed).join('-')}]. ${url}.`,
    contextHeading: '摘自新闻报道',
    contextSource: '海报新闻，2025-07-18 23:14',
  },
  en: {
    shortTitle: 'Qingdao Initiative',
    citationTitle: enCitationTitle,
    releaseLine:
      'The Initiative was released on 18 July 2025 in Qingdao, at the Qingdao · SCODA Pearl International Expo Center, by Wang Lei, Director of the Department of Commerce of Shandong Province, at the China-SCO Local Economic and Trade Cooperation Conference hosted by the Shandong Provincial People’s Government.',
    versionNote:
      'The Chinese text is the original; the English and Russian texts are the published translations.',
    date: enDate,
    clauseReference: enClauseReference,
    citation: (clause?: ClauseNumber): string =>
      [
        enCitationTitle,
        ...(clause === undefined ? [] : [enClauseReference(clause)]),
        enDate,
      ].join(', '),
    // Chicago, a note for a web document: issuer, “title,” part, date, accessed, URL.
    reference: (clause, url, accessed) =>
      `Shandong Provincial People’s Government, “${enCitationTitle},”${
        clause === undefined ? '' : ` ${enClauseReference(clause)},`
      } July 18, 2025, accessed ${accessed.toLocaleDateString('en-US', { dateStyle: 'long' })}, ${url}.`,
    contextHeading: 'From the news release',
    contextSource: 'Haibao News, 18 July 2025, 23:14 (UTC+8)',
  },
  ru: {
    shortTitle: '«Циндаоская инициатива»',
    citationTitle: ruCitationTitle,
    releaseLine:
      '18\u00a0июля 2025\u00a0г. в Циндао, в Международном выставочном центре «Жемчужина ШОС», начальник Департамента коммерции провинции Шаньдун Ван Лэй обнародовал инициативу на Конференции по региональному торгово-экономическому сотрудничеству между Китаем и странами ШОС, которую провело народное правительство провинции Шаньдун.',
    versionNote:
      'Оригинал — текст на китайском языке; тексты на английском и русском языках — опубликованные переводы.',
    date: ruDate,
    clauseReference: ruClauseReference,
    citation: (clause?: ClauseNumber): string =>
      [
        ruCitationTitle,
        ...(clause === undefined ? [] : [ruClauseReference(clause)]),
        ruDate,
      ].join(', '),
    // ГОСТ Р 7.0.100-2018, an online resource: title : part : date / issuer.
    reference: (clause, url, accessed) =>
      `${ruDocumentTitle}${
        clause === undefined ? '' : ` : ${ruClauseReference(clause)}`
      } : обнародована ${ruDate} / Народное правительство провинции Шаньдун. – Текст : электронный. – URL: ${url} (дата обращения: ${day(
        accessed,
      )
        .reverse()
        .join('.')}).`,
    contextHeading: 'Из новостного сообщения',
    contextSource: 'Хайбао ньюс, 18\u00a0июля 2025\u00a0г., 23:14 (UTC+8)',
  },
};
