import { Kysely, Migration } from 'kysely';

/**
 * Replies to asking mail, as the inbound listener took them, and the counters that limit how often anyone may
 * knock on the public doors (the link pages, the listener). Counters live in the database, not in a process, so
 * that every web and listener process counts together.
 */
export const repliesAndLimits: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('inbound_replies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('act', 'text', (c) => c.notNull())
      .addColumn('workflow_id', 'text', (c) => c.notNull())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('contact_email', 'text', (c) => c.notNull())
      .addColumn('from_address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('documents', 'text', (c) => c.notNull())
      .addColumn('refused_attachments', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      // A relay that sends the same reply again (it lost our 250) records nothing new.
      .addUniqueConstraint('inbound_replies_once', ['message_id', 'workflow_id', 'organisation_id'])
      .execute();
    await db.schema.createIndex('inbound_replies_by_workflow').on('inbound_replies').columns(['workflow_id', 'received_at']).execute();
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_limits_key', ['key', 'window_start'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('rate_limits').execute();
    await db.schema.dropTable('inbound_replies').execute();
  },
};
