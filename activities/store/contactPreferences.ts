import type { Store } from './database';

/** What a contact chose: a language for their mail (else their directory's), and whether they want only the asks. */
export interface ContactPreferences {
  language?: 'sv' | 'en';
  asksOnly: boolean;
}

export async function preferencesOf(db: Store, email: string): Promise<ContactPreferences | undefined> {
  const row = await db.selectFrom('contact_preferences').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row && { ...(row.language === 'sv' || row.language === 'en' ? { language: row.language } : {}), asksOnly: !!row.asks_only };
}

export async function savePreferences(db: Store, email: string, preferences: ContactPreferences, now = new Date()): Promise<void> {
  const values = { language: preferences.language ?? null, asks_only: preferences.asksOnly ? 1 : 0, updated_at: now.toISOString() };
  await db
    .insertInto('contact_preferences')
    .values({ email: email.toLowerCase(), ...values })
    .onConflict((oc) => oc.column('email').doUpdateSet(values))
    .execute();
}
