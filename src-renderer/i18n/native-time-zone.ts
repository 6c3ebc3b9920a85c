/**
 * The system's time zone, read from the native Intl before the FormatJS polyfills replace it
 * (imported first in main.tsx; the forced polyfill would otherwise default to UTC).
 */
export const NATIVE_TIME_ZONE: string = new Intl.DateTimeFormat().resolvedOptions().timeZone;
