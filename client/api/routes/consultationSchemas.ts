import { z } from '@hono/zod-openapi';
import { deadlineRuleSchema } from '../../../domain/calendar/deadlineRule';
import {
  consultationDocumentSchema,
  extendDeadlineSchema,
  recipientSchema,
  recordResponseSchema,
  withdrawRecipientSchema,
} from '../../../domain/consultation/consultation';
import { contactSchema } from '../../../domain/directory/contact';
import { guidelineIdSchema } from '../../../domain/guideline/guideline';

/** The CLI's `consultation add --org`: the organisation, refused as a withdrawal's would be. */
export const addRecipientRequestSchema = withdrawRecipientSchema.pick({ organisationId: true });

const progressSchema = z.object({
  total: z.number().int(),
  answered: z.number().int(),
  notAnsweredCount: z.number().int(),
  late: z.number().int(),
  byGroup: z.array(
    z.object({
      group: z.string(),
      total: z.number().int(),
      answered: z.number().int(),
      notAnswered: z.array(z.string()).openapi({ description: 'organisation ids, by name' }),
    }),
  ),
  notAnswered: z
    .array(z.object({ organisationId: z.string(), organisationName: z.string(), progressGroup: z.string() }))
    .openapi({ description: 'by sub-region, then by name' }),
});

/** A round as its workflow reports it (ConsultationView in workflows/consultation/api.ts). */
export const roundViewSchema = z
  .object({
    guidelineId: guidelineIdSchema,
    round: z.number().int(),
    status: z.enum(['scheduled', 'open', 'deadline-passed', 'closed']),
    document: consultationDocumentSchema,
    opensOn: z.string(),
    deadline: z.string().openapi({ description: 'the last day to answer as given (and as extended)' }),
    deadlineRule: deadlineRuleSchema,
    deadlineInForce: z.string().openapi({ description: 'the last day to answer by the deadline rule' }),
    processOwner: contactSchema,
    progress: progressSchema,
    recipients: z.array(recipientSchema),
    withdrawn: z.array(z.string()),
    responses: z.record(z.string(), recordResponseSchema.extend({ late: z.boolean(), recordedAt: z.string() })),
    upcomingReminders: z.array(z.object({ businessDaysBefore: z.number().int(), date: z.string(), at: z.string() })),
    extensions: z.array(extendDeadlineSchema.extend({ previousDeadline: z.string(), at: z.string() })),
    closeReason: z.string().optional(),
  })
  .openapi('ConsultationRound');

export const answerReceiptSchema = z
  .object({
    organisationId: z.string(),
    late: z.boolean(),
    replaced: z.boolean().openapi({ description: 'whether it replaced an answer recorded before' }),
    answered: z.number().int(),
    total: z.number().int(),
  })
  .openapi('AnswerReceipt');
