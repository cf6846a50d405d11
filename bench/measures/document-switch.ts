// The whole document alone, another language pressed: until the page is
// laid out again in it (the paint follows within the frame).
import { figure, switchTimes, timings, type Bench } from '../harness.js';

const WARMUPS = 2;
const RUNS = 15;

export default async function documentSwitch(bench: Bench) {
  const url = bench.page('document', {
    title: 'Whole document',
    widgets: [bench.snippet({ which: 'document', language: 'en' })],
  });
  const { page, close } = await bench.open(url);
  await bench.rendered(page);
  const { laidOut, wrong } = await switchTimes(page, WARMUPS + RUNS);
  await close();
  const name = 'Whole-document switch, click → laid out';
  return [
    ...timings(name, laidOut.slice(WARMUPS), ['<', 8]),
    figure('  document not in the language pressed', wrong, 'count', ['=', 0], {
      hard: true,
    }),
  ];
}
