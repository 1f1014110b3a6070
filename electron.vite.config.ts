import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

import { pathAliases } from './scripts/lib/path-aliases.mjs';

// Where the build goes: out/ unless PSD_OUT_DIR names another folder (two builds side by side).
const out = process.env.PSD_OUT_DIR ? resolve(process.env.PSD_OUT_DIR) : resolve(import.meta.dirname, 'out');
const alias = pathAliases(import.meta.dirname);

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(out, 'main'),
      // lowdb and steno are ESM-only; bundling them keeps the CommonJS main loadable. i18next (main's
      // translator) is bundled like the page's, so the packaged app needs no copy of it.
      externalizeDeps: { exclude: ['lowdb', 'steno', 'i18next'] },
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') },
        // __dirname in main resolves ../preload and ../renderer from out/main.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(out, 'preload'),
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload can only be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    resolve: { alias },
    build: {
      outDir: resolve(out, 'renderer'),
      // Minified for the window the user opens (electron-vite leaves the renderer unminified by
      // default); source maps beside it, so a minified stack from the log can be mapped back.
      minify: true,
      sourcemap: true,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
