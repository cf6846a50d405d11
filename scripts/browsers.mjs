// Locates (and, on a Debian CI machine running as root, installs) the three
// browser engines the browser tests run in:
//
//   chromium  Chromium              Debian package `chromium`
//   firefox   Firefox ESR           Debian package `firefox-esr`
//   webkit    WebKitGTK MiniBrowser Debian package `webkit2gtk-driver` (pulls in
//             driven by WebKitWebDriver           libwebkit2gtk-4.1-0, which ships MiniBrowser)
//             under a virtual X server            `xvfb` + `xauth` (for xvfb-run)
//
// `fonts-noto-cjk` is installed alongside so Chinese text renders with real glyphs.
//
// Every path can be overridden from the environment:
//   CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_RUN_PATH
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import path from 'node:path';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/**
 * Chromium's flags here: root needs --no-sandbox; the rest keep it from
 * reaching for the network (closed here) and from /dev/shm, which is small
 * in containers.
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

const APT_FONT_PACKAGES = ['fonts-noto-cjk'];

/** True when `file` exists and is executable by us. */
function isExecutable(file) {
  if (!file) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks `name` up on $PATH (like `command -v`). */
function which(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/**
 * Returns the first usable candidate. An env override that is set but does not
 * point at an executable is an error: silently falling back would test another
 * browser than the one the developer asked for.
 */
function pick(envName, candidates) {
  const fromEnv = envName ? process.env[envName] : undefined;
  if (fromEnv) {
    const resolved = fromEnv.includes('/')
      ? path.resolve(fromEnv)
      : which(fromEnv);
    if (!isExecutable(resolved)) {
      throw new Error(
        `${envName}=${fromEnv} does not point at an executable file.`,
      );
    }
    return resolved;
  }
  for (const candidate of candidates) {
    const resolved = candidate.includes('/') ? candidate : which(candidate);
    if (isExecutable(resolved)) return resolved;
  }
  return null;
}

/** Debian multiarch triplets, the one of the running CPU first. */
function multiarchDirs() {
  const preferred =
    {
      x64: 'x86_64-linux-gnu',
      arm64: 'aarch64-linux-gnu',
      arm: 'arm-linux-gnueabihf',
      ia32: 'i386-linux-gnu',
      ppc64: 'powerpc64le-linux-gnu',
      riscv64: 'riscv64-linux-gnu',
      s390x: 's390x-linux-gnu',
    }[process.arch] ?? null;
  let others = [];
  try {
    others = readdirSync('/usr/lib').filter((d) => /-linux-gnu/.test(d));
  } catch {
    // not a Debian-like layout
  }
  return [...new Set([preferred, ...others].filter(Boolean))];
}

/** Candidate locations of WebKitGTK's MiniBrowser (Debian, Fedora, Arch layouts). */
function miniBrowserCandidates() {
  const apis = ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'];
  const out = [];
  for (const api of apis) {
    for (const triplet of multiarchDirs())
      out.push(`/usr/lib/${triplet}/${api}/MiniBrowser`);
    out.push(
      `/usr/libexec/${api}/MiniBrowser`,
      `/usr/lib/${api}/MiniBrowser`,
      `/usr/lib64/${api}/MiniBrowser`,
    );
  }
  return out;
}

/**
 * Paths of the browser binaries, or null for the ones that cannot be found.
 * @returns {{ chromium: string|null, firefox: string|null, webkitDriver: string|null, miniBrowser: string|null, xvfbRun: string|null }}
 */
export function findBrowsers() {
  return {
    chromium: pick('CHROME_PATH', [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ]),
    firefox: pick('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']),
    webkitDriver: pick('WEBKIT_DRIVER_PATH', [
      '/usr/bin/WebKitWebDriver',
      'WebKitWebDriver',
    ]),
    miniBrowser: pick('MINIBROWSER_PATH', miniBrowserCandidates()),
    xvfbRun: pick('XVFB_RUN_PATH', ['/usr/bin/xvfb-run', 'xvfb-run']),
  };
}

/**
 * What each engine needs: keys of findBrowsers(), the Debian packages that
 * provide them, and the env var that can point at an existing binary instead
 * (`bin` is only used in messages).
 */
const REQUIREMENTS = {
  chromium: [
    {
      key: 'chromium',
      label: 'Chromium',
      bin: 'chromium',
      packages: ['chromium'],
      env: 'CHROME_PATH',
    },
  ],
  firefox: [
    {
      key: 'firefox',
      label: 'Firefox ESR',
      bin: 'firefox-esr',
      packages: ['firefox-esr'],
      env: 'FIREFOX_PATH',
    },
  ],
  webkit: [
    {
      key: 'webkitDriver',
      label: 'WebKitWebDriver',
      bin: 'WebKitWebDriver',
      packages: ['webkit2gtk-driver'],
      env: 'WEBKIT_DRIVER_PATH',
    },
    {
      key: 'miniBrowser',
      label: 'WebKitGTK MiniBrowser',
      bin: 'MiniBrowser',
      packages: ['libwebkit2gtk-4.1-0'],
      env: 'MINIBROWSER_PATH',
    },
    {
      key: 'xvfbRun',
      label: 'xvfb-run (virtual X server)',
      bin: 'xvfb-run',
      packages: ['xvfb', 'xauth'],
      env: 'XVFB_RUN_PATH',
    },
  ],
};

/** Parses QINGDAO_BROWSERS ("chromium,firefox,webkit"; default: all three). */
export function selectedEngines(value = process.env.QINGDAO_BROWSERS) {
  if (!value || !value.trim() || value.trim() === 'all') return [...ENGINES];
  const aliases = {
    chrome: 'chromium',
    ff: 'firefox',
    'firefox-esr': 'firefox',
    minibrowser: 'webkit',
    webkitgtk: 'webkit',
  };
  const picked = [];
  for (const raw of value.split(/[\s,]+/).filter(Boolean)) {
    const name = aliases[raw.toLowerCase()] ?? raw.toLowerCase();
    if (!ENGINES.includes(name)) {
      throw new Error(
        `Unknown browser "${raw}" in QINGDAO_BROWSERS. Use a comma-separated subset of: ${ENGINES.join(',')}.`,
      );
    }
    if (!picked.includes(name)) picked.push(name);
  }
  return picked;
}

function isDpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], {
    encoding: 'utf8',
  });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

