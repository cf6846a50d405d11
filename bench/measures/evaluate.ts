// Compiling and running the module's text: what a page pays before any
// element exists. The text is fetched first, so no network is timed, and
// each load is paired with the import of an empty module in the same page,
// whose cost (the browser's, not ours) is subtracted.
import { MODULE_URL, figure, median, timings, type Bench } from '../harness.js';

const WARMUPS = 2;
const RUNS = 15;

export default async function evaluate(bench: Bench) {
  const url = bench.page('empty', { title: 'Empty', widgets: [] });
  const times: number[] = [];
  const baselines: number[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const { page, close } = await bench.open(url);
    const { module, empty } = await page.evaluate(async (moduleUrl) => {
      const code = await (await fetch(moduleUrl)).text();
      const time = async (text: string) => {
        const blob = new Blob([text], { type: 'text/javascript' });
        const start = performance.now();
        await import(URL.createObjectURL(blob));
        return performance.now() - start;
      };
      const empty = await time('export {};');
      return { empty, module: await time(code) };
    }, MODULE_URL);
    await close();
    if (i >= WARMUPS) {
      times.push(module - empty);
      baselines.push(empty);
    }
  }
  return [
    ...timings('Module compile + evaluate', times, ['≤', 30]),
    figure('  an empty module, subtracted, median', median(baselines), 'ms'),
  ];
}
