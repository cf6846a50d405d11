/**
 * Reads the published page (`source/qingdao-initiative-2025-07-18.txt`)
 * straight from the file, so that tests can hold `src/content` and the
 * rendered elements against the source without trusting either.
 *
 * Runs in the browser under @web/test-runner: no Node APIs.
 *
 * Nothing here may be copied from `src/content`: the parts of the page are
 * found by the order `source/NOTES.md` describes, and the only changes made
 * to the text are the lost spaces NOTES.md lists. The full-width Chinese
 * punctuation restored in `src/content` needs no fix here because
 * `normalize` (NFKC) folds `，` to `,` and so on.
 */
import type { Language, Localized } from '../../src/content/types.js';

/** The test runner serves the repository root. */
export const SOURCE_URL = '/source/qingdao-initiative-2025-07-18.txt';

export async function loadSource(): Promise<string> {
  const response = await fetch(SOURCE_URL);
  if (!response.ok) {
    throw new Error(
      `Cannot load ${SOURCE_URL}: ${response.status} ${response.statusText}`,
    );
  }
  return response.text();
}

/** A run-together text as extracted, and the same text with its space back. */
export type Fix = readonly [from: string, to: string];

/**
 * The lost spaces listed in `source/NOTES.md`, one entry per listed item, in
 * the order listed. Each occurs exactly once in the published page.
 */
export const DOCUMENTED_FIXES: readonly Fix[] = [
  // English
  ['Conferenceopened', 'Conference opened'],
  ['theQingdao', 'the Qingdao'],
  ['Conference(hereinafter', 'Conference (hereinafter'],
  ['outlinesa', 'outlines a'],
  ['contributessolid', 'contributes solid'],
  ['TheQingdao', 'The Qingdao'],
  ['Initiativecalls', 'Initiative calls'],
  ['SCOregional', 'SCO regional'],
  ['amongIndustrial', 'among Industrial'],
  ['amongexisting', 'among existing'],
  ['fromSCO', 'from SCO'],
  ['promotinglocal', 'promoting local'],
  // Russian
  ['Послучаю', 'По случаю'],
  ['(ШОС)народное', '(ШОС) народное'],
  ['проводитКонференцию', 'проводит Конференцию'],
  [
    'Циндаоскойинициативе»пропагандируются',
    'Циндаоской инициативе» пропагандируются',
  ],
  ['сосредоточениенаключевых', 'сосредоточение на ключевых'],
  ['ШОС.Полный', 'ШОС. Полный'],
  ['экспорта.Укреплять', 'экспорта. Укреплять'],
  ['1.Совместно', '1. Совместно'],
  ['5.Совместно', '5. Совместно'],
];

/**
 * Applies `fixes` (by default all of NOTES.md's) to the raw page. Throws if
 * a listed defect is not found exactly once, so that a changed source file
 * is noticed instead of silently matching less.
 */
export function applyDocumentedFixes(
  raw: string,
  fixes: readonly Fix[] = DOCUMENTED_FIXES,
): string {
  let text = raw;
  for (const [from, to] of fixes) {
    const occurrences = text.split(from).length - 1;
    if (occurrences !== 1) {
      throw new Error(
        `Documented defect ${JSON.stringify(from)} occurs ${occurrences} times in the source, expected once`,
      );
    }
    text = text.replace(from, to);
  }
  return text;
}

/**
 * The form in which texts are compared: NFKC (full-width `，` equals `,`),
 * whitespace runs collapsed to one space, trimmed.
 */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * How the published text joins a clause's label, heading and body: Chinese
 * runs them together (`一、携手…。积极…`), English and Russian put a space.
 */
export function joinClauseParts(
  language: Language,
  ...parts: readonly string[]
): string {
  return parts.join(language === 'zh-Hans' ? '' : ' ');
}

