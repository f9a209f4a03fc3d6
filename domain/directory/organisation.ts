import { z } from 'zod';
import { listOf, multiLine, singleLine } from '../fields';
import { ValidationError } from '../validation';

export const organisationKindSchema = z.enum([
  'region',
  'municipal-association',
  'association-of-local-authorities',
  'subregion',
  'regional-administration',
  'municipality',
]);

const organisationId = z.string().regex(/^[a-z0-9-]{1,80}$/, { error: 'must be lowercase letters, digits and hyphens (at most 80)' });

export const organisationSchema = z.strictObject({
  id: organisationId,
  kind: organisationKindSchema,
  name: singleLine(200),
  shortName: singleLine(80).optional(),
  parent: singleLine(80).optional(),
  subregion: singleLine(80).optional(),
  association: singleLine(80).optional(),
  hospitalArea: singleLine(200).optional(),
  note: multiLine(2000).optional(),
  verified: z.boolean().optional(),
  subregionVerified: z.boolean().optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

// Every organisation of a nation, with a wide margin: Sweden has 290 municipalities and 21 regions.
const MAX_DIRECTORY_ORGANISATIONS = 2000;

/** The organisations file: ids unique, and every reference (parent, sub-region, association) resolves. */
export const organisationDirectorySchema = z
  .strictObject({
    about: multiLine(4000).optional(),
    organisations: listOf(organisationSchema, MAX_DIRECTORY_ORGANISATIONS, 'organisations').min(1),
  })
  .superRefine(({ organisations }, ctx) => {
    const ids = new Set<string>();
    organisations.forEach((o, i) => {
      if (ids.has(o.id)) ctx.addIssue({ code: 'custom', path: ['organisations', i, 'id'], message: `duplicate id ${o.id}` });
      ids.add(o.id);
    });
    organisations.forEach((o, i) => {
      for (const field of ['parent', 'subregion', 'association'] as const) {
        const ref = o[field];
        if (ref !== undefined && !ids.has(ref)) {
          ctx.addIssue({ code: 'custom', path: ['organisations', i, field], message: `unknown organisation ${ref}` });
        }
      }
    });
  });
export type OrganisationDirectory = z.infer<typeof organisationDirectorySchema>;

/** A contact at its place in the input, such as `subscribers.2`. */
export type PlacedContact = readonly [path: string, contact: { organisationId: string }];

/** Each contact whose organisation is not in the directory, named by its place in the input. */
export function unknownContactOrganisations(directory: OrganisationDirectory, contacts: readonly PlacedContact[]): string[] {
  const known = new Set(directory.organisations.map((o) => o.id));
  return contacts
    .filter(([, c]) => !known.has(c.organisationId))
    .map(([path, c]) => `${path}.organisationId: unknown organisation '${c.organisationId}'`);
}

/** Refuses, naming every one, contacts whose organisation is not in the directory. */
export function requireKnownOrganisations(directory: OrganisationDirectory, contacts: readonly PlacedContact[]): void {
  const problems = unknownContactOrganisations(directory, contacts);
  if (problems.length) throw new ValidationError(problems);
}

/** Contacts of a list with their places: `group.0`, `group.1`, … */
export const placed = (path: string, contacts: ReadonlyArray<{ organisationId: string }>): PlacedContact[] =>
  contacts.map((c, i) => [`${path}.${i}`, c] as const);
