import { ensureRendererBuilt } from '../../src-main/preview/renderer-build';
import { REPO_ROOT } from './paths';

/** Builds the renderer once, before any spec starts a preview (they would race to build it). */
export default function globalSetup(): void {
  ensureRendererBuilt(REPO_ROOT);
}
