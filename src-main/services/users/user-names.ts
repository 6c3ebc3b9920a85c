import { eq } from 'drizzle-orm';

import type { Db } from '../../db/client';
import { users } from '../../db/schema';

/** A user's full name as recorded now (null for nobody or an unknown id): who wrote or uploaded what. */
export function userFullName(db: Db, id: string | null): string | null {
  if (id === null) {
    return null;
  }
  return db.select({ fullName: users.fullName }).from(users).where(eq(users.id, id)).get()?.fullName ?? null;
}
