import type { LinkSettings } from '../../domain/links/personalLink';
import type { Store } from '../store/database';
import type { CalendarFeedsTable } from '../store/tables';
import { derivedToken, hashOf, isToken } from './personalLinks';

/** Whose calendar a feed shows: an organisation's, or one of its contacts' (what the organisation is asked, and theirs). */
export interface FeedOwner {
  organisationId: string;
  contactEmail?: string;
}

// No personal link's scope key begins so: a feed's token is never a link's.
const feedKey = (owner: FeedOwner) => ['calendar-feed', owner.organisationId, owner.contactEmail?.toLowerCase() ?? ''].join('|');

/**
 * Makes the feed of an owner usable and returns its token: derived from the secret, as a personal link's is, so
 * the same owner always gets the same address (a calendar subscribes once) while only the token's hash is kept.
 */
export async function issueFeed(db: Store, secret: Uint8Array, owner: FeedOwner, now = new Date()): Promise<string> {
  const token = derivedToken(secret, feedKey(owner));
  await db
    .insertInto('calendar_feeds')
    .values({
      token_hash: hashOf(token),
      organisation_id: owner.organisationId,
      contact_email: owner.contactEmail?.toLowerCase() ?? null,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .execute();
  return token;
}

/** The feed a token opens; anything that is not an issued token is simply not found. */
export function feedOf(db: Store, token: string): Promise<CalendarFeedsTable | undefined> {
  if (!isToken(token)) return Promise.resolve(undefined);
  return db.selectFrom('calendar_feeds').selectAll().where('token_hash', '=', hashOf(token)).executeTakeFirst();
}

/** Where a calendar program subscribes to a feed: no sign-in, the token is the key. */
export const feedUrl = (links: Pick<LinkSettings, 'publicUrl'>, token: string) => `${links.publicUrl}/calendar/${token}.ics`;

/**
 * The subscription addresses of a contact's calendar and of their organisation's, issued on first use: what the
 * contact's own page offers them.
 */
export async function calendarFeedUrls(
  db: Store,
  links: Pick<LinkSettings, 'publicUrl' | 'secret'>,
  { organisationId, contactEmail }: { organisationId: string; contactEmail: string },
): Promise<{ contact: string; organisation: string }> {
  const contact = await issueFeed(db, links.secret, { organisationId, contactEmail });
  const organisation = await issueFeed(db, links.secret, { organisationId });
  return { contact: feedUrl(links, contact), organisation: feedUrl(links, organisation) };
}
