// Does the article jump when a widget replaces its fallback? At load, and
// with the module 500 ms late while the reader has scrolled to the widget
// (CLS counts only what moves inside the viewport, so the text after the
// widget must be in view when it upgrades).
import { figure, type Bench } from '../harness.js';

const LATE_MS = 500;
/** Shifts count from load until this long after the widgets rendered. */
const WINDOW_MS = 1000;
const RUNS = 2;
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
};

async function shifts(
  bench: Bench,
  url: string,
  viewport: { width: number; height: number },
  late: boolean,
) {
  const { page, close } = await bench.open(url, {
    viewport,
    moduleDelay: late ? LATE_MS : 0,
  });
  // Where the paragraph after the widget sits in the document: CLS misses a
  // move that Chromium's scroll anchoring makes up for; Safari has none.
  const followerTop = () =>
    page.evaluate(
      () =>
        document
          .querySelector('.story > p:nth-last-of-type(2)')!
          .getBoundingClientRect().top + scrollY,
    );
  let before = 0;
  if (late) {
    await page.waitForFunction(() => document.readyState !== 'loading');
    await page.evaluate(() => {
      const widget = window.qingdaoBench.widgets()[0]!;
      const { bottom } = widget.getBoundingClientRect();
      scrollTo(0, scrollY + bottom - innerHeight * 0.6);
    });
    before = await followerTop();
  }
  await bench.rendered(page);
  await page.waitForTimeout(WINDOW_MS + 50);
  const entries = await page.evaluate((windowMs) => {
    const rendered = performance.getEntriesByName('qingdao:rendered')[0]!;
    return window.qingdaoBench.shifts.filter(
      (shift) =>
        !shift.hadRecentInput &&
        shift.startTime <= rendered.startTime + windowMs,
    );
  }, WINDOW_MS);
  const moved = late ? (await followerTop()) - before : 0;
  await close();
  return { cls: entries.reduce((sum, s) => sum + s.value, 0), moved, entries };
}

export default async function layoutShift(bench: Bench) {
  const pages = {
    'inline clause': bench.snippet({
      which: { clause: 5 },
      language: 'en',
      variant: 'inline',
    }),
    'card clause': bench.snippet({ which: { clause: 3 }, language: 'en' }),
    'whole document': bench.snippet({ which: 'document', language: 'en' }),
  };
  type Case = { page: string; viewport: string; late: boolean } & Awaited<
    ReturnType<typeof shifts>
  >;
  const cases: Case[] = [];
  for (const [name, snippet] of Object.entries(pages)) {
    const url = bench.page(`cls-${name.replace(' ', '-')}`, {
      title: name,
      widgets: [snippet],
    });
    for (const [viewport, size] of Object.entries(VIEWPORTS)) {
      for (const late of [false, true]) {
        for (let i = 0; i < RUNS; i++) {
          cases.push({
            page: name,
            viewport,
            late,
            ...(await shifts(bench, url, size, late)),
          });
        }
      }
    }
  }
  const worst = (late: boolean, of: (c: Case) => number) =>
    cases
      .filter((c) => c.late === late)
      .reduce((a, b) => (of(b) > of(a) ? b : a));
  const atLoad = worst(false, (c) => c.cls);
  const delayed = worst(true, (c) => c.cls);
  const moved = worst(true, (c) => Math.abs(c.moved));
  const where = (c: Case) => `${c.page}, ${c.viewport}`;
  return [
    figure(
      `CLS, worst at load (${where(atLoad)})`,
      atLoad.cls,
      'CLS',
      ['<', 0.01],
      {
        detail: cases,
      },
    ),
    figure(
      `CLS, module ${LATE_MS} ms late (${where(delayed)})`,
      delayed.cls,
      'CLS',
      ['<', 0.01],
    ),
    // In the document, not the view: what scroll anchoring (or the widget's
    // own scroll) had to make up for.
    figure(`Text after it moved, late (${where(moved)})`, moved.moved, 'px'),
  ];
}
