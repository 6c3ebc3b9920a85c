// Runs the import worker from TypeScript sources (CLI, preview and tests run under tsx or vitest,
// not from a build): tsx compiles entry.ts and what it imports inside this worker. The app runs the
// built import-worker.js instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./entry.ts', import.meta.url);
