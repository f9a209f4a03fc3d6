import { Kysely, Migration } from 'kysely';

/**
 * Calendar feeds: each subscription token's hash and whose calendar it opens, an organisation's or one of its
 * contacts'. Only the hash is kept: a copy of the database opens no calendar.
 */
export const calendarFeeds: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('calendar_feeds')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      // Null for the organisation's own feed.
      .addColumn('contact_email', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('calendar_feeds').execute();
  },
};
