// A reader presses another language with the whole document and a clause on
// the page (both follow the page-wide choice): until both have updated.
import { figure, switchTimes, timings, type Bench } from '../harness.js';

const WARMUPS = 2;
const RUNS = 15;

export default async function languageSwitch(bench: Bench) {
  const url = bench.page('switch', {
    title: 'Switch',
    widgets: [
      bench.snippet({ which: 'document', language: 'en' }),
      bench.snippet({ which: { clause: 3 }, language: 'en' }),
    ],
  });
  const { page, close } = await bench.open(url);
  await bench.rendered(page);
  const { updated, wrong } = await switchTimes(page, WARMUPS + RUNS);
  await close();
  const name = 'Language switch, click → updated';
  return [
    ...timings(name, updated.slice(WARMUPS), ['≤', 8], ['≤', 16]),
    figure('  widgets not in the language pressed', wrong, 'count', ['=', 0], {
      hard: true,
    }),
  ];
}
