/**
 * The embed code through a publishing tool, then published in an article
 * page whose template loads the module: what does the reader get? Each
 * format goes in as a site sets it and, in visual editors, as a visitor
 * pastes it (the demo's copy button: `text/html` and `text/plain`). The
 * reader must get the quotation's every sentence once, or nothing, never
 * markup shown as text, and the widget wherever the tool kept enough of it.
 * Each test file prints the matrix it observed (console).
 */
import { expect } from '@open-wc/testing';
import {
  embedCode,
  embedPageFile,
  type EmbedFormat,
  type EmbedTarget,
} from '../../scripts/lib/embed-code.js';
import { editorial } from '../../src/content/index.js';
import type { Language } from '../../src/content/types.js';
import { shownLanguage } from '../support/elements.js';
import {
  loadSource,
  sourceSections,
  splitSentences,
  type SourceSections,
} from '../support/source-text.js';
import { BASE_URL, closeArticles, publish, type Reading } from './article.js';
import type { Tool } from './tools/tool.js';

export type Harness = { tools(): Promise<Tool[]> };

/**
 * A harness by URL: the server compiles `.ts`, and bundles those that import
 * CommonJS or a whole editor (`.bundle.js`).
 */
export const harness = (name: string, bundled = false): Promise<Harness> =>
  import(
    /* @vite-ignore */ new URL(
      `./tools/${name}${bundled ? '.bundle.js' : '.ts'}`,
      import.meta.url,
    ).href
  );

const FORMATS: readonly EmbedFormat[] = ['element', 'blockquote', 'iframe'];

/**
 * What the reader got, most capable first: our widget; the quotation as
 * static text; a frame on our embed page; a link to it; nothing of ours; a
 * frame on a page that is not there (its URL rewritten by the tool).
 */
type Outcome =
  'widget' | 'quote' | 'frame' | 'link' | 'nothing' | 'broken frame';

/**
 * What each tool gives the reader of the `iframe` format (research and
 * observed alike). The other two formats give the widget everywhere, except
 * where noted in `expectedOutcome`.
 */
const IFRAME_OUTCOME: Record<string, Outcome> = {
  // TinyMCE makes a URL on its own site relative to the editing page
  // (`relative_urls`, on by default): wrong on the article's page.
  'TinyMCE 8 (default)': 'broken frame',
  'TinyMCE 8 (custom_elements)': 'broken frame',
  'CKEditor 5 (common plugins)': 'nothing',
  'CKEditor 5 (General HTML Support)': 'frame',
  'Quill 2 (root.innerHTML)': 'frame',
  'Quill 2 (getSemanticHTML)': 'link',
  'KindEditor 4.1.10 (filterMode)': 'frame',
  'DOMPurify 3 (default)': 'nothing',
  'sanitize-html 2 (default)': 'nothing',
  'UEditor 1.4.3.3 whitelist (js-xss)': 'nothing',
  'WordPress wp_kses_post': 'nothing',
};

function expectedOutcome(tool: string, format: EmbedFormat): Outcome {
  if (format === 'iframe') return IFRAME_OUTCOME[tool] ?? 'nothing';
  // UEditor removes an element it does not list with all it holds.
  if (tool.startsWith('UEditor') && format === 'element') return 'nothing';
  return 'widget';
}

let source: SourceSections;

/** Compared without whitespace: editors re-wrap and turn spaces into &nbsp;. */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const occurrences = (text: string, part: string) =>
  squeeze(text).split(part).length - 1;

/**
 * The sentences of what `which` quotes, from the published page: a clause
 * and its citation, or the whole text's preamble and clauses (its title
 * recurs in the quotation's citation, which the widget leaves out).
 */
function expectedSentences(which: EmbedTarget, language: Language): string[] {
  const texts =
    which === 'document'
      ? [
          source.preamble[language],
          ...source.clauses.map((clause) => clause[language]),
        ]
      : [
          source.clauses[which.clause - 1]![language],
          editorial[language].citation(which.clause),
        ];
  // Labels such as `III.` stand in longer sentences' company: too short to count.
  return [...new Set(texts.flatMap(splitSentences).map(squeeze))].filter(
    (sentence) => sentence.length >= 6,
  );
}

/** tool → column (format, how it went in) → language → cell. */
const matrix = new Map<string, Map<string, Map<Language, string>>>();

function record(
  tool: string,
  column: string,
  language: Language,
  cell: string,
) {
  if (!matrix.has(tool)) matrix.set(tool, new Map());
  const row = matrix.get(tool)!;
  if (!row.has(column)) row.set(column, new Map());
  row.get(column)!.set(language, cell);
}

