/**
 * The code a site pastes, in three formats, and the static embed pages the
 * iframe format points at:
 *
 * - `element`: `<qingdao-clause>` (or `<qingdao-initiative>`) with the
 *   quotation inside as its fallback, then the module's `<script>`; for site
 *   templates and HTML blocks.
 * - `blockquote`: the quotation alone, a plain well-formed `<blockquote>`
 *   marked only with what editors keep (classes; `lang`, `cite`, `data-*`
 *   where they survive). The module, loaded once by the site's template,
 *   upgrades it in place; without it, it is simply a good quotation.
 * - `iframe`: a frame on a static embed page (`dist/embed/`), for editors
 *   that keep frames but no markup of ours.
 *
 * Tooling only, never shipped: used by `npm run snippet`, the build of the
 * embed pages, the demo and the tests. Pure string building, so it runs in
 * Node and in the browser. How the text is set (numbers, separators, dashes,
 * which runs carry `lang`) and how a quotation is marked come from src/, as
 * in the widgets, so the two renderings cannot drift.
 */
import {
  LANGUAGES,
  attributionDash,
  clauseText,
  editorial,
  initiative,
  type Clause,
  type ClauseNumber,
  type Language,
  type TextRun,
} from '../../src/content/index.js';
import { releaseSource } from '../../src/content/release-source.js';
import {
  DOCUMENT_CLASS,
  QUOTE_CLASS,
  clauseClass,
  languageClass,
  themeClass,
  variantClass,
} from '../../src/embed/quotation.js';

export const EMBED_FORMATS = ['element', 'blockquote', 'iframe'] as const;
export type EmbedFormat = (typeof EMBED_FORMATS)[number];

/** What to embed: one clause, or the whole document. */
export type EmbedTarget = { readonly clause: ClauseNumber } | 'document';

/** Files of dist/, as a site hosts them under its base URL. */
export const MODULE_FILE = 'qingdao-initiative.js';
export const RESIZER_FILE = 'qingdao-embed-resizer.js';
export const FRAME_SCRIPT_FILE = 'qingdao-embed-frame.js';
export const EMBED_STYLES_FILE = 'embed/embed.css';
/** The published page the text comes from, copied into dist/ by the build. */
export const SOURCE_FILE = releaseSource.file;

export interface EmbedCodeOptions {
  /** `element` (default), `blockquote` or `iframe`. */
  readonly format?: EmbedFormat | undefined;
  /** `{ clause: 3 }` or `'document'`. */
  readonly which: EmbedTarget;
  /** The language of the quotation (`zh-Hans`, `en`, `ru`). */
  readonly language: Language;
  /**
   * Where the site hosts the package's `dist/` folder: an absolute URL or a
   * path on the site (`/static/qingdao/`). The module is
   * `<baseUrl>/qingdao-initiative.js`, the embed pages `<baseUrl>/embed/`.
   * Needed by the `element` format (unless `scriptUrl`) and by `iframe`.
   */
  readonly baseUrl?: string | undefined;
  /** The module's URL for the `element` format, if not under `baseUrl`. */
  readonly scriptUrl?: string | undefined;
  /** `sha384-…` of the module, for the `element` format's script. */
  readonly integrity?: string | undefined;
  /** A clause's `variant` (`card`, `inline`); written only for `inline`. */
  readonly variant?: string | undefined;
  /** `light` (default), `dark` or `auto`; written only when not `light`. */
  readonly theme?: string | undefined;
  /**
   * The quotation's `cite`: where its text comes from. Default: the
   * published page as the site hosts it (`<baseUrl>/source/…`), when there is
   * a base URL.
   */
  readonly citeUrl?: string | undefined;
}

/** Escapes text between tags: only what could open a tag or an entity. */
export const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Escapes a double-quoted attribute value. */
const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

type Attributes = Readonly<Record<string, string | undefined>>;

function openTag(tag: string, attributes: Attributes): string {
  const pairs = Object.entries(attributes)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) =>
      value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
    );
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

/** `base` and `file` joined with one slash. */
export const joinUrl = (base: string, file: string): string =>
  `${base.replace(/\/+$/, '')}/${file}`;

function findClause(number: number): Clause {
  const clause = initiative.clauses.find((c) => c.number === number);
  if (!clause) {
    throw new RangeError(
      `There is no clause ${number}; clauses are numbered 1 to 6.`,
    );
  }
  return clause;
}

function textRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) =>
      run.language
        ? inline('span', { lang: run.language }, escapeText(run.text))
        : escapeText(run.text),
    )
    .join('');
}

/** A clause's title, body, and where the published text breaks off, mark and note. */
function clauseBlocks(
  clause: Clause,
  language: Language,
  titleTag: 'p' | 'h3',
): string[] {
  const text = clauseText(clause, language);
  const title = escapeText(text.label + text.separator + text.heading);
  return [
    titleTag === 'p'
      ? inline('p', {}, inline('strong', {}, title))
      : inline('h3', {}, title),
    inline('p', {}, escapeText(text.body + (text.breakMark ?? ''))),
    ...(text.note ? [inline('p', { role: 'note' }, textRuns(text.note))] : []),
  ];
}

