import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@contract': fileURLToPath(new URL('./src-main/contract', import.meta.url)) };

/**
 * main → out/main/main.js, bundle-worker.js and import-worker.js (ESM; dependencies such as better-sqlite3 stay external),
 * preload → out/preload/preload.cjs (CommonJS, bundled whole: a sandboxed preload cannot require),
 * renderer → out/renderer (served by the app:// protocol, or by the preview bridge).
 */
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // The bundle export and import workers are entries of their own: worker_threads load them by file name.
      rollupOptions: {
        input: {
          main: 'src-main/main.ts',
          'bundle-worker': 'src-main/services/bundles/worker/entry.ts',
          'import-worker': 'src-main/services/ministry/worker/entry.ts',
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: 'src-main/preload/index.ts' },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
      emptyOutDir: true,
      // electron-vite leaves bundles unminified by default; the renderer is big enough to matter.
      minify: true,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: fileURLToPath(new URL('./src-renderer/index.html', import.meta.url)) },
    },
  },
});
