// What a page with the whole document and the six clauses holds in its JS
// heap (against the same page without the module), and whether 100 clauses
// put in and taken out again leave anything behind.
import type { Page } from 'playwright-core';

import {
  CLAUSES,
  figure,
  heap,
  liveInstances,
  median,
  type Bench,
} from '../harness.js';

const RUNS = 3;
const MB = 2 ** 20;

/** Adds, renders (one frame each) and removes `count` clauses. */
const churn = (page: Page, count: number) =>
  page.evaluate(async (count) => {
    const { frame, updated } = window.qingdaoBench;
    for (let i = 0; i < count; i++) {
      const clause = document.createElement('qingdao-clause');
      clause.setAttribute('clause', String((i % 6) + 1));
      clause.setAttribute('lang', ['zh-Hans', 'en', 'ru'][i % 3]!);
      if (i % 2) clause.setAttribute('variant', 'inline');
      document.querySelector('.story')!.append(clause);
      await updated([clause]);
      await frame();
      clause.remove();
    }
  }, count);

export default async function memory(bench: Bench) {
  const widgets = [
    bench.snippet({ which: 'document', language: 'en' }),
    ...CLAUSES.map((clause) =>
      bench.snippet({ which: { clause }, language: 'en' }),
    ),
  ];
  const withModule = bench.page('memory', { title: 'Memory', widgets });
  const without = bench.page('memory-without-module', {
    title: 'Memory',
    widgets: widgets.map((html) => html.replace(/<script.*/, '')),
  });
  const runs: Record<'used' | 'growth' | 'domGrowth' | 'live', number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const bare = await bench.open(without);
    const baseline = (await heap(await bare.cdp())).js;
    await bare.close();
    const { page, cdp, close } = await bench.open(withModule);
    await bench.rendered(page);
    const session = await cdp();
    const used = (await heap(session)).js - baseline;
    // Code compiled and caches filled on first use are not a leak.
    await churn(page, 10);
    const before = await heap(session);
    await churn(page, 100);
    const after = await heap(session);
    const live = await liveInstances(session, 'qingdao-clause');
    await close();
    const [growth, domGrowth] = [after.js - before.js, after.dom - before.dom];
    runs.push({ used, growth, domGrowth, live });
  }
  const worst = (key: 'growth' | 'domGrowth' | 'live') =>
    Math.max(...runs.map((run) => run[key]));
  const used = median(runs.map((run) => run.used));
  return [
    figure('JS heap, 1 document + 6 clauses', used, 'MB', ['≤', 1.2 * MB], {
      detail: runs,
    }),
    figure('JS heap growth, 100 clauses in and out', worst('growth'), 'MB', [
      '<',
      0.25 * MB,
    ]),
    figure('  Blink (DOM) heap growth, the same', worst('domGrowth'), 'MB'),
    figure(
      '  qingdao-clause alive after (page has 6)',
      worst('live'),
      'count',
      ['=', 6],
      {
        hard: true,
      },
    ),
  ];
}
