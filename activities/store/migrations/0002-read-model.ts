import { Kysely, Migration } from 'kysely';

/**
 * The read model: one row per workflow the pages show, and the mail each will send. Rows are replaced whole by
 * newer versions of their projection; `view` is the workflow's Query result as JSON.
 */
export const readModel: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('subjects')
      .addColumn('workflow_id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('guideline_id', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('body', 'text')
      .addColumn('guideline_kind', 'text')
      .addColumn('due_on', 'text')
      .addColumn('view', 'text', (c) => c.notNull())
      .addColumn('version', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('subjects_by_kind').on('subjects').columns(['kind', 'status', 'due_on']).execute();
    await db.schema.createIndex('subjects_by_due').on('subjects').columns(['kind', 'due_on']).execute();
    await db.schema.createIndex('subjects_by_guideline').on('subjects').columns(['guideline_id', 'kind']).execute();
    await db.schema
      .createTable('upcoming_mail')
      .addColumn('workflow_id', 'text', (c) => c.notNull().references('subjects.workflow_id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('organisation_id', 'text')
      .addPrimaryKeyConstraint('upcoming_mail_key', ['workflow_id', 'seq'])
      .execute();
    await db.schema.createIndex('upcoming_mail_by_time').on('upcoming_mail').columns(['at']).execute();
    await db.schema.createIndex('upcoming_mail_by_organisation').on('upcoming_mail').columns(['organisation_id', 'at']).execute();
    await db.schema.createIndex('upcoming_mail_by_email').on('upcoming_mail').columns(['email', 'at']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('upcoming_mail').execute();
    await db.schema.dropTable('subjects').execute();
  },
};
