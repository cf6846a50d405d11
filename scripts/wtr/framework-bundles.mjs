// Serves `test/**/NAME.bundle.js` as NAME.ts bundled by esbuild with all it
// imports: React, sanitize-html and js-xss ship CommonJS, which the dev
// server does not load as is (test/frameworks/, test/publishing/tools/).
import path from 'node:path';

import { build } from 'esbuild';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export const frameworkBundlesPlugin = (root) => ({
  name: 'framework-bundles',
  async serve({ path: url }) {
    if (!url.startsWith('/test/') || !url.endsWith('.bundle.js')) return;
    const entry = path.join(root, url.replace(/\.bundle\.js$/, '.ts'));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      write: false,
      sourcemap: 'inline',
      define: {
        'process.env.NODE_ENV': '"development"',
        // Vue's compile-time flags, as a Vue app's bundler config sets them.
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      tsconfig: path.join(root, 'tsconfig.json'),
      // The package's own `sideEffects` would drop `import '…/src/index.js'`.
      ignoreAnnotations: true,
      logLevel: 'silent',
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
});
