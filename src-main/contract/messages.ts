import type { Language } from './common';
import az from './messages/az.json';
import en from './messages/en.json';
import ru from './messages/ru.json';


/**
 * Translations of error codes (`errors.*`) and field messages (`validation.*`), shared by the
 * renderer's i18n and the CLI so that a rejection reads the same everywhere.
 */
export const contractMessages: Record<Language, typeof en> = { az, ru, en };

/** Fills `{{name}}` placeholders. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
