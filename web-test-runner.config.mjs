// Web Test Runner configuration for the browser tests.
//
// Run it through `npm run test:browsers` (scripts/test-browsers.mjs), which
// installs/locates the engines and starts WebKitWebDriver under Xvfb first.
//
// Engines (real browsers from Debian packages, see scripts/browsers.mjs):
//   chromium  Chromium via puppeteer-core (@web/test-runner-chrome)
//   firefox   Firefox ESR via puppeteer's WebDriver BiDi (@web/test-runner-puppeteer)
//   webkit    WebKitGTK MiniBrowser via WebKitWebDriver (@web/test-runner-webdriver)
// Pick a subset with QINGDAO_BROWSERS=chromium,firefox,webkit (default: all).
//
// FILE CONVENTION
//   test/**/*.test.ts           run in ALL selected engines (group "all-engines")
//   test/**/*.chromium.test.ts  run in Chromium ONLY (group "chromium-only"), for
//                               tests that rely on Chromium-only APIs or behaviour.
//                               They are skipped when Chromium is not selected.
//
// Narrow the files with `npm run test:browsers -- --files 'test/foo*.test.ts'`;
// the wrapper hands the patterns over in QINGDAO_TEST_FILES (a JSON array) so
// that they are split into the two groups above. (WTR's own --files would run
// every matched file in every engine, so it is refused here.)
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

import {
  CHROMIUM_ARGS,
  findBrowsers,
  selectedEngines,
} from './scripts/browsers.mjs';
import { summaryLineReporter } from './scripts/summary-reporter.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

const DEFAULT_FILES = ['test/**/*.test.ts'];
const isChromiumOnly = (file) => file.endsWith('.chromium.test.ts');

if (process.argv.some((a) => a === '--files' || a.startsWith('--files='))) {
  throw new Error(
    'Pass test files as `npm run test:browsers -- --files <globs>` (or set QINGDAO_TEST_FILES=\'["<glob>"]\') ' +
      'so chromium-only files stay out of the other engines.',
  );
}

const engines = selectedEngines();
const found = findBrowsers();
const cores = os.availableParallelism?.() ?? os.cpus().length;
// Pages open at once per puppeteer-driven browser. Default 1: with several
// pages, background tabs get throttled (timers, rAF, focus), which made
// focus/keyboard tests time out in Chromium and was not faster on 2 cores.
// WebKit always uses a single window (see `concurrency` below).
const pagesPerBrowser = Number(process.env.QINGDAO_CONCURRENCY) || 1;

function requireBinary(key, hint) {
  if (!found[key]) {
    throw new Error(
      `${hint} not found. Run the tests with \`npm run test:browsers\`, which installs or locates it.`,
    );
  }
  return found[key];
}

const launchers = {};

if (engines.includes('chromium')) {
  launchers.chromium = chromeLauncher({
    concurrency: pagesPerBrowser,
    launchOptions: {
      executablePath: requireBinary('chromium', 'Chromium (CHROME_PATH)'),
      headless: true,
      args: CHROMIUM_ARGS,
    },
  });
  // chromeLauncher without a custom puppeteer calls itself "Chrome".
  launchers.chromium.name = 'Chromium';
}

if (engines.includes('firefox')) {
  launchers.firefox = puppeteerLauncher({
    concurrency: pagesPerBrowser,
    launchOptions: {
      browser: 'firefox',
      executablePath: requireBinary('firefox', 'Firefox ESR (FIREFOX_PATH)'),
      headless: true,
    },
  });
}

if (engines.includes('webkit')) {
  const port = Number(process.env.WEBKIT_DRIVER_PORT);
  if (!port) {
    throw new Error(
      'WEBKIT_DRIVER_PORT is not set: WebKitWebDriver must be running first. ' +
        'Use `npm run test:browsers`, or QINGDAO_BROWSERS=chromium,firefox to skip WebKit.',
    );
  }
  launchers.webkit = webdriverLauncher({
    hostname: process.env.WEBKIT_DRIVER_HOST || '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: requireBinary(
          'miniBrowser',
          'WebKitGTK MiniBrowser (MINIBROWSER_PATH)',
        ),
        args: ['--automation'],
      },
    },
  });
}

/** Test files from QINGDAO_TEST_FILES (JSON array of globs) or the default. */
function testFilePatterns() {
  const raw = process.env.QINGDAO_TEST_FILES;
  if (!raw) return DEFAULT_FILES;
  const parsed = JSON.parse(raw);
  return Array.isArray(parsed) && parsed.length > 0
    ? parsed.map(String)
    : DEFAULT_FILES;
}

