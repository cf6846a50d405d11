// A fresh page load with the whole document and one clause embedded: from
// the module's request until both have rendered and the next frame began.
import { MODULE_URL, timings, type Bench } from '../harness.js';

const WARMUPS = 2;
const RUNS = 15;

export default async function firstRender(bench: Bench) {
  const url = bench.page('render', {
    title: 'Render',
    widgets: [
      bench.snippet({ which: 'document', language: 'en' }),
      bench.snippet({ which: { clause: 3 }, language: 'en' }),
    ],
  });
  const times: number[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const { page, close } = await bench.open(url);
    await bench.rendered(page);
    const { time, shown } = await page.evaluate((moduleUrl) => {
      const at = (name: string) => performance.getEntriesByName(name)[0]!;
      const request = at(new URL(moduleUrl, location.href).href);
      const widgets = [...window.qingdaoBench.widgets()];
      return {
        time: at('qingdao:rendered').startTime - request.startTime,
        shown: widgets.map(window.qingdaoBench.shown),
      };
    }, MODULE_URL);
    await close();
    if (shown.join() !== 'en,en') throw new Error(`render: shown ${shown}`);
    if (i >= WARMUPS) times.push(time);
  }
  return timings('First render, document + clause', times, ['≤', 200]);
}
