import type { AppSettings } from '../../contract/settings';
import { appSettingsSchema, DEFAULT_SETTINGS } from '../../contract/settings';
import type { Db } from '../../db/client';
import { appSettings } from '../../db/schema';
import { appendAudit, changesBetween } from '../audit/audit-log';
import type { Actor, CoreDeps } from '../context';

/** The installation's settings: stored values over the defaults (a bad stored value falls back). */
export function getSettings(db: Db): AppSettings {
  const rows = db.select().from(appSettings).all();
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value) as unknown;
    } catch {
      // An unreadable value is ignored: its default applies.
    }
  }
  const merged = appSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return merged.success ? merged.data : DEFAULT_SETTINGS;
}

/** Saves the settings given (the others keep their values), audited with before and after. */
export function updateSettings(deps: CoreDeps, actor: Actor, change: Partial<AppSettings>): AppSettings {
  return deps.db.transaction((tx) => {
    const before = getSettings(tx);
    const next: AppSettings = { ...before, ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) };
    const changes = changesBetween(before, next);
    const now = deps.clock.now();
    for (const key of Object.keys(changes)) {
      const value = JSON.stringify(next[key as keyof AppSettings]);
      tx.insert(appSettings)
        .values({ key, value, updatedAt: now.toISOString() })
        .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: now.toISOString() } })
        .run();
    }
    if (Object.keys(changes).length > 0) {
      appendAudit(tx, actor, now, { action: 'update', entityType: 'settings', entityId: null, changes });
    }
    return getSettings(tx);
  });
}
