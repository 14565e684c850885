// Builds the main process (ESM, package.json is "type": "module") and the
// preload (CommonJS: a sandboxed preload cannot be an ES module) into out/.
// The renderer is built separately by `npm run build:renderer`.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  main: {
    root,
    build: {
      outDir: resolve(root, 'out/main'),
      emptyOutDir: true,
      sourcemap: true,
      // Bundle zod into main so the packaged app needs no node_modules at all
      // (the server's native modules never enter the installer).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
        external: ['electron', /^node:/],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    root,
    build: {
      outDir: resolve(root, 'out/preload'),
      emptyOutDir: true,
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
});
