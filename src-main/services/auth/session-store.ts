import { randomBytes } from 'node:crypto';

/** A signed-in session. The window holds only its id; everything else stays in the main process. */
export type SessionRecord = {
  id: string;
  userId: string;
  /** The window (or preview server) that signed in: the id is refused on any other. */
  connectionId: string;
  createdAt: number;
  lastActivityAt: number;
  locked: boolean;
};

/** A session ends after 12 hours whatever happens: a forgotten window does not stay signed in. */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** The in-memory table of sessions (a restart signs everyone out, by design). */
export type SessionStore = {
  create(userId: string, connectionId: string, now: number): SessionRecord;
  get(id: string): SessionRecord | undefined;
  touch(id: string, now: number): void;
  setLocked(id: string, locked: boolean, now: number): void;
  drop(id: string): void;
  /** Ends every session of a user (deactivated, password reset, locked out). */
  dropUser(userId: string): void;
  /** Ends every session of a closed window. */
  dropConnection(connectionId: string): void;
};

/** An empty session store. Ids are 256 random bits, never derived from anything guessable. */
export function sessionStore(): SessionStore {
  const sessions = new Map<string, SessionRecord>();
  const dropWhere = (match: (record: SessionRecord) => boolean): void => {
    for (const [id, record] of sessions) {
      if (match(record)) {
        sessions.delete(id);
      }
    }
  };
  return {
    create(userId, connectionId, now) {
      const record: SessionRecord = {
        id: randomBytes(32).toString('base64url'),
        userId,
        connectionId,
        createdAt: now,
        lastActivityAt: now,
        locked: false,
      };
      sessions.set(record.id, record);
      return record;
    },
    get: (id) => sessions.get(id),
    touch(id, now) {
      const record = sessions.get(id);
      if (record !== undefined && !record.locked) {
        record.lastActivityAt = now;
      }
    },
    setLocked(id, locked, now) {
      const record = sessions.get(id);
      if (record !== undefined) {
        record.locked = locked;
        record.lastActivityAt = now;
      }
    },
    drop: (id) => void sessions.delete(id),
    dropUser: (userId) => dropWhere((record) => record.userId === userId),
    dropConnection: (connectionId) => dropWhere((record) => record.connectionId === connectionId),
  };
}
