import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const BUILT_MODULE = resolve(import.meta.dirname, 'dist/qingdao-initiative.js');

/**
 * Serves the built module at /qingdao-initiative.js in dev, so the demo's
 * embed panel can compute the integrity of what partner sites load. A 404
 * (not the demo page, Vite's fallback) when it has not been built yet.
 */
function serveBuiltModule(): Plugin {
  return {
    name: 'qingdao-serve-built-module',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/qingdao-initiative.js', (_request, response) => {
        readFile(BUILT_MODULE).then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript');
            response.setHeader('Cache-Control', 'no-store');
            response.end(code);
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
  plugins: [serveBuiltModule()],
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
