import { fileURLToPath } from 'node:url';

/** The repository root (E2E code must not load the core itself: the preview process does). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
