import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = { '@contract': fileURLToPath(new URL('./src-main/contract', import.meta.url)) };

/**
 * Three projects: `unit` (plain Node, beside the code), `dom` (renderer components in jsdom),
 * `integration` (services and transports against real SQLite files in temp dirs).
 * E2E runs in Playwright, benchmarks in `npm run bench`.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'test/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src-renderer/**/*.test.tsx'],
          setupFiles: ['src-renderer/test-setup.ts'],
          // A screen driven by user events in jsdom takes seconds on a busy two-core machine: a
          // time limit is a hang detector here, never a speed check (speed lives in benchmarks).
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts', 'test/migrations/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
