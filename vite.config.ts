import { cpSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { demoFallbacks } from './scripts/vite/demo-fallbacks.js';
import { explicitMessageIds } from './scripts/vite/explicit-message-ids.js';
import { minifyCssLiterals } from './scripts/vite/minify-css-literals.js';
import { minifyHtmlLiterals } from './scripts/vite/minify-html-literals.js';
import { thirdPartyLicenses } from './scripts/vite/third-party-licenses.js';

const DIST = resolve(import.meta.dirname, 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built dist/ at the site's root in dev, as a partner site would
 * under its base URL: the module (the embed panel hashes it), the embed
 * pages and their scripts. A 404 when it has not been built yet.
 */
function serveBuiltPackage(): Plugin {
  const served = /^\/(qingdao-[\w-]+\.js|embed\/[\w.-]+|source\/[\w.-]+)$/;
  return {
    name: 'qingdao-serve-built-package',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split(/[?#]/)[0] ?? '';
        if (!served.test(path)) return next();
        readFile(resolve(DIST, `.${path}`)).then(
          (body) => {
            response.setHeader(
              'Content-Type',
              TYPES[extname(path)] ?? 'application/octet-stream',
            );
            response.setHeader('Cache-Control', 'no-store');
            response.end(body);
          },
          () => {
            response.statusCode = 404;
            response.end('Not built yet: run npm run build');
          },
        );
      });
    },
  };
}

/** The built package, copied beside the built demo: the site hosts dist/ at its root. */
function copyPackage(): Plugin {
  return {
    name: 'qingdao-copy-package',
    apply: 'build',
    writeBundle(options) {
      cpSync(DIST, options.dir!, { recursive: true });
    },
  };
}

const shared = {
  root: 'demo',
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: ['..'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
};

/**
 * `vite build`: the widget as ONE self-contained, minified ES module
 * (lit and every locale inside, no chunks), which is what partner sites load.
 * `vite build --mode demo`: the demo site, with the built package at its
 * root (as a partner hosts dist/), into demo-dist/; `vite preview` serves it.
 * `vite` (npm run dev): the demo with live reload.
 */
export default defineConfig(({ mode }) =>
  mode === 'demo'
    ? {
        ...shared,
        publicDir: 'public',
        plugins: [demoFallbacks(), copyPackage()],
        build: {
          outDir: resolve(import.meta.dirname, 'demo-dist'),
          emptyOutDir: true,
          target: 'es2021',
        },
      }
    : {
        ...shared,
        publicDir: 'public',
        plugins: [
          serveBuiltPackage(),
          demoFallbacks(),
          minifyCssLiterals(),
          minifyHtmlLiterals(),
          explicitMessageIds(),
          thirdPartyLicenses(),
        ],
        build: {
          outDir: DIST,
          emptyOutDir: true,
          // A library build copies no public files into the package.
          copyPublicDir: false,
          // ES2022 keeps class fields and #private members native (the
          // minifier renames #names; it cannot rename TypeScript's private).
          target: 'es2022',
          lib: {
            entry: resolve(import.meta.dirname, 'src/index.ts'),
            formats: ['es'],
            fileName: () => 'qingdao-initiative.js',
          },
          rolldownOptions: {
            output: {
              minify: true,
              codeSplitting: false,
              // Partner pages load the module as it is; no bundler reads
              // its /* @__PURE__ */ marks again.
              comments: { annotation: false },
            },
          },
          reportCompressedSize: true,
        },
      },
);
