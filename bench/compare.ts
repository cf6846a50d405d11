// Two builds of the module in ONE page, for a change too small to see
// through this machine's noise (one build alone spans a third from one run
// to the next):
//
//   npm run bench:compare -- before.js after.js            200 bare clauses
//   npm run bench:compare -- before.js after.js document   the whole document
//
// Both modules load (the second one's tags renamed qingdaob-*), and their
// widgets and the same text as static HTML are appended in turn, the order
// rotating, 25 rounds after a warm-up, timed as the bench's ratios are
// (interleaved() in harness.ts). Prints each median and the median of the
// paired ratios after ÷ before. Quotations with a fallback inside are left
// out: both modules would upgrade them.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, ensureBrowsers } from '../scripts/browsers.mjs';
import { clauses, interleaved, median, plainQuotation } from './harness.js';

const ROUNDS = 25;
const [before, after, what = 'embeds'] = process.argv.slice(2);
if (!before || !after || !['embeds', 'document'].includes(what)) {
  console.error(
    'usage: npm run bench:compare -- before.js after.js [embeds|document]',
  );
  process.exit(2);
}

const pages = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const renamed = (code: string) =>
  code.replace(/qingdao-(clause|initiative|language-switch)\b/g, 'qingdaob-$1');
const files: Record<string, [string, string]> = {
  '/before.js': ['text/javascript', await readFile(before, 'utf8')],
  '/after.js': ['text/javascript', renamed(await readFile(after, 'utf8'))],
  '/probe.js': [
    'text/javascript',
    await readFile(path.join(pages, 'probe.js'), 'utf8'),
  ],
  '/article.css': [
    'text/css',
    await readFile(path.join(pages, 'article.css'), 'utf8'),
  ],
  '/': [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Compare</title><link rel="stylesheet" href="/article.css">
<script src="/probe.js"></script>
<script type="module" src="/before.js"></script>
<script type="module" src="/after.js"></script></head>
<body><main><article class="story"><h1>Compare</h1></article></main></body></html>`,
  ],
};
const server = createServer((request, response) => {
  const file = files[request.url ?? ''];
  response.writeHead(file ? 200 : 404, {
    'Content-Type': file?.[0] ?? 'text/plain',
  });
  response.end(file?.[1] ?? 'Not found');
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

const html =
  what === 'document'
    ? {
        before: '<qingdao-initiative lang="en"></qingdao-initiative>',
        after: '<qingdaob-initiative lang="en"></qingdaob-initiative>',
        static: plainQuotation('document', 'en'),
      }
    : {
        before: clauses(200),
        after: clauses(200).replaceAll('qingdao-clause', 'qingdaob-clause'),
        static: clauses(200, (n, l) => plainQuotation({ clause: n }, l)),
      };

const browser = await chromium.launch({
  executablePath: ensureBrowsers(['chromium']).chromium,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
  });
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(
    `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
  );
  await page.waitForFunction(
    () =>
      customElements.get('qingdao-clause') &&
      customElements.get('qingdaob-clause'),
  );
  const runs = await interleaved(
    page,
    html,
    ROUNDS,
    'qingdao-clause, qingdao-initiative, qingdaob-clause, qingdaob-initiative',
  );
  const ms = (list: number[]) => `${median(list).toFixed(1)} ms`;
  for (const [name, list] of Object.entries(runs)) {
    console.log(
      `${name.padEnd(7)} total ${ms(list.map((run) => run.total))}` +
        ` (script ${ms(list.map((run) => run.script))},` +
        ` style + layout ${ms(list.map((run) => run.layout))},` +
        ` next frame ${ms(list.map((run) => run.deferred))})`,
    );
  }
  const ratio = (name: 'before' | 'after') =>
    median(runs[name].map((run) => run.total)) /
    median(runs.static.map((run) => run.total));
  console.log(
    `before ÷ static ${ratio('before').toFixed(2)}×, after ÷ static ${ratio('after').toFixed(2)}×`,
  );
  const paired = runs.after.map((run, i) => run.total / runs.before[i]!.total);
  console.log(`after ÷ before, paired by round: ${median(paired).toFixed(3)}×`);
} finally {
  await browser.close();
  server.close();
}
