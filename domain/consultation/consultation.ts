import { z } from 'zod';
import { JULY, quietPeriodSchema } from '../calendar/businessDays';
import { contactSchema } from '../directory/contact';
import { isoDate, timeOfDay } from '../calendar/dates';
import { DEFAULT_DEADLINE_RULE, deadlineRuleSchema } from '../calendar/deadlineRule';

/** The document sent on a consultation round (remiss / synpunktsrunda). */
export const consultationDocumentSchema = z.object({
  title: z.string().trim().min(1, { error: 'is required' }).max(300),
  version: z.string().trim().min(1, { error: 'is required' }).max(40),
  link: z.url({ protocol: /^https?$/, error: 'must be an http(s) link' }),
});
export type ConsultationDocument = z.infer<typeof consultationDocumentSchema>;

/** Who a round goes to, as a process owner picks it; resolved to organisations and contacts at the edge. */
export const recipientGroupSchema = z.discriminatedUnion('group', [
  z.object({ group: z.literal('all-municipalities') }),
  /** Huvudmännen: the region and every municipality, each deciding for itself. */
  z.object({ group: z.literal('principals') }),
  z.object({ group: z.literal('subregion-municipalities'), subregion: z.string().min(1) }),
  z.object({ group: z.literal('regional-administrations') }),
  z.object({ group: z.literal('subregions') }),
  z.object({ group: z.literal('organisations'), organisationIds: z.array(z.string().min(1)).min(1) }),
]);
export type RecipientGroup = z.infer<typeof recipientGroupSchema>;

/** One invited organisation with the contacts who receive its mail. */
export const recipientSchema = z.object({
  organisationId: z.string().min(1),
  organisationName: z.string().min(1),
  /** The sub-region progress is counted under: a municipality's sub-region, otherwise the organisation's kind. */
  progressGroup: z.string().min(1),
  contacts: z.array(contactSchema).min(1, { error: 'needs at least one contact' }),
});
export type Recipient = z.infer<typeof recipientSchema>;

/** Reminders before an answer deadline, counted in business days, to organisations that have not answered. */
export const deadlineReminderPolicySchema = z.object({
  businessDaysBefore: z
    .array(z.int().min(1, { error: 'must be at least 1' }).max(250))
    .min(1, { error: 'needs at least one reminder' })
    .default([30, 14, 3]),
  sendAt: timeOfDay.default('08:00'),
  quietPeriods: z.array(quietPeriodSchema).default([JULY]),
});
export type DeadlineReminderPolicy = z.infer<typeof deadlineReminderPolicySchema>;

const withDeadlineAfterOpening = <T extends { opensOn: string; deadline: string }>(s: z.ZodType<T>) =>
  s.refine((r) => !isoDate.safeParse(r.opensOn).success || !isoDate.safeParse(r.deadline).success || r.deadline > r.opensOn, {
    path: ['deadline'],
    error: 'must be after opensOn',
  });

/** What a process owner asks for: groups, not yet contacts. */
export const consultationRequestSchema = withDeadlineAfterOpening(
  z.object({
    document: consultationDocumentSchema,
    recipientGroups: z.array(recipientGroupSchema).min(1, { error: 'needs at least one group' }),
    opensOn: isoDate,
    deadline: isoDate,
    reminderPolicy: deadlineReminderPolicySchema.default(() => deadlineReminderPolicySchema.parse({})),
    processOwner: contactSchema,
    /** What a deadline on a day off becomes; without it, the rule of the guideline's responsible body. */
    deadlineRule: deadlineRuleSchema.optional(),
  }),
);
export type ConsultationRequest = z.infer<typeof consultationRequestSchema>;

const resolvedRoundFields = {
  document: consultationDocumentSchema,
  recipients: z.array(recipientSchema).min(1, { error: 'needs at least one recipient' }),
  opensOn: isoDate,
  deadline: isoDate,
  reminderPolicy: deadlineReminderPolicySchema,
  processOwner: contactSchema,
  deadlineRule: deadlineRuleSchema.default(DEFAULT_DEADLINE_RULE),
};

/** What the guideline's startConsultation Update carries: the request with its recipients resolved. */
export const consultationStartSchema = withDeadlineAfterOpening(z.object(resolvedRoundFields));
export type ConsultationStart = z.infer<typeof consultationStartSchema>;

/** What the round workflow is started with. */
export const consultationRoundInputSchema = withDeadlineAfterOpening(
  z.object({ guidelineId: z.string().min(1), round: z.int().min(1), ...resolvedRoundFields }),
);
export type ConsultationRoundInput = z.infer<typeof consultationRoundInputSchema>;

export const responseKindSchema = z.enum(['comments', 'no-comments', 'declines']);

export const recordResponseSchema = z.object({
  organisationId: z.string().min(1, { error: 'is required' }),
  kind: responseKindSchema,
  text: z.string().max(20_000).optional(),
  documentRef: z.string().trim().min(1).max(500).optional(),
  receivedOn: isoDate,
});
export type RecordResponse = z.infer<typeof recordResponseSchema>;

export const extendDeadlineSchema = z.object({
  deadline: isoDate,
  reason: z.string().trim().min(1, { error: 'is required' }).max(2000),
});
export type ExtendDeadline = z.infer<typeof extendDeadlineSchema>;

export const addRecipientSchema = z.object({ recipient: recipientSchema });
export type AddRecipient = z.infer<typeof addRecipientSchema>;

export const withdrawRecipientSchema = z.object({
  organisationId: z.string().min(1, { error: 'is required' }),
  reason: z.string().trim().min(1, { error: 'is required' }).max(2000),
});
export type WithdrawRecipient = z.infer<typeof withdrawRecipientSchema>;

export const closeRoundSchema = z.object({ reason: z.string().trim().max(2000).optional() });
export type CloseRound = z.infer<typeof closeRoundSchema>;
