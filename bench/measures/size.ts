// The module's bytes, against the same budget file as `npm run size`.
import { budgetedSizes } from '../../scripts/size.js';
import { figure } from '../harness.js';

export default async function size() {
  const files = budgetedSizes();
  return files.flatMap(({ file, budget, sizes }) =>
    (['raw', 'gzip', 'brotli'] as const).map((kind) => {
      const name = `Size, ${kind === 'gzip' ? 'gzip -9' : kind}`;
      const limit = budget[kind];
      return figure(
        files.length > 1 ? `${name}, ${file}` : name,
        sizes[kind],
        'B',
        limit === undefined ? undefined : ['≤', limit],
        { hard: true },
      );
    }),
  );
}
