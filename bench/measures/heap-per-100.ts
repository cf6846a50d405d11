// What each 100 clause embeds on a page keep in the heap, after a full
// garbage collection.
import {
  append,
  clauses,
  figure,
  heap,
  median,
  type Bench,
} from '../harness.js';

const RUNS = 3;

export default async function heapPer100(bench: Bench) {
  const url = bench.page('module', {
    title: 'Embeds',
    widgets: [bench.moduleScript()],
  });
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, cdp, close } = await bench.open(url);
    const session = await cdp();
    // The first widgets compile code and fill caches once per page.
    await append(page, clauses(6));
    const before = await heap(session);
    await append(page, clauses(100));
    const after = await heap(session);
    await close();
    runs.push({ js: after.js - before.js, dom: after.dom - before.dom });
  }
  const js = median(runs.map((run) => run.js));
  const dom = median(runs.map((run) => run.dom));
  return [
    figure(
      'JS heap per 100 embeds, after GC',
      js,
      'MB',
      ['≤', 0.75 * 2 ** 20],
      {
        detail: runs,
      },
    ),
    figure('Blink (DOM) heap per 100 embeds, after GC', dom, 'MB'),
  ];
}
