import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * `vite build`: the widget as ONE self-contained, minified ES module
 * (lit and every locale inside, no chunks), which is what partner sites load.
 * `vite` (npm start): the demo in demo/.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [serveBuiltPackage()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: ['..'] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2021',
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'qingdao-initiative.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        codeSplitting: false,
      },
    },
    reportCompressedSize: true,
  },
});