/**
 * The citation line. Chinese titles stand in 《》, never in italics: a
 * `<cite>`, italic in every browser's own styles, would slant the glyphs.
 */
function citationLine(language: Language, clause?: ClauseNumber): string {
  const citation = escapeText(editorial[language].citation(clause));
  return inline(
    'p',
    {},
    attributionDash(language) +
      (language === 'zh-Hans' ? citation : inline('cite', {}, citation)),
  );
}

/**
 * The quotation: one `<blockquote>` whose blocks are the widget's (title,
 * body, the citation line), marked by class for the module to find again.
 * The citation sits inside, where every editor keeps it (as Twitter's embed
 * code does).
 */
export function quotation(
  which: EmbedTarget,
  language: Language,
  options: Pick<EmbedCodeOptions, 'variant' | 'theme' | 'citeUrl'> = {},
): string[] {
  const classes = [
    QUOTE_CLASS,
    which === 'document' ? DOCUMENT_CLASS : clauseClass(which.clause),
    languageClass(language),
    ...(options.variant === 'inline' ? [variantClass('inline')] : []),
    ...(writtenTheme(options.theme) ? [themeClass(options.theme!)] : []),
  ];
  const attributes = {
    class: classes.join(' '),
    lang: language,
    cite: options.citeUrl || undefined,
    'data-qingdao-clause':
      which === 'document' ? undefined : String(which.clause),
    'data-qingdao-lang': language,
  };
  if (which === 'document') {
    const words = editorial[language];
    return block('blockquote', attributes, [
      inline('h2', {}, initiative.title[language].map(escapeText).join('<br>')),
      inline('p', {}, escapeText(words.releaseLine)),
      inline('p', {}, escapeText(words.versionNote)),
      inline('p', {}, escapeText(initiative.preamble[language])),
      ...initiative.clauses.flatMap((clause) =>
        clauseBlocks(clause, language, 'h3'),
      ),
      citationLine(language),
    ]);
  }
  const clause = findClause(which.clause);
  return block('blockquote', attributes, [
    ...clauseBlocks(clause, language, 'p'),
    citationLine(language, clause.number),
  ]);
}

/** Light is the default: the theme is only written for another one. */
const writtenTheme = (theme: string | undefined) =>
  theme && theme !== 'light' ? theme : undefined;

/** The embed page's file under dist/, e.g. `embed/clause-3-en.html`. */
export const embedPageFile = (which: EmbedTarget, language: Language) =>
  `embed/${which === 'document' ? 'initiative' : `clause-${which.clause}`}-${language}.html`;

/** The oEmbed response's file beside its page. */
export const oembedFile = (which: EmbedTarget, language: Language) =>
  embedPageFile(which, language).replace(/\.html$/, '.json');

/** The citation, as the frame's accessible name and the page's title. */
const frameTitle = (which: EmbedTarget, language: Language) =>
  editorial[language].citation(which === 'document' ? undefined : which.clause);

/**
 * A frame height, in CSS px, that holds the whole text on a 360 px phone,
 * where no script sizes the frame: each block's lines at that width in the
 * embed page's 16 px type (characters a line: Chinese ~20, Russian ~30,
 * English ~36; fewer in the larger headings, more in the small citation
 * and notes), plus the page's padding and the switch, and a tenth to spare.
 */
export function defaultFrameHeight(
  which: EmbedTarget,
  language: Language,
): number {
  const perLine = { 'zh-Hans': 20, en: 36, ru: 30 }[language];
  const lines = quotation(which, language).slice(1, -1);
  const height = lines.reduce(
    (sum, line, index) => {
      const [size, leading, before] = line.startsWith('  <h2')
        ? [1.5, 1.3, 0]
        : line.startsWith('  <h3')
          ? [1.1, 1.6, 16]
          : index === lines.length - 1 || line.includes('role="note"')
            ? [0.8125, 1.6, 12]
            : [1, 1.6, 0];
      const text = line.replace(/<[^>]+>/g, '').trim();
      const count = Math.ceil((text.length * size) / perLine);
      return sum + before + count * 16 * size * leading + 8;
    },
    16 + 32 + 50,
  );
  return Math.ceil((height * 1.1) / 10) * 10;
}

function requireBaseUrl(options: EmbedCodeOptions, format: EmbedFormat) {
  if (!options.baseUrl) {
    throw new TypeError(
      `The ${format} format needs baseUrl: where your site hosts the package's dist/ folder.`,
    );
  }
  return options.baseUrl;
}

/**
 * The embed code for one clause or the whole document, in one language and
 * format. Every text and attribute value is escaped.
 *
 * @throws RangeError for a clause other than 1 … 6 or an unknown language.
 * @throws TypeError for `variant` with the whole document, an unknown
 *   format, or a missing `baseUrl` where the format needs one.
 */
