// WebKitGTK's MiniBrowser for Web Test Runner. WebKitWebDriver needs an X
// display, so initialize() starts Xvfb and the driver, then WTR's webdriver
// launcher takes over.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { WebdriverLauncher } from '@web/test-runner-webdriver';

const answers = async (url) => (await fetch(url).catch(() => null))?.ok;

class WebKitLauncher extends WebdriverLauncher {
  #pids = [];
  #log = '';

  constructor(driver, options) {
    super(options);
    this.driverPath = driver;
  }

  async initialize(config, testFiles) {
    // WTR ends with process.exit, where only synchronous clean-up runs. It
    // and puppeteer clean up on SIGINT; by default SIGTERM skips all that.
    process.once('exit', this.#kill);
    for (const signal of ['SIGTERM', 'SIGHUP'])
      process.once(signal, () => process.kill(process.pid, 'SIGINT'));

    const screen = ['-screen', '0', '1280x1024x24', '-nolisten', 'tcp'];
    const xvfb = this.#start('Xvfb', ['-displayfd', '3', ...screen]);
    const display = await new Promise((resolve, reject) => {
      xvfb.stdio[3].once('data', (fd3) => resolve(`:${String(fd3).trim()}`));
      xvfb.once('close', reject);
    }).catch(() => this.#fail('Xvfb'));

    const server = net.createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    const url = `http://127.0.0.1:${port}/status`;
    const args = [`--port=${port}`, '--host=127.0.0.1'];
    const driver = this.#start(this.driverPath, args, { DISPLAY: display });
    for (let i = 0; !(await answers(url)); i++) {
      if (driver.pid === undefined || driver.exitCode !== null || i === 300)
        this.#fail('WebKitWebDriver');
      await sleep(100);
    }
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop(); // ends the WebDriver session: MiniBrowser closes
    this.#kill();
  }

  /** Detached: its own process group, ended with all it started. */
  #start(command, args, env) {
    const child = spawn(command, args, {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    this.#pids.push(child.pid);
    child.stderr.on('data', (chunk) => (this.#log += chunk));
    child.on('error', (error) => (this.#log += `${error.message}\n`));
    return child;
  }

  #kill = () => {
    for (const pid of this.#pids.splice(0).filter(Boolean)) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };

  #fail(what) {
    this.#kill();
    throw new Error(`${what} did not start:\n${this.#log}`);
  }
}

/** @param {{ webkitDriver: string, miniBrowser: string }} paths */
export const webkitLauncher = ({ webkitDriver, miniBrowser }) =>
  new WebKitLauncher(webkitDriver, {
    hostname: '127.0.0.1',
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: miniBrowser,
        args: ['--automation'],
      },
    },
  });
