// Fails when locales/*.xlf or src/generated/ are out of date with the source,
// or when a message has no translation. Extracts and builds into a temporary
// folder and compares, so the working tree is never touched.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(
  readFileSync(join(root, 'lit-localize.json'), 'utf8'),
);
const work = mkdtempSync(join(tmpdir(), 'qingdao-localize-'));
const problems = [];

try {
  const xliffDir = join(work, 'locales');
  const outputDir = join(work, 'generated');
  cpSync(join(root, config.interchange.xliffDir), xliffDir, {
    recursive: true,
  });
  const tempConfig = join(root, `.lit-localize-check-${process.pid}.json`);
  writeFileSync(
    tempConfig,
    JSON.stringify({
      ...config,
      interchange: { ...config.interchange, xliffDir },
      output: {
        ...config.output,
        outputDir: join(outputDir, 'locales'),
        localeCodesModule: join(outputDir, 'locale-codes.ts'),
      },
    }),
  );
  try {
    const run = (command) =>
      execFileSync(
        join(root, 'node_modules/.bin/lit-localize'),
        [command, '--config', tempConfig],
        {
          cwd: root,
          stdio: 'pipe',
        },
      );
    run('extract');
    run('build');
  } finally {
    rmSync(tempConfig, { force: true });
  }

  const compare = (fresh, committed) => {
    if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
      problems.push(`${committed.replace(root + '/', '')} is out of date`);
    }
  };
  for (const locale of config.targetLocales) {
    const name = `${locale}.xlf`;
    compare(
      join(xliffDir, name),
      join(root, config.interchange.xliffDir, name),
    );
    const xliff = readFileSync(join(xliffDir, name), 'utf8');
    for (const [, id, unit] of xliff.matchAll(
      /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g,
    )) {
      if (!/<target>[\s\S]+<\/target>/.test(unit))
        problems.push(`${name}: "${id}" has no translation`);
      // A hashed id: msg() without { id }, which the build cannot look up
      // (scripts/vite/explicit-message-ids.ts).
      if (/^[sh][0-9a-f]{16}$/.test(id))
        problems.push(`${name}: a message has no explicit id (${id})`);
    }
    compare(
      join(outputDir, 'locales', `${locale}.ts`),
      join(root, config.output.outputDir, `${locale}.ts`),
    );
  }
  compare(
    join(outputDir, 'locale-codes.ts'),
    join(root, config.output.localeCodesModule),
  );
  const extra = readdirSync(join(root, config.interchange.xliffDir)).filter(
    (file) => !config.targetLocales.includes(file.replace(/\.xlf$/, '')),
  );
  for (const file of extra)
    problems.push(`locales/${file} is not a target locale`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(
    `Localization is stale or incomplete:\n  ${problems.join('\n  ')}\n` +
      'Run `npm run localize:extract`, translate in locales/*.xlf, then `npm run localize:build`.',
  );
  process.exit(1);
}
console.log(
  'Localization: XLIFF and generated locales are up to date and complete.',
);
