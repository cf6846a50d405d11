// 1,000 widgets and 100 language switches pressed in quick succession (one
// task each, never waiting for a frame, in the widgets near the view, which
// have their switches rendered): every widget must end in the
// language pressed last, and once they are all removed the heap must be
// back where it was before them.
import {
  append,
  clauses,
  figure,
  heap,
  liveInstances,
  type Bench,
} from '../harness.js';

const WIDGETS = 1000;
const SWITCHES = 100;

export default async function manySwitches(bench: Bench) {
  const url = bench.page('module', {
    title: 'Embeds',
    widgets: [bench.moduleScript()],
  });
  const { page, cdp, close } = await bench.open(url);
  const session = await cdp();
  const removeAll = () =>
    page.evaluate(() => document.querySelector('.bench-widgets')!.remove());
  // Compiled code and caches stay for good: part of the baseline.
  await append(page, clauses(6));
  await removeAll();
  const before = (await heap(session)).js;
  await append(page, clauses(WIDGETS));
  const result = await page.evaluate(async (switches) => {
    const { frame, task, updated, shown } = window.qingdaoBench;
    const widgets = [...document.querySelectorAll('.bench-widgets > *')];
    // The switches a reader can press: those of the widgets near the view
    // (the others render theirs when the reader comes near).
    await frame();
    await frame();
    await task();
    const pressable = widgets.filter((widget) =>
      widget.shadowRoot!.querySelector('button[lang]'),
    );
    const languages = ['zh-Hans', 'en', 'ru'];
    let language = 'en';
    const start = performance.now();
    for (let i = 0; i < switches; i++) {
      // Never the language just pressed, else nothing would switch.
      language = languages[(languages.indexOf(language) + 1 + (i % 2)) % 3]!;
      const widget = pressable[(i * 397) % pressable.length]!.shadowRoot!;
      widget.querySelector<HTMLElement>(`button[lang="${language}"]`)!.click();
      await task();
    }
    await updated(widgets);
    const time = performance.now() - start;
    const wrong = widgets.filter((widget) => shown(widget) !== language);
    return { time, wrong: wrong.length, language };
  }, SWITCHES);
  await removeAll();
  const after = (await heap(session)).js;
  const live = await liveInstances(session, 'qingdao-clause');
  await close();
  const hard = { hard: true };
  return [
    figure(
      `${WIDGETS} widgets, ${SWITCHES} switches, until all updated`,
      result.time,
      'ms',
    ),
    figure(
      `  not showing the last language (${result.language})`,
      result.wrong,
      'count',
      ['=', 0],
      hard,
    ),
    figure('  JS heap before the widgets, after GC', before, 'MB'),
    figure('  JS heap after removing them, after GC', after, 'MB'),
    figure('  difference', after - before, 'MB', ['<', 0.25 * 2 ** 20]),
    figure('  qingdao-clause still alive', live, 'count', ['=', 0], hard),
  ];
}
