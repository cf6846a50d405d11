#!/usr/bin/env node
// Runs the browser tests (test/**/*.test.ts) with @web/test-runner in
// Chromium, Firefox ESR and WebKitGTK (MiniBrowser).
//
//   npm run test:browsers                                   all three engines
//   QINGDAO_BROWSERS=chromium npm run test:browsers         one engine
//   npm run test:browsers -- --browsers chromium,firefox    same, as an argument
//   npm run test:browsers -- --files test/foo.test.ts       some files
//   npm run test:browsers -- --group chromium-only          one group (see config)
//
// Any other argument is passed on to web-test-runner.
//
// Steps: make sure the engines are installed (scripts/browsers.mjs; installs
// the Debian packages when run as root on CI), start WebKitWebDriver under
// xvfb-run on a free port, run web-test-runner with web-test-runner.config.mjs
// in a child process, then stop the driver and its Xvfb and kill anything the
// run left behind, whatever happened (failure, Ctrl-C, SIGTERM). The exit code
// is web-test-runner's.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { constants as osConstants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureBrowsers, selectedEngines } from './browsers.mjs';

const rootDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const configPath = path.join(rootDir, 'web-test-runner.config.mjs');
const require = createRequire(import.meta.url);
const wtrBin = webTestRunnerBin();

/** Path of the web-test-runner CLI (its package.json is not exported). */
function webTestRunnerBin() {
  let dir = path.dirname(require.resolve('@web/test-runner'));
  while (dir !== path.dirname(dir)) {
    try {
      const pkg = JSON.parse(
        readFileSync(path.join(dir, 'package.json'), 'utf8'),
      );
      if (pkg.name === '@web/test-runner') {
        const bin =
          typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['web-test-runner'];
        return path.join(dir, bin);
      }
    } catch {
      // no package.json at this level
    }
    dir = path.dirname(dir);
  }
  throw new Error('Cannot locate the web-test-runner CLI; run `npm ci` first.');
}

const log = (msg) => console.log(`[test-browsers] ${msg}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const passthrough = [];
  let browsers;
  let files;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--browsers' || flag === '--files') {
      const values = inline !== undefined ? [inline] : [];
      while (
        inline === undefined &&
        i + 1 < argv.length &&
        !argv[i + 1].startsWith('-')
      )
        values.push(argv[++i]);
      if (values.length === 0) throw new Error(`${flag} needs a value`);
      if (flag === '--browsers') browsers = values.join(',');
      else files = [...(files ?? []), ...values];
    } else if (flag === '--help' || flag === '-h') {
      help = true;
    } else {
      passthrough.push(arg);
    }
  }
  return { passthrough, browsers, files, help };
}

// ----------------------------------------------------------------- processes

const runId = randomBytes(8).toString('hex');
const RUN_MARKER = `QINGDAO_TEST_RUN_ID=${runId}`;

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

async function waitForExit(pid, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

function killQuietly(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** pid -> { ppid, comm } for every process we can see (Linux /proc). */
function processTable() {
  const table = new Map();
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(entry), { ppid, comm });
    } catch {
      // exited meanwhile
    }
  }
  return table;
}

/**
 * Processes started by this run (they inherit QINGDAO_TEST_RUN_ID in their
 * environment) that are still alive. Catches browsers that got detached from
 * their parent, e.g. when web-test-runner was killed hard.
 */
function stragglers() {
  const found = [];
  for (const [pid, { comm }] of processTable()) {
    if (pid === process.pid) continue;
    try {
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8');
      if (env.split('\0').includes(RUN_MARKER)) found.push({ pid, comm });
    } catch {
      // not ours to read, or gone
    }
  }
  return found;
}

async function waitForStragglers(ms) {
  const deadline = Date.now() + ms;
  let left = stragglers();
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(100);
    left = stragglers();
  }
  return left;
}

/**
 * Waits for everything this run started to exit; whatever is still there
 * after a grace period (Xvfb, WebKit helper processes, Chromium's crashpad
 * handler, Firefox content processes...) is terminated, then killed.
 */
async function reapStragglers() {
  let left = await waitForStragglers(3000);
  if (left.length === 0) return;
  const names = [...new Set(left.map((p) => p.comm))].join(', ');
  for (const { pid } of left) killQuietly(pid, 'SIGTERM');
  left = await waitForStragglers(2000);
  for (const { pid } of left) killQuietly(pid, 'SIGKILL');
  await waitForStragglers(1000);
  log(`stopped leftover process(es): ${names}`);
}

// ------------------------------------------------------------ WebKitWebDriver

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `xvfb-run -a WebKitWebDriver --port=<free> --host=127.0.0.1` in its
 * own process group and waits until the driver answers /status.
 */
async function startWebKitDriver(found, env) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const output = [];
    const child = spawn(
      found.xvfbRun,
      [
        '-a',
        '-s',
        '-screen 0 1280x1024x24 -nolisten tcp',
        found.webkitDriver,
        `--port=${port}`,
        '--host=127.0.0.1',
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env },
    );
    const driver = { child, port, output, exited: false };
    const keep = (chunk) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('exit', () => {
      driver.exited = true;
    });
    child.on('error', (e) => {
      output.push(String(e));
      driver.exited = true;
    });
    activeDriver = driver;

    const deadline = Date.now() + 30_000;
    while (!driver.exited && Date.now() < deadline && !stopping) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`, {
          signal: AbortSignal.timeout(1000),
        });
        const body = await res.json();
        if (body?.value?.ready !== false) return driver;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await stopWebKitDriver();
    if (stopping) throw new Error('interrupted');
    if (attempt >= 3) {
      throw new Error(
        `WebKitWebDriver did not start on port ${port}:\n${output.join('')}`,
      );
    }
    log(`WebKitWebDriver did not come up on port ${port}, retrying`);
  }
}

