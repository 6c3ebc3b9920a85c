import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/**
 * Structured logger. Callers pass event names and scalar fields only, never records, inputs or
 * secrets: personal data and keys must not reach a log file.
 */
export type Logger = {
  log(level: LogLevel, event: string, fields?: LogFields): void;
};

/** Appends JSON lines to `file` (created with its folder, readable only by the owner). */
export function fileLogger(file: string, clock: () => Date = () => new Date()): Logger {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  return {
    log(level, event, fields = {}) {
      const line = JSON.stringify({ at: clock().toISOString(), level, event, ...fields });
      try {
        appendFileSync(file, `${line}\n`, { mode: 0o600 });
      } catch {
        // A full or read-only disk must not turn a log line into a failed user action.
      }
    },
  };
}

/** Keeps entries in memory; for tests that assert what was (and was not) logged. */
export function memoryLogger(): Logger & { entries: { level: LogLevel; event: string; fields: LogFields }[] } {
  const entries: { level: LogLevel; event: string; fields: LogFields }[] = [];
  return {
    entries,
    log(level, event, fields = {}) {
      entries.push({ level, event, fields });
    },
  };
}
