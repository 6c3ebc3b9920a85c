import type { Language, Role } from '../contract/common';
import type { EventName, EventPayload } from '../contract/events';
import type { ParsedInput, ProcedureName, ProcedureOutput } from '../contract/procedures';
import type { Db } from '../db/client';
import type { Clock } from '../platform/clock';
import type { IdGenerator } from '../platform/ids';
import type { Logger } from '../platform/logger';
import type { SecretStore } from '../platform/secret-store';

/** What every service may use, passed in explicitly (no globals, no container). */
export type CoreDeps = {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  secrets: SecretStore;
  logger: Logger;
  appVersion: string;
  /** Language of the UI before anyone signs in (from the OS or --lang). */
  defaultLanguage: Language;
};

/** Who is signed in on one connection (one window, or one preview token). */
export type Session = { userId: string; role: Role };

/** The mutable session of one connection; a transport keeps one per window. */
export type SessionSlot = { current: Session | null };

/** Sends an event to the connection that made the call. */
export type Emit = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

/** Everything a handler gets besides its parsed input. */
export type CallContext = { deps: CoreDeps; session: SessionSlot; emit: Emit };

/** The implementation of one procedure. */
export type Handler<K extends ProcedureName> = (
  input: ParsedInput<K>,
  ctx: CallContext,
) => ProcedureOutput<K> | Promise<ProcedureOutput<K>>;

/** Implementations of some procedures, by name. */
export type HandlerMap<K extends ProcedureName> = { [P in K]: Handler<P> };
