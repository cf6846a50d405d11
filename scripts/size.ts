// Fails (exit 1) when a built file is over its budget in size-budget.json:
//
//   npm run size
//
// The budgets are bytes written in the repository, never derived from the
// build: growing past them takes a commit that raises them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** What a CDN serves: gzip -9 and brotli at its best quality. */
export function sizes(bytes: Uint8Array): Sizes {
  const quality = constants.BROTLI_MAX_QUALITY;
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality },
    }).length,
  };
}

/** Each budgeted file (relative to the repository) with its sizes and budget. */
export function budgetedSizes() {
  const budgets = JSON.parse(
    readFileSync(path.join(root, 'size-budget.json'), 'utf8'),
  ) as Record<string, Partial<Sizes>>;
  return Object.entries(budgets).map(([file, budget]) => ({
    file,
    budget,
    sizes: sizes(readFileSync(path.join(root, file))),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let over = false;
  for (const { file, budget, sizes: measured } of budgetedSizes()) {
    for (const kind of ['raw', 'gzip', 'brotli'] as const) {
      const limit = budget[kind];
      const fails = limit !== undefined && measured[kind] > limit;
      over ||= fails;
      const bytes = `${measured[kind]} B`.padStart(9);
      const against = limit === undefined ? '' : ` ≤ ${limit} B`;
      const result = limit === undefined ? '' : fails ? '  OVER' : '  ok';
      console.log(`${file} ${kind.padEnd(6)} ${bytes}${against}${result}`);
    }
  }
  process.exitCode = over ? 1 : 0;
}
