/**
 * The HTML an editor pastes into a partner page: the element with the same
 * text inside it as plain semantic HTML, then the module's `<script>`.
 *
 * The fallback is what a reader without JavaScript, a feed reader or a search
 * engine sees; once the module loads, the element's shadow root (which has no
 * slot) takes its place. No inline styles or scripts, for strict CSPs.
 *
 * Tooling only: used by `npm run snippet`, the demo and the bench, never
 * shipped (it lives outside src/). Pure string building, so it runs in Node
 * as well as in the browser. How the text is set (numbers, separators,
 * dashes, which runs carry `lang`) comes from src/content/typesetting.ts,
 * as in the widgets.
 */
import {
  LANGUAGES,
  attributionDash,
  clauseText,
  editorial,
  initiative,
  release,
  type Clause,
  type ClauseNumber,
  type Language,
  type TextRun,
} from '../../src/content/index.js';

/** Where the package keeps the module and the published source page. */
export const MODULE_FILE = 'dist/qingdao-initiative.js';
export const SOURCE_FILE = release.source.file;

/**
 * The versioned CDN address of one of the package's files, e.g. the module
 * or the published page it quotes (jsDelivr serves npm packages as published).
 */
export function cdnUrl(
  pkg: { readonly name: string; readonly version: string },
  file: string,
): string {
  return `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${file}`;
}

/** What to embed: one clause, or the whole document. */
export type EmbedTarget = { readonly clause: ClauseNumber } | 'document';

/** Options of {@link embedSnippet}. */
export interface EmbedSnippetOptions {
  /** `{ clause: 3 }` for `<qingdao-clause>`, `'document'` for `<qingdao-initiative>`. */
  readonly which: EmbedTarget;
  /** The language of the fallback and the element's `lang`. */
  readonly language: Language;
  /** A clause's `variant` attribute; left out when undefined or empty. */
  readonly variant?: string | undefined;
  /** The `theme` attribute (`dark`, `auto`); left out when undefined, empty or `light`. */
  readonly theme?: string | undefined;
  /** Where partner pages load the module from. */
  readonly scriptUrl: string;
  /** `sha384-…` of the module at `scriptUrl`; left out when undefined. */
  readonly integrity?: string | undefined;
  /** A clause's source, for the blockquote's `cite`. */
  readonly citeUrl?: string | undefined;
}

/** Escapes text for use in HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type Attributes = Readonly<Record<string, string | undefined>>;

function openTag(tag: string, attributes: Attributes): string {
  const pairs = Object.entries(attributes)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
  return `<${tag}${pairs.join('')}>`;
}

/** An element on one line; `content` is HTML, already escaped. */
function inline(tag: string, attributes: Attributes, content: string): string {
  return `${openTag(tag, attributes)}${content}</${tag}>`;
}

/** An element whose children are lines of their own, indented. */
function block(
  tag: string,
  attributes: Attributes,
  children: readonly string[],
): string[] {
  return [
    openTag(tag, attributes),
    ...children.map((line) => `  ${line}`),
    `</${tag}>`,
  ];
}

/** Number and heading, set as published. */
function clauseTitle(clause: Clause, language: Language): string {
  const text = clauseText(clause, language);
  return escapeHtml(text.label + text.separator + text.heading);
}

function textRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) =>
      run.language
        ? inline('span', { lang: run.language }, escapeHtml(run.text))
        : escapeHtml(run.text),
    )
    .join('');
}

/** The body paragraph, and where the published text breaks off, mark and note. */
function clauseBody(clause: Clause, language: Language): string[] {
  const text = clauseText(clause, language);
  return [
    inline('p', {}, escapeHtml(text.body + (text.breakMark ?? ''))),
    ...(text.note ? [inline('p', { role: 'note' }, textRuns(text.note))] : []),
  ];
}

function findClause(number: number): Clause {
  const clause = initiative.clauses.find((c) => c.number === number);
  if (!clause) {
    throw new RangeError(
      `There is no clause ${number}; clauses are numbered 1 to 6.`,
    );
  }
  return clause;
}

function clauseElement(clause: Clause, options: EmbedSnippetOptions): string[] {
  const { language } = options;
  return block(
    'qingdao-clause',
    {
      clause: String(clause.number),
      lang: language,
      variant: options.variant || undefined,
      theme: themeAttribute(options.theme),
    },
    // One blockquote, its blocks those of the widget (title, body, the
    // citation line): the upgrade keeps the geometry. The citation sits
    // inside, where every editor keeps it (Twitter's embeds do the same).
    block(
      'blockquote',
      { lang: language, cite: options.citeUrl || undefined },
      [
        inline('p', {}, inline('strong', {}, clauseTitle(clause, language))),
        ...clauseBody(clause, language),
        inline(
          'p',
          {},
          `${attributionDash(language)}${inline('cite', {}, escapeHtml(editorial[language].citation(clause.number)))}`,
        ),
      ],
    ),
  );
}

/** Light is the default: the attribute is only written for another theme. */
const themeAttribute = (theme: string | undefined) =>
  theme && theme !== 'light' ? theme : undefined;

function documentElement(options: EmbedSnippetOptions): string[] {
  const { language } = options;
  const words = editorial[language];
  const title = initiative.title[language].map(escapeHtml).join('<br>');
  return block(
    'qingdao-initiative',
    { lang: language, theme: themeAttribute(options.theme) },
    block('article', { lang: language }, [
      inline('h2', {}, title),
      inline('p', {}, escapeHtml(words.releaseLine)),
      inline('p', {}, escapeHtml(words.versionNote)),
      inline('p', {}, escapeHtml(initiative.preamble[language])),
      ...block(
        'ol',
        {},
        initiative.clauses.flatMap((clause) =>
          block('li', { id: `clause-${clause.number}` }, [
            inline('h3', {}, clauseTitle(clause, language)),
            ...clauseBody(clause, language),
          ]),
        ),
      ),
    ]),
  );
}

/**
 * The embed code for one clause or the whole document, in one language:
 * the element with its fallback, then the module's `<script>`. Every text
 * and attribute value is escaped.
 *
 * @throws RangeError for a clause other than 1 … 6 or an unknown language.
 * @throws TypeError for `variant` or `citeUrl` with the whole document,
 *   which has neither.
 */
export function embedSnippet(options: EmbedSnippetOptions): string {
  const { which, language } = options;
  if (!LANGUAGES.includes(language)) {
    throw new RangeError(
      `Unknown language "${language}"; use one of ${LANGUAGES.join(', ')}.`,
    );
  }
  let element: string[];
  if (which === 'document') {
    if (options.variant || options.citeUrl) {
      throw new TypeError(
        'variant and citeUrl apply to a clause, not to the whole document.',
      );
    }
    element = documentElement(options);
  } else {
    element = clauseElement(findClause(which.clause), options);
  }
  const script = inline(
    'script',
    {
      type: 'module',
      src: options.scriptUrl,
      integrity: options.integrity,
      crossorigin: 'anonymous',
    },
    '',
  );
  return [...element, script, ''].join('\n');
}

/**
 * The Subresource Integrity value of `bytes` (`sha384-` and base64), as the
 * `integrity` attribute wants it. WebCrypto: Node ≥ 20 and browsers.
 */
export async function subresourceIntegrity(
  bytes: BufferSource,
): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}
