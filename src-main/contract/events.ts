import type { z } from 'zod';

import { sessionSchema } from './accounts';
import { jobProgressSchema } from './bundles';
import { importProgressSchema } from './ministry';

/** Events the core pushes to a window (payload schemas validate both ways like procedures). */
export const events = {
  /** The session of this window changed (signed in, signed out). */
  'session.changed': sessionSchema.nullable(),
  /** A long job this window started (a bundle export) moved on. */
  'job.progress': jobProgressSchema,
  /** A bundle import this window started moved on. */
  'import.progress': importProgressSchema,
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;
export const eventNames = Object.keys(events) as EventName[];

/** True when `name` is an event of the contract. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