function printMatrix() {
  const columns = [
    ...new Set([...matrix.values()].flatMap((row) => [...row.keys()])),
  ];
  const lines = [
    `| tool | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---|').join('')}`,
    ...[...matrix].map(([tool, row]) => {
      const cells = columns.map((column) => {
        const byLanguage = row.get(column);
        if (!byLanguage) return '–';
        const values = [...new Set(byLanguage.values())];
        return values.length === 1
          ? values[0]
          : [...byLanguage]
              .map(([language, cell]) => `${language}: ${cell}`)
              .join('; ');
      });
      return `| ${tool} | ${cells.join(' | ')} |`;
    }),
  ];
  console.log(
    `What the reader gets (${navigator.userAgent}):\n${lines.join('\n')}`,
  );
}

/** How a frame shows: sandboxed or not, and whether its height holds its page. */
function frameNote(reading: Reading): string {
  const notes = reading.frames.flatMap(({ frame, sandbox, document: page }) => {
    const needed = page?.documentElement.scrollHeight ?? 0;
    return [
      sandbox === null ? '' : `sandbox="${sandbox}"`,
      frame.clientHeight < needed
        ? `cut: ${frame.clientHeight} of ${needed} px`
        : '',
    ];
  });
  return notes.filter(Boolean).join(', ');
}

async function readerGets(
  tool: Tool,
  format: EmbedFormat,
  which: EmbedTarget,
  language: Language,
  input: 'set' | 'paste',
): Promise<void> {
  const code = embedCode({ format, which, language, baseUrl: BASE_URL });
  const page = new URL(`${BASE_URL}/${embedPageFile(which, language)}`);
  const framesPage = (frame: HTMLIFrameElement) =>
    new URL(frame.src).pathname === page.pathname;
  const stored =
    input === 'paste' ? await tool.paste!(code, code) : await tool.set(code);
  const reading = await publish(stored, language);
  const sentences = expectedSentences(which, language);
  const framesText = reading.frames.map((frame) => frame.text).join(' ');
  const everything = `${reading.text} ${framesText}`;
  const shown = sentences.filter(
    (sentence) => occurrences(everything, sentence) > 0,
  );
  const twice = sentences.filter(
    (sentence) => occurrences(everything, sentence) > 1,
  );

  const outcome: Outcome =
    reading.widgets.length > 0
      ? 'widget'
      : sentences.every((sentence) => occurrences(reading.text, sentence) > 0)
        ? 'quote'
        : reading.frames.some(({ frame }) => !framesPage(frame))
          ? 'broken frame'
          : reading.frames.length > 0
            ? 'frame'
            : reading.links.length > 0
              ? 'link'
              : 'nothing';
  const note = outcome === 'frame' ? frameNote(reading) : '';
  const column = `${format}${which === 'document' ? ' (document)' : ''}${input === 'paste' ? ', pasted' : ''}`;
  record(tool.name, column, language, note ? `${outcome} (${note})` : outcome);

  const where = `${tool.name}, ${column}, ${language}; stored:\n${stored}`;
  expect(twice, `sentences shown twice: ${where}`).to.deep.equal([]);
  // All of it, or nothing of it: never a part.
  if (shown.length > 0) {
    const missing = sentences.filter((sentence) => !shown.includes(sentence));
    expect(missing, `sentences missing: ${where}`).to.deep.equal([]);
  }
  expect(everything, `markup shown as text: ${where}`).not.to.match(
    /[<>]|qingdao-/,
  );
  for (const widget of reading.widgets) {
    expect(shownLanguage(widget), `widget language: ${where}`).to.equal(
      language,
    );
  }
  expect(outcome, where).to.equal(expectedOutcome(tool.name, format));
}

/**
 * Defines the tests of every tool the harnesses give: each format, as set
 * and as pasted, in each of `languages`, for clause 3; and the whole
 * document in English. Prints the matrix once they have run.
 */
export async function describeTools(
  harnesses: readonly Promise<Harness>[],
  languages: readonly Language[],
): Promise<void> {
  const tools: Tool[] = [];
  for (const loading of harnesses)
    tools.push(...(await (await loading).tools()));
  before(async () => {
    source = sourceSections(await loadSource());
  });
  afterEach(closeArticles);
  after(printMatrix);
  for (const tool of tools) {
    describe(tool.name, () => {
      for (const format of FORMATS) {
        for (const input of tool.paste
          ? (['set', 'paste'] as const)
          : (['set'] as const)) {
          for (const language of languages) {
            it(`${format}, clause 3, ${language}, ${input}`, async function () {
              this.timeout(30_000);
              await readerGets(tool, format, { clause: 3 }, language, input);
            });
          }
        }
      }
      for (const format of ['element', 'blockquote'] as const) {
        it(`${format}, whole document, en, set`, async function () {
          this.timeout(30_000);
          await readerGets(tool, format, 'document', 'en', 'set');
        });
      }
    });
  }
}
