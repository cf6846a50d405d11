// Browser tests in Chromium, Firefox ESR and WebKitGTK; one group per file.
//   npx wtr                                 everything
//   npx wtr --group qingdao-clause          test/**/qingdao-clause.test.ts
//   npx wtr --files 'test/language/*.ts'    some files (--watch works too)
//   QINGDAO_BROWSERS=chromium npx wtr       some engines
// Files named *.chromium.test.ts run in Chromium only.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import globby from 'globby';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';

import { CHROMIUM_ARGS, ensureBrowsers } from './scripts/browsers.mjs';
import { summaryLineReporter } from './scripts/summary-reporter.mjs';
import { frameworkBundlesPlugin } from './scripts/wtr/framework-bundles.mjs';
import * as middleware from './scripts/wtr/middleware.mjs';
import { mediaFeaturesPlugin } from './scripts/wtr/media-features.mjs';
import { platformFontsPlugin } from './scripts/wtr/platform-fonts.mjs';
import { webkitLauncher } from './scripts/wtr/webkit-launcher.mjs';
import { wordpressPlugin } from './scripts/wtr/wordpress.mjs';

const root = import.meta.dirname;
const require = createRequire(import.meta.url);
const wtr = path.dirname(require.resolve('@web/test-runner'));
const { readCliArgs } = require(`${wtr}/config/readCliArgs.js`);

const all = 'chromium,firefox,webkit';
const names = (process.env.QINGDAO_BROWSERS || all).split(',');
const found = ensureBrowsers(names);
// puppeteer-core: @web/test-runner-puppeteer's `puppeteer` downloads Chrome
// when installed, and fails the install offline.
const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { executablePath: found.chromium, args: CHROMIUM_ARGS },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: found.firefox },
    }),
  webkit: () => webkitLauncher(found),
};
const browsers = names.map((name) => launchers[name]());
const chromium = browsers[names.indexOf('chromium')];

// WTR runs --files (without --group) in `browsers` as its group "default":
// that is one engine here, and each file's own group adds the others.
const { files: cliFiles, group } = readCliArgs();
const lead = cliFiles && !group ? [chromium ?? browsers[0]] : [];
const files = globby.sync(cliFiles ?? 'test/**/*.test.ts', { absolute: true });
const groups = files.flatMap((file) => {
  const only = file.endsWith('.chromium.test.ts') ? [chromium] : browsers;
  const rest = only.filter((browser) => browser && !lead.includes(browser));
  const name = path.basename(file).replace(/(\.chromium)?\.test\.ts$/, '');
  return rest.length > 0 ? [{ name, files: file, browsers: rest }] : [];
});
if (new Set(groups.map((group) => group.name)).size < groups.length)
  throw new Error('Test file names must be unique: one group each');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: `${root}/tsconfig.json` }),
    frameworkBundlesPlugin(root),
    platformFontsPlugin(),
    mediaFeaturesPlugin(),
    wordpressPlugin(root),
  ],
  middleware: [middleware.delayOnRequest, middleware.servePartnerPages],
  browsers: lead.length > 0 ? lead : browsers,
  groups,
  // Exactly 1 keeps WTR's webdriver launcher in one window, not iframes; more
  // pages per browser got background tabs throttled, and was not faster.
  concurrency: 1,
  concurrentBrowsers: os.availableParallelism() > 2 ? 3 : 2,
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // Tests run Lit's development build, which says so on every page.
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.')),
  reporters: [defaultReporter(), summaryLineReporter()],
};
