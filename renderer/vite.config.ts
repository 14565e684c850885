// The renderer's build: a static app in dist/renderer with relative asset paths,
// so Electron can load it from file:// and a tiny server can serve it over http.
// AKIMAT_BENCH=1 adds the benchmark page (bench.html) and writes to dist/renderer-bench.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { aliases } from './aliases';

const root = resolve(import.meta.dirname);
const bench = process.env.AKIMAT_BENCH === '1';
/** The app's version, shown in both hosts and sent with sync: package.json at build time. */
const version = (JSON.parse(readFileSync(resolve(root, '..', 'package.json'), 'utf8')) as { version: string }).version;

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  resolve: { alias: aliases },
  build: {
    outDir: resolve(root, '..', 'dist', bench ? 'renderer-bench' : 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    minify: process.env.AKIMAT_NO_MINIFY !== '1',
    rollupOptions: {
      input: bench ? { main: resolve(root, 'index.html'), bench: resolve(root, 'bench.html') } : { main: resolve(root, 'index.html') },
    },
  },
  server: { fs: { allow: [resolve(root, '..')] } },
});
