import crypto from 'node:crypto';
import type { Store } from './database';
import type { UsersTable } from './tables';

export type UserRow = UsersTable;

export const findUserByUsername = (db: Store, username: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

/** Adds an account; false when the username is taken (the unique index decides, so two at once cannot both win). */
export async function insertUser(db: Store, user: Omit<UserRow, 'id' | 'created_at'>, now: Date): Promise<UserRow | undefined> {
  const row: UserRow = { id: crypto.randomUUID(), created_at: now.toISOString(), ...user };
  const inserted = await db
    .insertInto('users')
    .values(row)
    .onConflict((oc) => oc.column('username').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1 ? row : undefined;
}

/** The account of someone the identity provider signed in, with the name and role it gives them today. */
export async function upsertProviderUser(db: Store, user: Pick<UserRow, 'username' | 'name' | 'role'>, now: Date): Promise<UserRow> {
  await db
    .insertInto('users')
    .values({ id: crypto.randomUUID(), created_at: now.toISOString(), password_hash: null, ...user })
    .onConflict((oc) => oc.column('username').doUpdateSet({ name: user.name, role: user.role }))
    .execute();
  const row = await findUserByUsername(db, user.username);
  if (!row) throw new Error(`user ${user.username} vanished while signing in`);
  return row;
}
