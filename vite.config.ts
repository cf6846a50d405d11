import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * `vite build`: the widget as ONE self-contained, minified ES module
 * (lit and every locale inside, no chunks), which is what partner sites load.
 * `vite` (npm start): the demo in demo/.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
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