export function embedCode(options: EmbedCodeOptions): string {
  const { which, language, format = 'element' } = options;
  if (!LANGUAGES.includes(language)) {
    throw new RangeError(
      `Unknown language "${language}"; use one of ${LANGUAGES.join(', ')}.`,
    );
  }
  if (which !== 'document') findClause(which.clause);
  if (which === 'document' && options.variant) {
    throw new TypeError(
      'variant applies to a clause, not to the whole document.',
    );
  }
  const citeUrl =
    options.citeUrl ||
    (options.baseUrl ? joinUrl(options.baseUrl, SOURCE_FILE) : undefined);
  const quote = quotation(which, language, { ...options, citeUrl });
  switch (format) {
    case 'blockquote':
      return [...quote, ''].join('\n');
    case 'iframe': {
      const base = requireBaseUrl(options, format);
      return [
        inline(
          'iframe',
          {
            src: joinUrl(base, embedPageFile(which, language)),
            title: frameTitle(which, language),
            class: 'qingdao-embed',
            loading: 'lazy',
            width: '100%',
            height: String(defaultFrameHeight(which, language)),
            frameborder: '0',
          },
          '',
        ),
        '',
      ].join('\n');
    }
    case 'element': {
      const scriptUrl =
        options.scriptUrl ||
        joinUrl(requireBaseUrl(options, format), MODULE_FILE);
      const element = block(
        which === 'document' ? 'qingdao-initiative' : 'qingdao-clause',
        {
          clause: which === 'document' ? undefined : String(which.clause),
          lang: language,
          variant: options.variant === 'inline' ? 'inline' : undefined,
          theme: writtenTheme(options.theme),
        },
        quote,
      );
      const script = inline(
        'script',
        {
          type: 'module',
          src: scriptUrl,
          integrity: options.integrity,
          crossorigin: 'anonymous',
        },
        '',
      );
      return [...element, script, ''].join('\n');
    }
    default:
      throw new TypeError(
        `Unknown format "${String(format)}"; use one of ${EMBED_FORMATS.join(', ')}.`,
      );
  }
}

/** The one line a site's template needs for the `blockquote` format. */
export const templateScript = (baseUrl: string, integrity?: string) =>
  inline(
    'script',
    {
      type: 'module',
      src: joinUrl(baseUrl, MODULE_FILE),
      integrity,
      crossorigin: 'anonymous',
    },
    '',
  );

/**
 * The static embed page for the `iframe` format: the full text as HTML
 * that reads well with scripts blocked (`sandbox=""`); where scripts run,
 * the module adds the switch and a classic script reports the page's
 * height to the embedding page (WordPress's protocol and ours). Links are
 * relative, so the pages work wherever dist/ is hosted; the oEmbed link,
 * which consumers fetch on their own, is absolute.
 */
export function embedPage(
  which: EmbedTarget,
  language: Language,
  baseUrl: string,
): string {
  const title = frameTitle(which, language);
  const element =
    which === 'document' ? 'qingdao-initiative' : 'qingdao-clause';
  return [
    '<!doctype html>',
    openTag('html', { lang: language }),
    '<head>',
    openTag('meta', { charset: 'utf-8' }),
    openTag('meta', {
      name: 'viewport',
      content: 'width=device-width, initial-scale=1',
    }),
    inline('title', {}, escapeText(title)),
    openTag('link', {
      rel: 'alternate',
      type: 'application/json+oembed',
      href: joinUrl(baseUrl, oembedFile(which, language)),
      title,
    }),
    openTag('link', { rel: 'stylesheet', href: 'embed.css' }),
    inline('script', { src: `../${FRAME_SCRIPT_FILE}`, async: '' }, ''),
    inline('script', { type: 'module', src: `../${MODULE_FILE}` }, ''),
    '</head>',
    '<body>',
    ...block(
      element,
      {
        clause: which === 'document' ? undefined : String(which.clause),
        lang: language,
      },
      quotation(which, language, {
        citeUrl: joinUrl(baseUrl, SOURCE_FILE),
      }),
    ),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The page's oEmbed response (oembed.com, type `rich`), served as a static
 * JSON file: the quotation and the frame, which is what WordPress accepts
 * from any site that offers discovery (it keeps only `blockquote` and
 * `iframe`, sandboxes the frame and sizes it on the page's height messages).
 */
export function oembed(
  which: EmbedTarget,
  language: Language,
  baseUrl: string,
) {
  const height = defaultFrameHeight(which, language);
  const frame = inline(
    'iframe',
    {
      src: joinUrl(baseUrl, embedPageFile(which, language)),
      title: frameTitle(which, language),
      width: '600',
      height: String(height),
      frameborder: '0',
    },
    '',
  );
  return {
    version: '1.0',
    type: 'rich',
    title: frameTitle(which, language),
    provider_name: 'Qingdao Initiative',
    provider_url: baseUrl,
    width: 600,
    height,
    html: [...quotation(which, language), frame].join('\n'),
  };
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
