import { z } from 'zod';

export const organisationKindSchema = z.enum([
  'region',
  'municipal-association',
  'association-of-local-authorities',
  'subregion',
  'regional-administration',
  'municipality',
]);

export const organisationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lowercase letters, digits and hyphens' }),
  kind: organisationKindSchema,
  name: z.string().min(1),
  shortName: z.string().optional(),
  parent: z.string().optional(),
  subregion: z.string().optional(),
  association: z.string().optional(),
  hospitalArea: z.string().optional(),
  note: z.string().optional(),
  verified: z.boolean().optional(),
  subregionVerified: z.boolean().optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

/** The organisations file: ids unique, and every reference (parent, sub-region, association) resolves. */
export const organisationDirectorySchema = z
  .object({ about: z.string().optional(), organisations: z.array(organisationSchema).min(1) })
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
