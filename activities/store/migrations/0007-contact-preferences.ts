import { Kysely, Migration } from 'kysely';

/** What a contact chose on their own page: the language of their mail, and whether to have only the mail that asks. */
export const contactPreferences: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('contact_preferences')
      .addColumn('email', 'text', (c) => c.primaryKey())
      .addColumn('language', 'text')
      .addColumn('asks_only', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('contact_preferences').execute();
  },
};
