// What a partner page pays for the widget, in Chromium:
//
//   npm run bench                  every measure
//   npm run bench -- size axe      some of them (names below)
//
// Prints one table, each figure against its goal, and writes it with the
// machine to bench/results.json. Timings and ratios are noisy (a busy
// machine doubles them): a missed goal is printed as MISSED. Only a hard
// budget (size, accessibility, correctness) fails the run, with exit code 1.
import { existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';

import { CHROMIUM_ARGS, ensureBrowsers } from '../scripts/browsers.mjs';
import { Bench, type Figure, type Measure } from './harness.js';
import axe from './measures/axe.js';
import documentSwitch from './measures/document-switch.js';
import documentVersusStatic from './measures/document-vs-static.js';
import embedsVersusStatic from './measures/embeds-vs-static.js';
import evaluate from './measures/evaluate.js';
import firstRender from './measures/first-render.js';
import heapPer100 from './measures/heap-per-100.js';
import layoutShift from './measures/layout-shift.js';
import manySwitches from './measures/many-switches.js';
import memory from './measures/memory.js';
import size from './measures/size.js';
import languageSwitch from './measures/switch.js';

const MEASURES: Record<string, Measure> = {
  size,
  evaluate,
  'first-render': firstRender,
  'document-vs-static': documentVersusStatic,
  'embeds-vs-static': embedsVersusStatic,
  switch: languageSwitch,
  'document-switch': documentSwitch,
  'layout-shift': layoutShift,
  memory,
  'heap-per-100': heapPer100,
  'many-switches': manySwitches,
  axe,
};

const here = path.dirname(fileURLToPath(import.meta.url));
const modulePath = path.join(here, '..', 'dist', 'qingdao-initiative.js');
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in MEASURES));
if (unknown.length) {
  log(
    `no measure ${unknown.join(', ')}; measures: ${Object.keys(MEASURES).join(', ')}`,
  );
  process.exit(2);
}
if (!existsSync(modulePath)) {
  log('dist/qingdao-initiative.js is missing: run `npm run build` first.');
  process.exit(2);
}

const formats: Record<Figure['unit'], (value: number) => string> = {
  ms: (v) => `${v.toFixed(1)} ms`,
  B: (v) => `${(v / 1024).toFixed(1)} KB`,
  MB: (v) => `${(v / 2 ** 20).toFixed(2)} MB`,
  '×': (v) => `${v.toFixed(2)}×`,
  count: (v) => String(v),
  CLS: (v) => v.toFixed(4),
  px: (v) => `${v.toFixed(0)} px`,
};

function verdict({ value, goal, hard }: Figure): string {
  if (!goal) return '';
  const [op, limit] = goal;
  const met =
    op === '≤' ? value <= limit : op === '<' ? value < limit : value === limit;
  return met ? 'PASS' : hard ? 'FAIL' : 'MISSED';
}

const bundle = await readFile(modulePath);
const browser = await chromium.launch({
  executablePath: ensureBrowsers(['chromium']).chromium,
  args: CHROMIUM_ARGS,
});
// Other work on the machine slows every timing: say how busy it was.
const machine = {
  cpu: cpus()[0]!.model.trim(),
  cores: cpus().length,
  loadAverage: Number(loadavg()[0]!.toFixed(2)),
  chromium: browser.version(),
  node: process.version,
  date: new Date().toISOString(),
};
const bench = await Bench.start(browser, bundle);
const results: Record<string, Figure[]> = {};
const broken: string[] = [];
const started = performance.now();
try {
  for (const name of names.length ? names : Object.keys(MEASURES)) {
    log(`${name}…`);
    try {
      results[name] = await MEASURES[name]!(bench);
    } catch (error) {
      // The other measures still run; this one fails the run.
      log(`${name} failed: ${(error as Error).stack}`);
      broken.push(`${name} (error)`);
      continue;
    }
    for (const { name: figure, value, unit } of results[name]) {
      log(`  ${figure.trim()}: ${formats[unit](value)}`);
    }
  }
} finally {
  await browser.close();
  bench.close();
}

const figures = Object.values(results).flat();
const rows = figures.map((figure) => [
  figure.name,
  formats[figure.unit](figure.value),
  figure.goal
    ? `${figure.goal[0]} ${formats[figure.unit](figure.goal[1])}`
    : '',
  verdict(figure),
]);
const header = ['Measure', 'Value', 'Goal', 'Result'];
const widths = header.map((cell, i) =>
  Math.max(cell.length, ...rows.map((row) => row[i]!.length)),
);
console.log(
  `${machine.cores} × ${machine.cpu}, load average ${machine.loadAverage} ` +
    `at the start; Chromium ${machine.chromium}, Node ${machine.node}; ${machine.date}\n`,
);
for (const row of [header, widths.map((width) => '-'.repeat(width)), ...rows]) {
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}
if (bench.errors.length) {
  console.log(`\nScript errors:\n  ${bench.errors.join('\n  ')}`);
}
log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);

// In Prettier's layout, so that `prettier --check .` passes over it.
const file = path.join(here, 'results.json');
const json = JSON.stringify({ machine, results });
const options = { ...(await resolveConfig(file)), filepath: file };
writeFileSync(file, await format(json, options));

const failed = [
  ...broken,
  ...figures.filter((f) => verdict(f) === 'FAIL').map((f) => f.name.trim()),
  ...(bench.errors.length ? ['script errors on a page'] : []),
];
if (failed.length) {
  log(`failed: ${failed.join('; ')}`);
  process.exitCode = 1;
}