// Expand the globs the same way WTR does (its own copy of globby), then split
// the result into the two groups. Absolute paths are handed to WTR.
const globby = createRequire(
  createRequire(import.meta.url).resolve('@web/test-runner-core'),
)('globby');
const patterns = testFilePatterns();
const allFiles = globby.sync(patterns, { cwd: rootDir, absolute: true });
const everywhereFiles = allFiles.filter((f) => !isChromiumOnly(f));
const chromiumOnlyFiles = allFiles.filter(isChromiumOnly);

const allBrowsers = Object.values(launchers);
const groups = [];
if (everywhereFiles.length > 0) {
  groups.push({
    name: 'all-engines',
    files: everywhereFiles,
    browsers: allBrowsers,
  });
}
if (chromiumOnlyFiles.length > 0 && launchers.chromium) {
  groups.push({
    name: 'chromium-only',
    files: chromiumOnlyFiles,
    browsers: [launchers.chromium],
  });
}
if (groups.length === 0) {
  throw new Error(
    allFiles.length === 0
      ? `No test files match ${patterns.join(' ')}`
      : `Only Chromium-only tests (*.chromium.test.ts) match ${patterns.join(' ')}, but Chromium is not selected (QINGDAO_BROWSERS=${engines.join(',')}).`,
  );
}

const secondMs = 1000;

// Child pages of the embedding tests (test/embedding/pages/*.html) stand for
// a partner site with a strict policy. It is sent as an HTTP header, as such
// sites send it: a <meta> policy cannot carry every directive, and the tests
// check the header is really there. Other URLs (the runner's own pages, the
// module itself) get no policy. The dev server's live-reload script is taken
// out of these pages again: a partner page does not have it, and it would
// count as a request and a global that the widget did not make.
const EMBEDDING_PAGES = '/test/embedding/pages/';
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const DEV_SERVER_SCRIPT =
  /<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/g;

// The footprint page also reports, without blocking, every request but its
// two scripts: a request the widget makes is seen as it starts, whereas the
// Resource Timing entry only appears once (and if) the response completes.
const FOOTPRINT_PAGE = `${EMBEDDING_PAGES}footprint.html`;
const footprintReportOnly = (origin) =>
  `default-src 'none'; script-src ${origin}${EMBEDDING_PAGES}recorder.js ${origin}/dist/qingdao-initiative.js`;

/** @type {import('koa').Middleware} */
async function servePartnerPages(ctx, next) {
  await next();
  if (!ctx.path.startsWith(EMBEDDING_PAGES) || !ctx.path.endsWith('.html'))
    return;
  ctx.set('Content-Security-Policy', STRICT_CSP);
  if (ctx.path === FOOTPRINT_PAGE) {
    ctx.set(
      'Content-Security-Policy-Report-Only',
      footprintReportOnly(ctx.origin),
    );
  }
  if (typeof ctx.body === 'string') {
    ctx.body = ctx.body.replace(DEV_SERVER_SCRIPT, '');
  }
}

/**
 * `?delay=MS` on any request answers that much later: a module that arrives
 * after the page has painted its fallback, as on a slow partner network.
 */
/** @type {import('koa').Middleware} */
async function delayOnRequest(ctx, next) {
  const delay = Number(ctx.query.delay);
  if (delay > 0)
    await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
  await next();
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  nodeResolve: true,
  // Every launcher, including the one only the chromium-only group uses.
  browsers: allBrowsers,
  groups,
  plugins: [esbuildPlugin({ ts: true, tsconfig })],
  middleware: [delayOnRequest, servePartnerPages],
  // Global value; WTR's webdriver launcher only keeps to a single window
  // (SessionManager instead of iframes) when this is exactly 1. The
  // puppeteer launchers override it per browser (pagesPerBrowser).
  concurrency: 1,
  // Browsers running side by side; the engines are heavy and CI has 2 cores.
  concurrentBrowsers:
    Number(process.env.QINGDAO_CONCURRENT_BROWSERS) || (cores > 2 ? 3 : 2),
  browserStartTimeout: 120 * secondMs,
  testsStartTimeout: 60 * secondMs,
  testsFinishTimeout: 5 * 60 * secondMs,
  testFramework: { config: { timeout: 10000 } },
  watch: false,
  // Lit prints this once per test file in every engine; it is expected here
  // (tests run Lit's development build, which has extra checks).
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.')),
  reporters: [defaultReporter(), summaryLineReporter()],
};
