import crypto from 'node:crypto';
import { askOf } from '../../domain/links/asks';
import { LinkScope, LinkSettings, PersonalAct, scopeKey } from '../../domain/links/personalLink';
import type { SendMailRequest } from '../types';
import type { Store } from '../store/database';
import type { PersonalLinksTable } from '../store/tables';

/**
 * 26 characters of lower-case base32: 130 bits, in an alphabet that survives a mail system which lower-cases the
 * local part of an address, and short enough to stand in one (`svar+<token>@…`, at most 64 characters).
 */
const TOKEN = /^[a-z2-7]{26}$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Buffer, characters: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < characters) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A token from HMAC-SHA256 of `key` under the secret: the same key gives the same token, and only the secret makes one. */
export const derivedToken = (secret: Uint8Array, key: string): string =>
  base32(crypto.createHmac('sha256', secret).update(key).digest(), 26);

/** Whether a string has a token's shape: anything else is simply not found, without asking the database. */
export const isToken = (token: string): boolean => TOKEN.test(token);

/**
 * The token of a scope, from HMAC-SHA256 under the secret: every mail of one ask (the invitation and each
 * reminder, and a retried send) carries the same link, and nobody without the secret can make or guess one.
 */
export const tokenFor = (secret: Uint8Array, scope: LinkScope): string => derivedToken(secret, scopeKey(scope));

/** What the database keeps of a token. */
export const hashOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Makes the link of a scope usable and returns its token; issuing it again changes nothing. */
export async function issueLink(db: Store, secret: Uint8Array, scope: LinkScope, now = new Date()): Promise<string> {
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

/** The link an asking mail carries, and the address a reply to it goes to. */
export interface PersonalLink {
  act: PersonalAct;
  url: string;
  replyTo: string;
}

/** The personal link for a mail, issued on the way out, or undefined for a mail that asks nothing. */
export async function personalLinkFor(db: Store, links: LinkSettings, request: SendMailRequest): Promise<PersonalLink | undefined> {
  const ask = askOf(request.message, request.to);
  if (!ask) return undefined;
  const token = await issueLink(db, links.secret, {
    ...ask,
    workflowId: request.workflowId,
    contact: { name: request.to.name, email: request.to.email },
  });
  const at = links.replyAddress.lastIndexOf('@');
  return {
    act: ask.act,
    url: `${links.publicUrl}/l/${token}`,
    replyTo: `${links.replyAddress.slice(0, at)}+${token}${links.replyAddress.slice(at)}`,
  };
}
