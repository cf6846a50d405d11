// 200 clause embeds appended at once (a feed, a long read) against the same
// 200 texts as plain blockquotes, in the same page run: is the widget close
// to the speed of static text? Also the embeds as partners paste them, with
// the quotation inside as their fallback.
import { quotation } from '../../scripts/lib/embed-code.js';
import {
  clauses,
  figure,
  interleaved,
  median,
  plainQuotation,
  type Bench,
  type Run,
} from '../harness.js';

const COUNT = 200;
const ROUNDS = 11;

export default async function embedsVersusStatic(bench: Bench) {
  const url = bench.page('module', {
    title: 'Embeds',
    widgets: [bench.moduleScript()],
  });
  const { page, close } = await bench.open(url);
  const runs = await interleaved(
    page,
    {
      widgets: clauses(COUNT),
      pasted: clauses(
        COUNT,
        (n, l) =>
          `<qingdao-clause clause="${n}" lang="${l}">${quotation({ clause: n }, l).join('\n')}</qingdao-clause>`,
      ),
      static: clauses(COUNT, (n, l) => plainQuotation({ clause: n }, l)),
    },
    ROUNDS,
  );
  await close();
  const of = (list: Run[], key: keyof Run = 'total') =>
    median(list.map((run) => run[key]));
  const ms = (name: string, value: number) => figure(name, value, 'ms');
  const [widgets, pasted, statics] = [runs.widgets, runs.pasted, runs.static];
  return [
    {
      ...ms(`${COUNT} embeds, rendered + laid out, median`, of(widgets)),
      detail: runs,
    },
    // Script: from the append until every updateComplete resolved; style +
    // layout: the forced layout after that; then what the widgets near the
    // view render a frame later (their controls), with its layout.
    ms('  script, median', of(widgets, 'script')),
    ms('  style + layout, median', of(widgets, 'layout')),
    ms('  controls near the view, next frame, median', of(widgets, 'deferred')),
    ms(`${COUNT} static blockquotes, same text, median`, of(statics)),
    figure('  embeds ÷ static', of(widgets) / of(statics), '×', ['≤', 2]),
    ms(`${COUNT} embeds as pasted (fallback inside), median`, of(pasted)),
    ms('  script, median', of(pasted, 'script')),
    figure('  as pasted ÷ static', of(pasted) / of(statics), '×', ['≤', 2]),
  ];
}
