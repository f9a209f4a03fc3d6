import { z } from 'zod';
import type { Recipient, RecipientGroup } from '../consultation/consultation';
import { listOf, multiLine } from '../fields';
import { contactSchema } from './contact';
import type { Organisation, OrganisationDirectory } from './organisation';
import { ValidationError } from '../validation';

// A few contacts for every organisation of the largest directory.
const MAX_DIRECTORY_CONTACTS = 10_000;

/** The contacts file: who receives mail for each organisation. Organisation ids are checked against the directory on use. */
export const contactDirectorySchema = z.strictObject({
  about: multiLine(4000).optional(),
  contacts: listOf(contactSchema, MAX_DIRECTORY_CONTACTS, 'contacts'),
});
export type ContactDirectory = z.infer<typeof contactDirectorySchema>;

/** What a round counts an organisation's answer under: a municipality's sub-region, otherwise the organisation's kind. */
export function progressGroupOf(organisation: Organisation): string {
  return organisation.kind === 'municipality' && organisation.subregion ? organisation.subregion : organisation.kind;
}

/**
 * The organisations a round goes to, with their contacts, in the order of the organisations file.
 * Every unknown sub-region or organisation, every contact of an unknown organisation and every
 * organisation without a contact is reported at once.
 */
export function resolveRecipients(groups: RecipientGroup[], organisations: OrganisationDirectory, contacts: ContactDirectory): Recipient[] {
  const problems: string[] = [];
  const all = organisations.organisations;
  const byId = new Map(all.map((o) => [o.id, o]));
  const chosen = new Set<string>();
  const choose = (predicate: (o: Organisation) => boolean) => all.filter(predicate).forEach((o) => chosen.add(o.id));

  groups.forEach((group, i) => {
    switch (group.group) {
      case 'all-municipalities':
        choose((o) => o.kind === 'municipality');
        break;
      case 'principals':
        choose((o) => o.kind === 'municipality' || o.kind === 'region');
        break;
      case 'subregion-municipalities':
        if (byId.get(group.subregion)?.kind !== 'subregion') {
          problems.push(`recipientGroups.${i}.subregion: unknown sub-region '${group.subregion}'`);
        } else {
          choose((o) => o.kind === 'municipality' && o.subregion === group.subregion);
        }
        break;
      case 'regional-administrations':
        choose((o) => o.kind === 'regional-administration');
        break;
      case 'subregions':
        choose((o) => o.kind === 'subregion');
        break;
      case 'organisations':
        group.organisationIds.forEach((id, j) => {
          if (byId.has(id)) chosen.add(id);
          else problems.push(`recipientGroups.${i}.organisationIds.${j}: unknown organisation '${id}'`);
        });
        break;
    }
  });

  contacts.contacts.forEach((c, i) => {
    if (!byId.has(c.organisationId)) problems.push(`contacts.${i}.organisationId: unknown organisation '${c.organisationId}'`);
  });

  const recipients: Recipient[] = [];
  for (const o of all) {
    if (!chosen.has(o.id)) continue;
    const own = contacts.contacts.filter((c) => c.organisationId === o.id);
    if (own.length === 0) problems.push(`recipients: no contact for '${o.id}' (${o.name})`);
    recipients.push({ organisationId: o.id, organisationName: o.name, progressGroup: progressGroupOf(o), contacts: own });
  }

  if (problems.length > 0) throw new ValidationError(problems);
  return recipients;
}