/** The fixed page as non-empty trimmed lines (its paragraphs), in order. */
export function sourceParagraphs(
  raw: string,
  fixes: readonly Fix[] = DOCUMENTED_FIXES,
): string[] {
  return applyDocumentedFixes(raw, fixes)
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export interface SourceSections {
  readonly headline: Localized;
  readonly lead: Localized<readonly [string, string]>;
  /** Title lines as printed (Russian: one title over two lines). */
  readonly title: Localized<readonly string[]>;
  readonly preamble: Localized;
  /** Six entries, each the whole clause paragraph, label included. */
  readonly clauses: readonly Localized[];
}

/** Which language a paragraph is in, told by its script. */
export function paragraphLanguage(paragraph: string): Language {
  if (/\p{Script=Han}/u.test(paragraph)) return 'zh-Hans';
  if (/\p{Script=Cyrillic}/u.test(paragraph)) return 'ru';
  return 'en';
}

const CLAUSE_LABELS: Localized<RegExp> = {
  'zh-Hans': /^[一二三四五六]、/u,
  en: /^(?:I|II|III|IV|V|VI)\./u,
  ru: /^[1-6]\./u,
};

/** `海报新闻2025-07-18 23:14`: publisher, date, time. */
const SOURCE_LINE = /^\p{Script=Han}+\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/u;

/**
 * The parts of the fixed page, found by the structure NOTES.md gives (every
 * part in zh, en, ru order) and checked as they are taken, so that a page
 * whose layout changed throws instead of yielding the wrong paragraphs.
 */
export function sourceSections(
  raw: string,
  fixes: readonly Fix[] = DOCUMENTED_FIXES,
): SourceSections {
  const paragraphs = sourceParagraphs(raw, fixes);
  const sourceLine = paragraphs.findIndex((p) => SOURCE_LINE.test(p));
  if (sourceLine < 0)
    throw new Error('Source line (publisher, date) not found');
  // Everything up to the source line is page chrome and the page title.
  let next = sourceLine + 1;

  const take = (language: Language, what: string): string => {
    const paragraph = paragraphs[next];
    if (paragraph === undefined) throw new Error(`Missing ${what}`);
    const found = paragraphLanguage(paragraph);
    if (found !== language) {
      throw new Error(
        `Expected ${what} in ${language}, found ${found}: ${paragraph.slice(0, 40)}…`,
      );
    }
    next += 1;
    return paragraph;
  };
  const takeRun = (language: Language, what: string): string[] => {
    const run: string[] = [];
    while (
      paragraphs[next] !== undefined &&
      paragraphLanguage(paragraphs[next]!) === language
    ) {
      run.push(take(language, what));
    }
    if (run.length === 0) throw new Error(`Missing ${what} in ${language}`);
    return run;
  };
  const takeTriple = (what: string): Localized => ({
    'zh-Hans': take('zh-Hans', what),
    en: take('en', what),
    ru: take('ru', what),
  });

  const headline = takeTriple('headline');
  const lead1 = takeTriple('first lead paragraph');
  const lead2 = takeTriple('second lead paragraph');
  const title: Localized<readonly string[]> = {
    'zh-Hans': takeRun('zh-Hans', 'title'),
    en: takeRun('en', 'title'),
    ru: takeRun('ru', 'title'),
  };
  const preamble = takeTriple('preamble');
  const clauses: Localized[] = [];
  for (let number = 1; number <= 6; number += 1) {
    const clause = takeTriple(`clause ${number}`);
    for (const language of Object.keys(CLAUSE_LABELS) as Language[]) {
      if (!CLAUSE_LABELS[language].test(clause[language])) {
        throw new Error(
          `Clause ${number} in ${language} does not start with a label: ${clause[language].slice(0, 20)}…`,
        );
      }
    }
    clauses.push(clause);
  }
  if (next !== paragraphs.length) {
    throw new Error(`Unexpected text after clause 6: ${paragraphs[next]}`);
  }

  return {
    headline,
    lead: {
      'zh-Hans': [lead1['zh-Hans'], lead2['zh-Hans']],
      en: [lead1.en, lead2.en],
      ru: [lead1.ru, lead2.ru],
    },
    title,
    preamble,
    clauses,
  };
}

/**
 * Splits text into sentences, each keeping its terminator and any closing
 * quote after it. A sentence ends at `。` `！` `？` `；` `;`; at
 * `.` `!` `?` before a space or the end; and at `!` `?` before a Chinese
 * character, since NFKC turns `！` into `!` and Chinese puts no space after.
 * The text is normalized first. Label-like `I.` or `1.` before a space count
 * as sentences of their own, which is fine for checking sentence by sentence.
 */
export function splitSentences(text: string): string[] {
  const sentence =
    /.*?(?:[。！？；;]\p{Pf}*|[.!?][\p{Pf}\p{Pe}"']*(?=\s|$)|[!?]\p{Pf}*(?=\p{Script=Han}|\p{Pi}|《))|.+$/gsu;
  return (normalize(text).match(sentence) ?? [])
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
