import type { Language, Role } from '../contract/common';
import type { EventName, EventPayload } from '../contract/events';
import type { ParsedInput, ProcedureName, ProcedureOutput } from '../contract/procedures';
import type { RootDb } from '../db/client';
import type { Clock } from '../platform/clock';
import type { IdGenerator } from '../platform/ids';
import type { Logger } from '../platform/logger';
import type { SecretStore } from '../platform/secret-store';
import type { SessionStore } from './auth/session-store';
import type { ResidentIndex } from './residents/resident-index';

/** What every service may use, passed in explicitly (no globals, no container). */
export type CoreDeps = {
  db: RootDb;
  clock: Clock;
  ids: IdGenerator;
  secrets: SecretStore;
  logger: Logger;
  /** Signed-in sessions, in memory: a restart signs everyone out. */
  sessions: SessionStore;
  /** Every child's list entry, in memory, for instant search and filters. */
  residentIndex: ResidentIndex;
  /** The installation's data directory (database, recovery file, logs). */
  dataDir: string;
  appVersion: string;
  /** Language of the UI before anyone signs in (from the OS or --lang). */
  defaultLanguage: Language;
  /** The app's migrations (drizzle/), to check a backup's schema against. */
  migrationsFolder: string;
  /**
   * Closes the database, runs `work` (which may replace the file: a restore), then opens it again in
   * place — every service sees the new connection — and signs everyone out.
   */
  withDatabaseClosed<T>(work: () => Promise<T>): Promise<T>;
};

/** Sends an event to the connection that made the call. */
export type Emit = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

/**
 * What a transport passes with each call: the opaque session id the window holds (or null) and
 * which connection (window, preview server) the call came over.
 */
export type CallContext = { deps: CoreDeps; sessionId: string | null; connectionId: string; emit: Emit };

/** The signed-in user behind a call, resolved by dispatch from the session id. */
export type Caller = {
  sessionId: string;
  userId: string;
  login: string;
  fullName: string;
  role: Role;
  language: Language;
  locked: boolean;
  mustChangePassword: boolean;
};

/** Who did something, for the audit trail: the caller (or nobody, e.g. a failed sign-in) and how. */
export type Actor = { userId: string | null; login: string | null; procedure: string };

/** Everything a handler gets besides its parsed input. */
export type HandlerContext = CallContext & { procedure: ProcedureName; caller: Caller | null; actor: Actor };

/** The implementation of one procedure. */
export type Handler<K extends ProcedureName> = (
  input: ParsedInput<K>,
  ctx: HandlerContext,
) => ProcedureOutput<K> | Promise<ProcedureOutput<K>>;

/** Implementations of some procedures, by name. */
export type HandlerMap<K extends ProcedureName> = { [P in K]: Handler<P> };
