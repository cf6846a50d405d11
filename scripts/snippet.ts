// Prints the embed code for one clause or the whole document, with its
// no-JavaScript fallback and the integrity of the built module:
//
//   npm run snippet -- --clause 3 --lang en
//   npm run snippet -- --whole --lang zh-CN --script-url https://partner.example/qingdao-initiative.js
//
// Only the snippet goes to stdout, so `npm run -s snippet -- … > embed.html`
// works; build output and notes go to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import type { ClauseNumber } from '../src/content/index.js';
import { THEMES } from '../src/internal/property-values.js';
import { toLanguage } from '../src/language/tags.js';
import {
  cdnUrl,
  embedSnippet,
  MODULE_FILE,
  SOURCE_FILE,
  subresourceIntegrity,
} from './lib/embed-code.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundlePath = path.join(root, 'dist', 'qingdao-initiative.js');
const packageJson = JSON.parse(
  readFileSync(path.join(root, 'package.json'), 'utf8'),
) as { name: string; version: string };

const defaultScriptUrl = cdnUrl(packageJson, MODULE_FILE);

const usage = `Usage: npm run snippet -- (--clause N | --whole) --lang LANG [options]

Prints the HTML to paste into a page: the element with the same text inside
as plain HTML (what readers without JavaScript and search engines see), then
the module's <script> with its integrity (of dist/qingdao-initiative.js,
built first if missing).

  --clause N          One clause, 1 to 6
  --whole             The whole document
  --lang LANG         zh-Hans, en or ru; other BCP 47 forms too (zh, zh-CN, en-GB, ru-RU…)
  --script-url URL    Where the page loads the module from
                      (default: ${defaultScriptUrl})
  --variant NAME      The clause's variant attribute (clauses only)
  --theme NAME        light (default), dark or auto
  --cite-url URL      The blockquote's cite, a link to the source (clauses only;
                      default: the published page as the package ships it)
  --help              This text
`;

function fail(message: string): never {
  process.stderr.write(`snippet: ${message}\n\n${usage}`);
  process.exit(2);
}

/** An absolute http(s) URL, or a path on the partner's own site. */
function isScriptUrl(value: string): boolean {
  return /^(?:https?:\/\/[^\s/]|\/|\.\.?\/)/i.test(value) && !/\s/.test(value);
}

const options = {
  clause: { type: 'string' },
  whole: { type: 'boolean' },
  lang: { type: 'string' },
  'script-url': { type: 'string' },
  variant: { type: 'string' },
  theme: { type: 'string' },
  'cite-url': { type: 'string' },
  help: { type: 'boolean' },
} as const;

let args!: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  ({ values: args } = parseArgs({
    options,
    strict: true,
    allowPositionals: false,
  }));
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
const scriptUrl = args['script-url'] ?? defaultScriptUrl;
if (!isScriptUrl(scriptUrl)) {
  fail(
    `--script-url must be an http(s) URL or a path on your site, not "${scriptUrl}".`,
  );
}
if (args['cite-url'] !== undefined && !URL.canParse(args['cite-url'])) {
  fail(`--cite-url must be an absolute URL, not "${args['cite-url']}".`);
}
if (
  args.whole &&
  (args.variant !== undefined || args['cite-url'] !== undefined)
) {
  fail('--variant and --cite-url apply to --clause only.');
}
if (
  args.theme !== undefined &&
  !(THEMES as readonly string[]).includes(args.theme)
) {
  fail(`--theme must be one of ${THEMES.join(', ')}, not "${args.theme}".`);
}
if (args.variant !== undefined && !/^[a-z][a-z0-9-]*$/.test(args.variant)) {
  fail(
    `--variant must be a name like "compact" (lowercase letters, digits, hyphens), not "${args.variant}".`,
  );
}

if (!existsSync(bundlePath)) {
  process.stderr.write('dist/qingdao-initiative.js is missing: building it…\n');
  // The build's own output goes to stderr too: stdout carries the snippet only.
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (built.status !== 0 || !existsSync(bundlePath)) {
    process.stderr.write('snippet: `npm run build` failed.\n');
    process.exit(1);
  }
}

const integrity = await subresourceIntegrity(readFileSync(bundlePath));
if (scriptUrl === defaultScriptUrl) {
  process.stderr.write(
    `Integrity of the local dist/qingdao-initiative.js; it matches ${packageJson.name}@${packageJson.version} on the CDN only if that is the same build.\n`,
  );
}

const citeUrl = args.whole
  ? undefined
  : (args['cite-url'] ?? cdnUrl(packageJson, SOURCE_FILE));

process.stdout.write(
  embedSnippet({
    which: args.whole
      ? 'document'
      : { clause: Number(args.clause) as ClauseNumber },
    language,
    variant: args.variant,
    theme: args.theme,
    scriptUrl,
    integrity,
    citeUrl,
  }),
);