let activeDriver;

/**
 * Stops WebKitWebDriver first, so that xvfb-run returns normally and runs its
 * own clean-up (kills Xvfb, removes its Xauthority dir and /tmp/.X<n>-lock).
 * Killing xvfb-run alone would leave WebKitWebDriver and Xvfb running; whatever
 * survives a few seconds gets the whole process group killed.
 */
async function stopWebKitDriver() {
  const driver = activeDriver;
  activeDriver = undefined;
  if (!driver?.child.pid) return;
  const pgid = driver.child.pid;
  if (!driver.exited) {
    const table = processTable();
    const children = [...table]
      .filter(([, p]) => p.ppid === pgid)
      .map(([pid]) => pid);
    for (const pid of children) killQuietly(pid, 'SIGTERM');
    if (children.length === 0) killQuietly(pgid, 'SIGTERM');
    await waitForExit(pgid, 5000);
  }
  killQuietly(-pgid, 'SIGTERM');
  await sleep(200);
  killQuietly(-pgid, 'SIGKILL');
}

// ------------------------------------------------------------------- main

let stopping = false;
let wtrChild;
let cleanedUp = false;
// Private TMPDIR for everything this run starts (browser profiles, xvfb-run's
// Xauthority...), removed at the end even if a browser could not clean up.
let runTmpDir;

async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  await stopWebKitDriver();
  await reapStragglers();
  try {
    if (runTmpDir) rmSync(runTmpDir, { recursive: true, force: true });
  } catch (e) {
    log(`could not remove ${runTmpDir}: ${e.message}`);
  }
}

function onSignal(signal) {
  if (stopping) return;
  stopping = true;
  log(`received ${signal}, stopping`);
  const code = 128 + (osConstants.signals[signal] ?? 1);
  (async () => {
    if (
      wtrChild &&
      wtrChild.exitCode === null &&
      wtrChild.signalCode === null
    ) {
      // WTR stops its browsers on SIGINT; puppeteer also closes them on SIGTERM/SIGHUP.
      killQuietly(wtrChild.pid, signal === 'SIGHUP' ? 'SIGHUP' : 'SIGINT');
      if (!(await waitForExit(wtrChild.pid, 15_000)))
        killQuietly(wtrChild.pid, 'SIGKILL');
    }
    await cleanup();
    process.exit(code);
  })();
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`[test-browsers] ${e.message}`);
    return 2;
  }
  if (args.help) {
    console.log(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(1, 12)
        .join('\n')
        .replace(/^\/\/ ?/gm, ''),
    );
    return 0;
  }

  let engines;
  try {
    engines = selectedEngines(args.browsers ?? process.env.QINGDAO_BROWSERS);
  } catch (e) {
    console.error(`[test-browsers] ${e.message}`);
    return 2;
  }

  let found;
  try {
    found = ensureBrowsers(engines);
  } catch (e) {
    console.error(`\n[test-browsers] ${e.message}\n`);
    return 1;
  }

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, onSignal);

  runTmpDir = mkdtempSync(path.join(tmpdir(), 'qingdao-browsers-'));
  const env = {
    ...process.env,
    QINGDAO_BROWSERS: engines.join(','),
    QINGDAO_TEST_RUN_ID: runId,
    TMPDIR: runTmpDir,
  };
  if (args.files) env.QINGDAO_TEST_FILES = JSON.stringify(args.files);

  const started = Date.now();
  try {
    if (engines.includes('webkit')) {
      const driver = await startWebKitDriver(found, env);
      env.WEBKIT_DRIVER_PORT = String(driver.port);
      log(
        `WebKitWebDriver ready on 127.0.0.1:${driver.port} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
      );
    }
    if (stopping) return 130;

    log(`engines: ${engines.join(', ')}`);
    const wtrArgs = [wtrBin, '--config', configPath, ...args.passthrough];
    wtrChild = spawn(process.execPath, wtrArgs, {
      cwd: rootDir,
      stdio: 'inherit',
      env,
    });
    const code = await new Promise((resolve) => {
      wtrChild.on('error', (e) => {
        console.error(
          `[test-browsers] could not start web-test-runner: ${e.message}`,
        );
        resolve(1);
      });
      wtrChild.on('exit', (exitCode, signal) =>
        resolve(exitCode ?? 128 + (osConstants.signals[signal] ?? 1)),
      );
    });
    // Only on failure: on success the reporter's `N passed, N failed` line
    // stays the last line, which is what CI reads.
    if (code !== 0) {
      log(
        `web-test-runner exited with code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`,
      );
    }
    return code;
  } catch (e) {
    console.error(`[test-browsers] ${e.message}`);
    return 1;
  } finally {
    if (!stopping) await cleanup();
  }
}

const exitCode = await main();
if (!stopping) process.exit(exitCode);
