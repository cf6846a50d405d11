// Builds what the iframe format needs into dist/ (after `vite build`):
// the embed pages and their oEmbed responses for every clause and the whole
// document in each language, their stylesheet, the frame's height reporter,
// the optional resizer, and the published page the quotations cite.
//
//   tsx scripts/embed-pages.ts [--base-url URL]
//
// The base URL is where the site hosts dist/ (also QINGDAO_BASE_URL); the
// oEmbed responses need it absolute. Default: the local preview of
// `npm start`.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { build } from 'esbuild';

import { LANGUAGES, initiative } from '../src/content/index.js';
import {
  EMBED_STYLES_FILE,
  FRAME_SCRIPT_FILE,
  RESIZER_FILE,
  SOURCE_FILE,
  embedPage,
  embedPageFile,
  oembed,
  oembedFile,
  type EmbedTarget,
} from './lib/embed-code.js';

export const LOCAL_BASE_URL = 'http://127.0.0.1:4173/';

const root = path.dirname(import.meta.dirname);
const dist = path.join(root, 'dist');
const { values } = parseArgs({ options: { 'base-url': { type: 'string' } } });
const baseUrl =
  values['base-url'] ?? process.env.QINGDAO_BASE_URL ?? LOCAL_BASE_URL;
if (!/^https?:\/\/[^\s]+$/.test(baseUrl)) {
  throw new Error(
    `--base-url must be an absolute http(s) URL, not "${baseUrl}"`,
  );
}

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
};

const targets: EmbedTarget[] = [
  'document',
  ...initiative.clauses.map((clause) => ({ clause: clause.number })),
];
for (const which of targets) {
  for (const language of LANGUAGES) {
    write(embedPageFile(which, language), embedPage(which, language, baseUrl));
    write(
      oembedFile(which, language),
      `${JSON.stringify(oembed(which, language, baseUrl), null, 2)}\n`,
    );
  }
}

copyFileSync(
  path.join(root, 'src/embed/embed-page.css'),
  path.join(dist, EMBED_STYLES_FILE),
);
mkdirSync(path.join(dist, path.dirname(SOURCE_FILE)), { recursive: true });
copyFileSync(path.join(root, SOURCE_FILE), path.join(dist, SOURCE_FILE));

for (const [entry, file] of [
  ['src/embed/frame.ts', FRAME_SCRIPT_FILE],
  ['src/embed/resizer.ts', RESIZER_FILE],
]) {
  await build({
    entryPoints: [path.join(root, entry!)],
    outfile: path.join(dist, file!),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    logLevel: 'warning',
  });
}

console.log(
  `Embed pages for ${targets.length * LANGUAGES.length} quotations in dist/embed/, oEmbed for ${baseUrl}`,
);
