/** The languages the initiative was published in, as BCP 47 tags. */
export const LANGUAGES = ['zh-Hans', 'en', 'ru'] as const;

export type Language = (typeof LANGUAGES)[number];

/** One value for each published language. */
export type Localized<T = string> = Readonly<Record<Language, T>>;

export type ClauseNumber = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A run of editorial text. `language` is set where the run quotes
 * another language than the text around it (a screen reader switches voice).
 */
export interface TextRun {
  readonly text: string;
  readonly language?: Language;
}

/**
 * Where a published translation stops short. The published words are kept;
 * the widget marks the break and shows the note beside it.
 */
export interface PublishedBreak {
  /** Editorial mark placed right after the last published character. */
  readonly mark: string;
  /** A note, in the language of the broken text, quoting the other versions. */
  readonly note: readonly TextRun[];
}

export interface Clause {
  readonly number: ClauseNumber;
  /** The number as printed before the heading: `一、`, `I.`, `1.`. */
  readonly label: Localized;
  /** The heading sentence, with its final full stop. */
  readonly heading: Localized;
  /** The rest of the clause, one paragraph. */
  readonly body: Localized;
  /** Set where the published text of a language breaks off. */
  readonly breaks?: Partial<Localized<PublishedBreak>>;
}

export interface Initiative {
  /**
   * Document title lines as published (Chinese: conference, then
   * `青岛倡议`; Russian: one title broken across two lines).
   */
  readonly title: Localized<readonly string[]>;
  readonly preamble: Localized;
  readonly clauses: readonly Clause[];
}

/** The news release the text was taken from (see `release-source.ts`). */
export interface ReleaseSource {
  readonly publisher: Localized;
  /** ISO date-time with offset, as printed on the page. */
  readonly publishedAt: string;
  readonly headline: Localized;
  /** File in this repository holding the page as published. */
  readonly file: string;
}

/** Facts about the release, used for the release line and citations. */
export interface Release {
  /** ISO date of the release. */
  readonly date: string;
  readonly originalLanguage: Language;
  /** The release's two lead paragraphs (context, not part of the initiative). */
  readonly lead: Localized<readonly [string, string]>;
}

/** Words that accompany the official text, written per language by the editors. */
export interface Editorial {
  /** Short name of the document, for citations. */
  readonly shortTitle: string;
  /** Full name of the document, for citations. */
  readonly citationTitle: string;
  /** One sentence: when, where, by whom, at which conference it was released. */
  readonly releaseLine: string;
  /** Which version is the original and which are translations. */
  readonly versionNote: string;
  /** The release date as written in this language. */
  readonly date: string;
  /** Clause reference as written in this language, e.g. `clause III`. */
  readonly clauseReference: (clause: ClauseNumber) => string;
  /** Citation of the whole document or of one clause. */
  readonly citation: (clause?: ClauseNumber) => string;
  /**
   * The full reference of a quotation, in this language's convention
   * (GB/T 7714-2015, Chicago notes, ГОСТ Р 7.0.100-2018): publisher,
   * document, clause, date, the address it was read at and the day.
   */
  readonly reference: (
    clause: ClauseNumber | undefined,
    url: string,
    accessed: Date,
  ) => string;
  /** Heading over the release's lead paragraphs. */
  readonly contextHeading: string;
  /** Attribution under the lead paragraphs (publisher and time). */
  readonly contextSource: string;
}
