// The whole document's first render against the same text as static HTML
// (its quotation, as in the embed code), in the same page run.
import {
  figure,
  interleaved,
  median,
  plainQuotation,
  type Bench,
  type Run,
} from '../harness.js';

const ROUNDS = 11;

export default async function documentVersusStatic(bench: Bench) {
  const url = bench.page('module', {
    title: 'Embeds',
    widgets: [bench.moduleScript()],
  });
  const { page, close } = await bench.open(url);
  const runs = await interleaved(
    page,
    {
      widget: '<qingdao-initiative lang="en"></qingdao-initiative>',
      static: plainQuotation('document', 'en'),
    },
    ROUNDS,
  );
  await close();
  const of = (list: Run[]) => median(list.map((run) => run.total));
  const [widget, statics] = [of(runs.widget), of(runs.static)];
  return [
    figure(
      'Whole document, rendered and laid out, median',
      widget,
      'ms',
      undefined,
      {
        detail: runs,
      },
    ),
    figure('Whole document as static HTML, median', statics, 'ms'),
    figure('Whole document ÷ static', widget / statics, '×', ['≤', 2]),
  ];
}
