import crypto from 'node:crypto';
import type { Store } from './database';
import type { UserRow } from './users';

/** A new session's secrets: the id goes in the cookie, the CSRF token in every form and X-CSRF-Token header. */
export interface NewSession {
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface SessionWithUser {
  user: Pick<UserRow, 'id' | 'username' | 'name' | 'role'>;
  csrfToken: string;
  expiresAt: string;
}

/** 256 random bits, URL-safe. */
export const randomToken = () => crypto.randomBytes(32).toString('base64url');

const hashOf = (id: string) => crypto.createHash('sha256').update(id).digest('base64url');

export async function createSession(db: Store, userId: string, now: Date, hours: number): Promise<NewSession> {
  const session = { id: randomToken(), csrfToken: randomToken(), expiresAt: new Date(now.getTime() + hours * 3_600_000) };
  // Sessions that have ended are swept here rather than by a timer: signing in is rare and the index is on expiry.
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashOf(session.id),
      user_id: userId,
      csrf_token: session.csrfToken,
      created_at: now.toISOString(),
      expires_at: session.expiresAt.toISOString(),
    })
    .execute();
  return session;
}

/** The session a cookie names, with its user, while it has not expired. */
export async function findSession(db: Store, id: string, now: Date): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.name', 'users.role', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', hashOf(id))
    .where('sessions.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row) return undefined;
  const { csrf_token, expires_at, ...user } = row;
  return { user, csrfToken: csrf_token, expiresAt: expires_at };
}

export async function deleteSession(db: Store, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashOf(id)).execute();
}
