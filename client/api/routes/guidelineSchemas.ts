import { z } from '@hono/zod-openapi';
import { isoDate } from '../../../domain/calendar/dates';
import {
  draftGuidelineSchema,
  guidelineIdSchema,
  guidelineKindSchema,
  guidelineSchema,
  guidelineStatusSchema,
  responsibleBodySchema,
} from '../../../domain/guideline/guideline';
import { expiringWithinSchema } from '../../guidelines';

/**
 * What `npm run cli -- register --file` reads: a draft (`"draft": true`, no validity yet) or a guideline in
 * force. The domain's own schemas, told apart by `draft`, so each refusal names its field as the CLI's does.
 */
export const registrationSchema = z
  .discriminatedUnion('draft', [
    draftGuidelineSchema.extend({ draft: z.literal(true) }),
    guidelineSchema.safeExtend({ draft: z.literal(false).optional() }),
  ])
  .openapi('GuidelineRegistration');

const reminderSchema = z.object({ daysBefore: z.number().int(), date: isoDate, daysLeft: z.number().int(), at: z.string() });

/** The state the guideline workflow reports (GuidelineView in workflows/guideline/api.ts). */
export const guidelineViewSchema = z
  .object({
    guidelineId: guidelineIdSchema,
    status: guidelineStatusSchema,
    guideline: draftGuidelineSchema.extend({ validFrom: isoDate.optional(), validUntil: isoDate.optional() }),
    period: z.number().int(),
    expiresAt: z.string().optional(),
    upcomingReminders: z.array(reminderSchema),
    sentReminders: z.array(z.string()),
    extensions: z.array(
      z.object({
        validUntil: isoDate,
        note: z.string(),
        decisionRef: z.string(),
        editorialChanges: z.string().optional(),
        version: z.string().optional(),
        at: z.string(),
        previousUntil: z.string(),
      }),
    ),
    consultationRounds: z.array(z.object({ round: z.number().int(), workflowId: z.string(), opensOn: z.string(), deadline: z.string() })),
    implementations: z.array(z.object({ n: z.number().int(), workflowId: z.string(), deadline: z.string() })),
    followUps: z.array(
      z.object({ n: z.number().int(), workflowId: z.string(), title: z.string(), opensOn: z.string(), closesOn: z.string() }),
    ),
    adoption: z
      .object({ validFrom: isoDate, validUntil: isoDate, decisionRef: z.string(), note: z.string().optional(), at: z.string() })
      .optional(),
    retirement: z.object({ reason: z.string(), decisionRef: z.string().optional(), at: z.string() }).optional(),
  })
  .openapi('Guideline');

/** The register's filters, for the page and the API alike: the CLI's `list --expiring-within`, status, body, kind, words. */
export const guidelineListQuery = z.object({
  status: guidelineStatusSchema.optional(),
  body: responsibleBodySchema.optional(),
  kind: guidelineKindSchema.optional(),
  expiringWithin: expiringWithinSchema.optional().openapi({
    description: 'in force, with the last valid day within this many days from today (Stockholm), soonest first; such as `180d`',
  }),
  q: z.string().max(200).optional().openapi({ description: 'words of the title or the id' }),
});
export type GuidelineListQuery = z.infer<typeof guidelineListQuery>;

export const guidelineListItemSchema = z
  .object({
    guidelineId: guidelineIdSchema,
    title: z.string(),
    status: guidelineStatusSchema,
    responsibleBody: responsibleBodySchema,
    kind: guidelineKindSchema,
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional().openapi({ description: 'the last valid day; a draft has none yet' }),
  })
  .openapi('GuidelineListItem');
export type GuidelineListItem = z.infer<typeof guidelineListItemSchema>;
