import type { Store } from './database';
import type { PersonalLinksTable } from './tables';

/** Every link of a contact's own, and every link to an ask of their organisation, by whomever it was mailed to. */
export function linksOfContactAndOrganisation(db: Store, contactEmail: string, organisationId: string): Promise<PersonalLinksTable[]> {
  return db
    .selectFrom('personal_links')
    .selectAll()
    .where((eb) => eb.or([eb('contact_email', '=', contactEmail.toLowerCase()), eb('organisation_id', '=', organisationId)]))
    .orderBy('created_at')
    .execute();
}
