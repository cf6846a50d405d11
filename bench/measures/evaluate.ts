// Compiling and running the module's text: what a page pays before any
// element exists. The text is fetched first, so no network is timed.
import { MODULE_URL, timings, type Bench } from '../harness.js';

const WARMUPS = 2;
const RUNS = 15;

export default async function evaluate(bench: Bench) {
  const url = bench.page('empty', { title: 'Empty', widgets: [] });
  const times: number[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const { page, close } = await bench.open(url);
    const time = await page.evaluate(async (moduleUrl) => {
      const code = await (await fetch(moduleUrl)).text();
      const blob = new Blob([code], { type: 'text/javascript' });
      const start = performance.now();
      await import(URL.createObjectURL(blob));
      return performance.now() - start;
    }, MODULE_URL);
    await close();
    if (i >= WARMUPS) times.push(time);
  }
  return timings('Module compile + evaluate', times, ['≤', 30]);
}
