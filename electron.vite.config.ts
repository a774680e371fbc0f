import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The report render worker is an entry of its own: out/main/render-worker.js, which
        // src/main/core/reports/engine/render.ts starts in a worker thread.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'render-worker': resolve(__dirname, 'src/main/core/reports/engine/render-worker.ts'),
        },
        // Lazy `import()`s of dependencies become require() calls: native import() from inside
        // app.asar has had loader bugs (electron/electron#38957, #40211, #45896).
        output: { dynamicImportInCjs: false },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload may require nothing but 'electron': bundle everything else in.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
