import crypto from 'node:crypto';
import type { LinkScope } from '../../domain/links/personalLink';
import { scopeKey } from '../../domain/links/personalLink';
import type { Store } from '../store/database';
import type { PersonalLinksTable } from '../store/tables';

/** 22 characters of base64url: 132 bits, short enough to stand in an address's local part (`svar+<token>@…`). */
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/**
 * The token of a scope: the first 132 bits of HMAC-SHA256 under the secret, so that every mail of one ask (the
 * invitation and each reminder, and a retried send) carries the same link, and nobody without the secret can
 * make or guess one.
 */
export const tokenFor = (secret: Buffer, scope: LinkScope): string =>
  crypto.createHmac('sha256', secret).update(scopeKey(scope)).digest('base64url').slice(0, 22);

const hashOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Makes the link of a scope usable and returns its token; issuing it again changes nothing. */
export async function issueLink(db: Store, secret: Buffer, scope: LinkScope, now = new Date()): Promise<string> {
  const token = tokenFor(secret, scope);
  await db
    .insertInto('personal_links')
    .values({
      token_hash: hashOf(token),
      act: scope.act,
      workflow_id: scope.workflowId,
      organisation_id: scope.organisationId,
      contact_name: scope.contact.name,
      contact_email: scope.contact.email.toLowerCase(),
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .execute();
  return token;
}

/**
 * The scope a token opens; anything that is not a token is simply not found. Whether the ask is still open (the
 * round not closed, the organisation not withdrawn) is the read model's to say, at the moment of use.
 */
export function linkOf(db: Store, token: string): Promise<PersonalLinksTable | undefined> {
  if (!TOKEN.test(token)) return Promise.resolve(undefined);
  return db.selectFrom('personal_links').selectAll().where('token_hash', '=', hashOf(token)).executeTakeFirst();
}
