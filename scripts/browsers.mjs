// Where the three engines are, environment first. Installing them is
// scripts/install-browsers.sh; launching them, web-test-runner.config.mjs.
import { existsSync, readdirSync } from 'node:fs';

import { Launcher } from 'chrome-launcher';

/**
 * Root needs --no-sandbox; the rest keep Chromium off the network (closed
 * here) and off /dev/shm, which is small in containers.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const miniBrowser = () =>
  readdirSync('/usr/lib')
    .flatMap((dir) => [`${dir}/webkit2gtk-4.1`, `${dir}/webkit2gtk-4.0`])
    .map((dir) => `/usr/lib/${dir}/MiniBrowser`)
    .find(existsSync);

const binaries = {
  chromium: () => ({ chromium: Launcher.getInstallations()[0] }), // CHROME_PATH first
  firefox: () => ({
    firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  }),
  webkit: () => ({
    webkitDriver: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
    miniBrowser: process.env.MINIBROWSER_PATH || miniBrowser(),
  }),
};

/** Paths of the engines' binaries; throws, saying what to do, if one is missing. */
export function ensureBrowsers(engines = Object.keys(binaries)) {
  const found = {};
  for (const engine of engines) {
    if (!binaries[engine])
      throw new Error(`No engine "${engine}": chromium, firefox or webkit.`);
    for (const [name, file] of Object.entries(binaries[engine]())) {
      if (!file || !existsSync(file))
        throw new Error(
          `${name} not found. Run scripts/install-browsers.sh, or set ` +
            'CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH or MINIBROWSER_PATH.',
        );
      found[name] = file;
    }
  }
  return found;
}
