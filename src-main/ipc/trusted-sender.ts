/** An origin our windows are allowed to be loaded from, e.g. `{ protocol: 'app:', host: 'korpu' }`. */
export type TrustedOrigin = { protocol: string; host: string };

/** The part of Electron's WebFrameMain that the sender check reads. */
export type SenderFrame = { url: string; parent: unknown } | null | undefined;

/** The app's own origin, served by the `app://` protocol handler. */
export const APP_ORIGIN: TrustedOrigin = { protocol: 'app:', host: 'korpu' };

/**
 * True when a URL belongs to one of the trusted origins. Compares protocol and host, because
 * WHATWG URL gives custom schemes an opaque origin ("null").
 */
export function isTrustedUrl(url: string, trusted: readonly TrustedOrigin[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return trusted.some((origin) => parsed.protocol === origin.protocol && parsed.host === origin.host);
}

/** True for the top frame of one of our own pages; an iframe or a foreign page is refused. */
export function isTrustedFrame(frame: SenderFrame, trusted: readonly TrustedOrigin[]): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isTrustedUrl(frame.url, trusted);
}
