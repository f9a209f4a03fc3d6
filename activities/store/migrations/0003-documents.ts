import { Kysely, Migration } from 'kysely';

/**
 * The document index: one row per document handed in, naming its bytes by their SHA-256 in the blob store.
 * Two organisations that send the same file share its bytes but keep a row each, with their own names.
 */
export const documents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('filename', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('workflow_id', 'text', (c) => c.notNull())
      .addColumn('organisation_id', 'text')
      .addColumn('received_via', 'text', (c) => c.notNull())
      .addColumn('received_from', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documents_by_workflow').on('documents').columns(['workflow_id', 'received_at']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('documents').execute();
  },
};
