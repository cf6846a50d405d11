/**
 * How the text is set, decided once for both renderings: the widgets'
 * templates and the static fallback that the embed code carries. Neither
 * may set a number, a dash or a `lang` the other does not.
 */
import type { Clause, Language, TextRun } from './types.js';

/**
 * What stands between a clause's number and its heading, as published:
 * Chinese sets them solid (`一、携手…`), English and Russian put a space.
 */
export const labelSeparator = (language: Language): string =>
  language === 'zh-Hans' ? '' : ' ';

/**
 * The dash before an attribution: Chinese sets a double dash solid
 * (`——《…》`), English and Russian an em dash and a space.
 */
export const attributionDash = (language: Language): string =>
  language === 'zh-Hans' ? '——' : '— ';

/** A clause in one language, in the order it is set. */
export interface ClauseText {
  /** The number as printed: `一、`, `I.`, `1.`. */
  readonly label: string;
  readonly separator: string;
  readonly heading: string;
  readonly body: string;
  /** The editorial mark where the published text breaks off, if it does. */
  readonly breakMark?: string;
  /**
   * The note that explains the break. A run with a `language` quotes another
   * version and carries its own `lang`.
   */
  readonly note?: readonly TextRun[];
}

export function clauseText(clause: Clause, language: Language): ClauseText {
  const textBreak = clause.breaks?.[language];
  return {
    label: clause.label[language],
    separator: labelSeparator(language),
    heading: clause.heading[language],
    body: clause.body[language],
    ...(textBreak && { breakMark: textBreak.mark, note: textBreak.note }),
  };
}
