/**
 * A quotation of the initiative in a page's own HTML: the fallback inside
 * an element, or a plain `<blockquote>` that went through a rich-text editor.
 * What marks it, for the embed code that writes it and the module that
 * finds it again: class names first (the one marker every editor keeps,
 * the Chinese ones included), then `data-*` and `lang` where they survive,
 * and, where an editor dropped every attribute, its text.
 */
import {
  attributionDash,
  clauseText,
  editorial,
  initiative,
  type ClauseNumber,
  type Language,
} from '../content/index.js';
import { toLanguage } from '../language/tags.js';

/** Class of every quotation. */
export const QUOTE_CLASS = 'qingdao-quote';
/** Class of a quotation of the whole document. */
export const DOCUMENT_CLASS = 'qingdao-initiative';
export const clauseClass = (clause: ClauseNumber) => `qingdao-clause-${clause}`;
export const languageClass = (language: Language) => `qingdao-lang-${language}`;
export const variantClass = (variant: string) => `qingdao-variant-${variant}`;
export const themeClass = (theme: string) => `qingdao-theme-${theme}`;

/** What a quotation quotes, and how it asks to be shown. */
export interface Quoted {
  /** A clause, or `'document'` for the whole initiative. */
  readonly which: { readonly clause: ClauseNumber } | 'document';
  readonly language: Language;
  readonly variant?: string;
  readonly theme?: string;
}

const classValue = (element: Element, prefix: string) =>
  [...element.classList]
    .find((name) => name.startsWith(prefix))
    ?.slice(prefix.length);

/** What the markers of `quote` say, if it carries ours. */
export function readMarkers(quote: Element): Quoted | undefined {
  if (!quote.classList.contains(QUOTE_CLASS)) return undefined;
  const language = toLanguage(
    classValue(quote, 'qingdao-lang-') ??
      quote.getAttribute('data-qingdao-lang') ??
      quote.getAttribute('lang'),
  );
  const clause = Number(
    classValue(quote, 'qingdao-clause-') ??
      quote.getAttribute('data-qingdao-clause'),
  );
  const which = quote.classList.contains(DOCUMENT_CLASS)
    ? 'document'
    : clause >= 1 && clause <= 6
      ? { clause: clause as ClauseNumber }
      : undefined;
  if (!language || !which) return undefined;
  const variant = classValue(quote, 'qingdao-variant-');
  const theme = classValue(quote, 'qingdao-theme-');
  return {
    which,
    language,
    ...(variant && { variant }),
    ...(theme && { theme }),
  };
}

/**
 * Text compared without any whitespace: editors turn spaces into `&nbsp;`,
 * join lines and split paragraphs, but keep the words.
 */
const squeeze = (text: string | null) =>
  (text ?? '').normalize('NFKC').replace(/\s+/g, '');

interface Known extends Quoted {
  /** How it starts: its title. */
  readonly start: string;
  /** Everything after the title, as the embed code sets it. */
  readonly rest: string;
}

let known: Known[] | undefined;

/** Every quotation we publish, by its text. */
function knownQuotations(): Known[] {
  known ??= (Object.keys(initiative.preamble) as Language[]).flatMap(
    (language): Known[] => {
      const words = editorial[language];
      const clauses = initiative.clauses.map((clause) => {
        const text = clauseText(clause, language);
        return {
          clause,
          title: text.label + text.separator + text.heading,
          rest: [
            text.body,
            text.breakMark,
            ...(text.note ?? []).map((run) => run.text),
          ].join(''),
        };
      });
      return [
        {
          which: 'document',
          language,
          start: squeeze(initiative.title[language].join('')),
          rest: squeeze(
            [
              words.releaseLine,
              words.versionNote,
              initiative.preamble[language],
              ...clauses.map(({ title, rest }) => title + rest),
              attributionDash(language),
              words.citation(),
            ].join(''),
          ),
        },
        ...clauses.map(({ clause, title, rest }) => ({
          which: { clause: clause.number },
          language,
          start: squeeze(title),
          rest: squeeze(
            rest + attributionDash(language) + words.citation(clause.number),
          ),
        })),
      ];
    },
  );
  return known;
}

/** The blocks an editor may split one quotation into (Quill: one per paragraph, headings apart). */
const RUN = new Set(['blockquote', 'h2', 'h3']);

/**
 * What the block `first` quotes, recognised by its text, with the blocks
 * that follow it where an editor split one quotation into one per paragraph
 * (Quill turns it into blockquotes, with the headings as `<h2>`/`<h3>` in
 * between). It must start with a title of the initiative and go on with its
 * text; nothing else is taken for ours.
 */
export function recognizeText(
  first: Element,
): { quoted: Quoted; quotes: Element[] } | undefined {
  const text = squeeze(first.textContent);
  const match = knownQuotations().find((candidate) =>
    text.startsWith(candidate.start),
  );
  if (!match) return undefined;
  const whole = match.start + match.rest;
  const quotes = [first];
  let joined = text;
  for (
    let next = first.nextElementSibling;
    next &&
    RUN.has(next.localName) &&
    whole.startsWith(joined + squeeze(next.textContent));
    next = next.nextElementSibling
  ) {
    quotes.push(next);
    joined += squeeze(next.textContent);
  }
  // The title alone is not a quotation of ours: its text must follow.
  if (!whole.startsWith(joined) || joined.length < match.start.length + 40) {
    return undefined;
  }
  return { quoted: { which: match.which, language: match.language }, quotes };
}
