import type { HandlerMap } from '../context';
import { getSettings, updateSettings } from './settings-service';

/** Installation-wide settings: every role reads them (the idle time), the director changes them. */
export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, ctx) => getSettings(ctx.deps.db),
  'settings.update': (input, ctx) => updateSettings(ctx.deps, ctx.actor, input),
};