function canApt() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    !!which('apt-get')
  );
}

function run(cmd, args, env) {
  console.log(`[browsers] $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed with exit code ${r.status ?? r.signal}`,
    );
  }
}

function missingFor(engines, found) {
  const missing = [];
  for (const engine of engines) {
    for (const req of REQUIREMENTS[engine])
      if (!found[req.key]) missing.push(req);
  }
  return missing;
}

/**
 * Makes sure the binaries of `engines` exist. When something is missing and we
 * are root on a machine with apt-get (CI), installs the Debian packages;
 * otherwise throws an error that says what is missing and how to get it.
 * @param {readonly string[]} engines subset of ENGINES
 * @returns {ReturnType<typeof findBrowsers>}
 */
export function ensureBrowsers(engines = ENGINES) {
  let found = findBrowsers();
  let missing = missingFor(engines, found);
  const hasDpkg = !!which('dpkg-query');
  const missingFonts = hasDpkg
    ? APT_FONT_PACKAGES.filter((p) => !isDpkgInstalled(p))
    : [];

  if ((missing.length > 0 || missingFonts.length > 0) && canApt()) {
    const packages = [
      ...new Set([...missing.flatMap((m) => m.packages), ...missingFonts]),
    ];
    if (missing.length > 0) {
      console.log(
        `[browsers] missing: ${missing.map((m) => m.label).join(', ')}`,
      );
    }
    console.log(`[browsers] installing Debian packages: ${packages.join(' ')}`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], env);
    run(
      'apt-get',
      ['install', '-y', '--no-install-recommends', ...packages],
      env,
    );
    found = findBrowsers();
    missing = missingFor(engines, found);
  } else if (missingFonts.length > 0) {
    console.warn(
      `[browsers] warning: ${missingFonts.join(' ')} not installed; Chinese text may render as boxes ` +
        `(sudo apt-get install -y --no-install-recommends ${missingFonts.join(' ')}).`,
    );
  }

  if (missing.length > 0) {
    const packages = [...new Set(missing.flatMap((m) => m.packages))];
    const lines = [
      `Cannot run the browser tests: ${missing.map((m) => m.label).join(', ')} not found.`,
      '',
      'On Debian 12 (bookworm) install the engines with:',
      `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')} fonts-noto-cjk`,
      '',
      'or point at an existing binary:',
      ...missing.map((m) => `  ${m.env}=/path/to/${m.bin}`),
      '',
      `or run only the engines you have, e.g. QINGDAO_BROWSERS=${ENGINES.filter((e) => !missingFor([e], found).length).join(',') || 'chromium'} npm run test:browsers`,
    ];
    const error = new Error(lines.join('\n'));
    error.code = 'BROWSERS_MISSING';
    throw error;
  }
  return found;
}

// `node scripts/browsers.mjs` prints what was found (handy when debugging CI).
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(findBrowsers(), null, 2));
}
