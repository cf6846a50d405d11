// Prints the embed code for one clause or the whole document, in one of the
// three formats (see scripts/lib/embed-code.ts):
//
//   npm run snippet -- --clause 3 --lang en --format blockquote
//   npm run snippet -- --whole --lang zh-CN --format element --base-url https://www.example.gov.cn/qingdao/
//
// Only the code goes to stdout, so `npm run -s snippet -- … > embed.html`
// works; build output and notes go to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import type { ClauseNumber } from '../src/content/index.js';
import { CLAUSE_VARIANTS, THEMES } from '../src/internal/property-values.js';
import { toLanguage } from '../src/language/tags.js';
import {
  EMBED_FORMATS,
  MODULE_FILE,
  embedCode,
  subresourceIntegrity,
  templateScript,
  type EmbedFormat,
} from './lib/embed-code.js';

const root = path.dirname(import.meta.dirname);
const bundlePath = path.join(root, 'dist', MODULE_FILE);

const usage = `Usage: npm run snippet -- (--clause N | --whole) --lang LANG [options]

Prints the code to paste into a page. Every format carries the full text as
plain HTML, which readers without JavaScript and search engines get.

  --clause N          One clause, 1 to 6
  --whole             The whole document
  --lang LANG         zh-Hans, en or ru; other BCP 47 forms too (zh, zh-CN, en-GB, ru-RU…)
  --format FORMAT     element (default): the widget with its fallback and the
                        module's script, for site templates and HTML blocks;
                      blockquote: the quotation alone, for visual editors
                        (TinyMCE, CKEditor, UEditor, WordPress…); the module,
                        loaded once by the site's template, upgrades it;
                      iframe: a frame on the static embed page, for editors
                        that keep frames but strip everything else
  --base-url URL      Where your site hosts the package's dist/ folder
                        (https://www.example.gov.cn/static/qingdao/ or /static/qingdao/);
                        needed by element and iframe
  --script-url URL    The module's own URL, for element, if not under --base-url
  --variant NAME      card (default) or inline (clauses only)
  --theme NAME        light (default), dark or auto
  --cite-url URL      The quotation's cite (default: the published page under --base-url)
  --help              This text
`;

function fail(message: string): never {
  process.stderr.write(`snippet: ${message}\n\n${usage}`);
  process.exit(2);
}

/** An absolute http(s) URL, or a path on the partner's own site. */
const isUrl = (value: string) =>
  /^(?:https?:\/\/[^\s/]|\/|\.\.?\/)/i.test(value) && !/\s/.test(value);

const options = {
  clause: { type: 'string' },
  whole: { type: 'boolean' },
  lang: { type: 'string' },
  format: { type: 'string' },
  'base-url': { type: 'string' },
  'script-url': { type: 'string' },
  variant: { type: 'string' },
  theme: { type: 'string' },
  'cite-url': { type: 'string' },
  help: { type: 'boolean' },
} as const;

let args!: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  ({ values: args } = parseArgs({ options, strict: true }));
} catch (error) {
  fail((error as Error).message);
}

if (args.help) {
  process.stdout.write(usage);
  process.exit(0);
}

if ((args.clause === undefined) === !args.whole) {
  fail('give either --clause N or --whole.');
}
if (args.clause !== undefined && !/^[1-6]$/.test(args.clause)) {
  fail(`--clause must be 1 to 6, not "${args.clause}".`);
}
if (args.lang === undefined) fail('--lang is required.');
const language = toLanguage(args.lang);
if (!language) {
  fail(
    `--lang "${args.lang}" is not a language of the text; use zh-Hans, en or ru (or zh-CN, en-GB, ru-RU…).`,
  );
}
const format = (args.format ?? 'element') as EmbedFormat;
if (!EMBED_FORMATS.includes(format)) {
  fail(`--format must be one of ${EMBED_FORMATS.join(', ')}, not "${format}".`);
}
for (const name of ['base-url', 'script-url', 'cite-url'] as const) {
  const value = args[name];
  if (value !== undefined && !isUrl(value)) {
    fail(
      `--${name} must be an http(s) URL or a path on your site, not "${value}".`,
    );
  }
}
const needsBase =
  format === 'iframe' || (format === 'element' && !args['script-url']);
if (needsBase && !args['base-url']) {
  fail(
    `--format ${format} needs --base-url: where your site hosts dist/ (the package is not on a registry or CDN yet, so there is no default address).`,
  );
}
if (args.whole && args.variant !== undefined) {
  fail('--variant applies to --clause only.');
}
if (
  args.variant !== undefined &&
  !(CLAUSE_VARIANTS as readonly string[]).includes(args.variant)
) {
  fail(
    `--variant must be one of ${CLAUSE_VARIANTS.join(', ')}, not "${args.variant}".`,
  );
}
if (
  args.theme !== undefined &&
  !(THEMES as readonly string[]).includes(args.theme)
) {
  fail(`--theme must be one of ${THEMES.join(', ')}, not "${args.theme}".`);
}

/** The integrity of the local build (built first if missing). */
async function builtIntegrity(): Promise<string> {
  if (!existsSync(bundlePath)) {
    process.stderr.write(
      'dist/qingdao-initiative.js is missing: building it…\n',
    );
    const built = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    });
    if (built.status !== 0 || !existsSync(bundlePath)) {
      process.stderr.write('snippet: `npm run build` failed.\n');
      process.exit(1);
    }
  }
  return subresourceIntegrity(readFileSync(bundlePath));
}

// The iframe format loads nothing itself: its embed pages carry their own.
const integrity = format === 'iframe' ? undefined : await builtIntegrity();
if (integrity) {
  process.stderr.write(
    'integrity: of the local dist/qingdao-initiative.js; host that same file.\n',
  );
}

process.stdout.write(
  embedCode({
    format,
    which: args.whole
      ? 'document'
      : { clause: Number(args.clause) as ClauseNumber },
    language,
    baseUrl: args['base-url'],
    scriptUrl: args['script-url'],
    integrity,
    variant: args.variant,
    theme: args.theme,
    citeUrl: args['cite-url'],
  }),
);
if (format === 'blockquote') {
  process.stderr.write(
    `Once, in the site's page template:\n  ${templateScript(args['base-url'] ?? '<base-url>', integrity)}\n`,
  );
}
