import { Kysely, Migration } from 'kysely';

/**
 * Personal links: each token's hash and what it may do (one act, one workflow, one organisation, the contact it
 * was mailed to). Only the hash is kept: a copy of the database opens nothing.
 */
export const personalLinks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('personal_links')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('act', 'text', (c) => c.notNull())
      .addColumn('workflow_id', 'text', (c) => c.notNull())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('contact_name', 'text', (c) => c.notNull())
      .addColumn('contact_email', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('personal_links_by_contact').on('personal_links').columns(['contact_email']).execute();
    await db.schema.createIndex('personal_links_by_organisation').on('personal_links').columns(['organisation_id']).execute();
    await db.schema.createIndex('personal_links_by_workflow').on('personal_links').columns(['workflow_id', 'organisation_id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('personal_links').execute();
  },
};
