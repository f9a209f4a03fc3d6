import { z } from '@hono/zod-openapi';
import { isoDate } from '../../../domain/calendar/dates';
import { draftGuidelineSchema, guidelineIdSchema, guidelineSchema, guidelineStatusSchema } from '../../../domain/guideline/guideline';

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

// The domain's schemas may be made before @hono/zod-openapi extends zod, so they take no .openapi() of their
// own: only schemas made here from them do.
export const guidelineIdParams = z.object({ id: guidelineIdSchema });

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
