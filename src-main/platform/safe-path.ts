import { normalize, resolve, sep } from 'node:path';

/**
 * Resolves a URL path inside `root`, or null when it would leave it (`..`, encoded slashes,
 * backslashes, NUL). `/` means index.html. Used by the app:// protocol and the preview server.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const target = resolve(base, normalize(relative));
  return target === base || !target.startsWith(base + sep) ? null : target;
}
