import { z } from 'zod';
import { roleSchema } from '../../../domain/access';
import { Failure } from '../../../domain/failures';
import { parseOrThrow, ValidationError } from '../../../domain/validation';
import type { Store } from '../../../activities/store/database';
import { findUserByUsername, insertUser } from '../../../activities/store/users';
import type { SignedInUser } from '../env';
import { hashPassword, verifyNobody, verifyPassword } from './passwords';

export const usernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, { error: 'must be 2 to 64 lowercase letters, digits, dots, hyphens or underscores' });

export const newAccountSchema = z.object({
  username: usernameSchema,
  name: z.string().trim().min(1, { error: 'is required' }).max(200),
  role: roleSchema,
  password: z.string().min(12, { error: 'must be at least 12 characters' }).max(1024, { error: 'must be at most 1024 characters' }),
});

export const signInSchema = z.object({
  username: z.string().min(1, { error: 'is required' }).max(64),
  password: z.string().min(1, { error: 'is required' }).max(1024),
});

/** A local account, refused with the field named; a taken username is the state's refusal, not the input's. */
export async function addLocalAccount(db: Store, input: unknown, now = new Date()): Promise<SignedInUser> {
  const account = parseOrThrow(newAccountSchema, input);
  const row = await insertUser(
    db,
    { username: account.username, name: account.name, role: account.role, password_hash: await hashPassword(account.password) },
    now,
  );
  if (!row) throw new ValidationError([`username: '${account.username}' is taken`], Failure.WrongState);
  return { id: row.id, username: row.username, name: row.name, role: account.role };
}

/** The account a username and password open, or undefined; both wrong and unknown take the same time. */
export async function checkLocalSignIn(db: Store, username: string, password: string): Promise<SignedInUser | undefined> {
  const row = await findUserByUsername(db, username);
  const role = roleSchema.safeParse(row?.role);
  const ok = row?.password_hash ? await verifyPassword(password, row.password_hash) : await verifyNobody(password);
  return ok && row && role.success ? { id: row.id, username: row.username, name: row.name, role: role.data } : undefined;
}
