// Lighthouse on the built demo, as `npm start` serves it: mobile and
// desktop, the median of three runs each, the four category scores.
//
//   npm run audit                 (builds first when demo-dist/ is missing)
//
// Lighthouse 12 (the last line that runs on Node 20) drives the system
// Chromium that the browser tests use. Exit code 1 when a median is below 100.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { preview } from 'vite';

import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.mjs';

const root = path.dirname(import.meta.dirname);
const RUNS = 3;
const CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;

if (!existsSync(path.join(root, 'demo-dist', 'index.html'))) {
  const built = spawnSync('npm', ['run', 'build:demo'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(1);
}

const server = await preview({
  root,
  mode: 'demo',
  preview: { port: 0, strictPort: false, open: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls!.local[0]!;
const chrome = await chromeLauncher.launch({
  chromePath: ensureBrowsers(['chromium']).chromium,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let failed = false;
try {
  for (const device of ['mobile', 'desktop'] as const) {
    const scores: Record<string, number[]> = {};
    for (let run = 0; run < RUNS; run++) {
      const flags: Flags = {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      };
      const result = await lighthouse(
        url,
        flags,
        device === 'desktop' ? desktopConfig : undefined,
      );
      for (const category of CATEGORIES) {
        const score = Math.round(
          (result!.lhr.categories[category]!.score ?? 0) * 100,
        );
        (scores[category] ??= []).push(score);
      }
      const misses = Object.values(result!.lhr.audits).filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual',
      );
      for (const audit of misses.slice(0, 8)) {
        console.log(
          `  ${device} run ${run + 1}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`,
        );
      }
    }
    const line = CATEGORIES.map((category) => {
      const value = median(scores[category]!);
      failed ||= value < 100;
      return `${category} ${value} (${scores[category]!.join(', ')})`;
    });
    console.log(`${device.padEnd(8)} ${line.join(' · ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
const { version } = JSON.parse(
  readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
) as { version: string };
console.log(`Lighthouse ${version}, median of ${RUNS} runs, ${url}`);
process.exitCode = failed ? 1 : 0;
