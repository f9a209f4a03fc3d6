import { z } from 'zod';
import { JULY, quietPeriodsSchema } from '../calendar/businessDays';
import { contactSchema } from '../directory/contact';
import { IsoDate, isoDate, timeOfDay } from '../calendar/dates';
import { notBefore } from '../calendar/ahead';
import { DEFAULT_DEADLINE_RULE, deadlineRuleSchema } from '../calendar/deadlineRule';
import { documentRefsSchema } from '../documents/documentRef';
import { receivedFields } from '../links/channel';
import { link, listOf, MAX_CONTACTS_PER_ORGANISATION, MAX_ORGANISATIONS, MAX_REMINDERS, multiLine, required, singleLine } from '../fields';

/** The document sent on a consultation round (remiss / synpunktsrunda). */
export const consultationDocumentSchema = z.strictObject({
  title: singleLine(300),
  version: singleLine(40),
  link: link(/^https?$/, 'must be an http(s) link'),
});
export type ConsultationDocument = z.infer<typeof consultationDocumentSchema>;

/** Who a round goes to, as a process owner picks it; resolved to organisations and contacts at the edge. */
export const recipientGroupSchema = z.discriminatedUnion('group', [
  z.strictObject({ group: z.literal('all-municipalities') }),
  /** Huvudmännen: the region and every municipality, each deciding for itself. */
  z.strictObject({ group: z.literal('principals') }),
  z.strictObject({ group: z.literal('subregion-municipalities'), subregion: singleLine(80) }),
  z.strictObject({ group: z.literal('regional-administrations') }),
  z.strictObject({ group: z.literal('subregions') }),
  z.strictObject({
    group: z.literal('organisations'),
    organisationIds: listOf(singleLine(80), MAX_ORGANISATIONS, 'organisations').min(1),
  }),
]);
export type RecipientGroup = z.infer<typeof recipientGroupSchema>;

// Each kind of group once, and a few lists of organisations.
const MAX_RECIPIENT_GROUPS = 20;
export const recipientGroupsSchema = listOf(recipientGroupSchema, MAX_RECIPIENT_GROUPS, 'groups');

/** One invited organisation with the contacts who receive its mail. */
export const recipientSchema = z.strictObject({
  organisationId: singleLine(80),
  organisationName: singleLine(200),
  /** The sub-region progress is counted under: a municipality's sub-region, otherwise the organisation's kind. */
  progressGroup: singleLine(80),
  contacts: listOf(contactSchema, MAX_CONTACTS_PER_ORGANISATION, 'contacts').min(1, { error: 'needs at least one contact' }),
});

/** The organisations a round, a survey or a recommendation goes to. */
export const recipientsSchema = listOf(recipientSchema, MAX_ORGANISATIONS, 'organisations');
export type Recipient = z.infer<typeof recipientSchema>;

/** Reminders before an answer deadline, counted in business days, to organisations that have not answered. */
export const deadlineReminderPolicySchema = z.strictObject({
  businessDaysBefore: listOf(
    z.int().min(1, { error: 'must be at least 1' }).max(250, { error: 'must be at most 250' }),
    MAX_REMINDERS,
    'reminders',
  )
    .min(1, { error: 'needs at least one reminder' })
    .default([30, 14, 3]),
  sendAt: timeOfDay.default('08:00'),
  quietPeriods: quietPeriodsSchema.default([JULY]),
});
export type DeadlineReminderPolicy = z.infer<typeof deadlineReminderPolicySchema>;

const withDeadlineAfterOpening = <T extends { opensOn: string; deadline: string }>(s: z.ZodType<T>) =>
  s.refine((r) => !isoDate.safeParse(r.opensOn).success || !isoDate.safeParse(r.deadline).success || r.deadline > r.opensOn, {
    path: ['deadline'],
    error: 'must be after opensOn',
  });

/** What a process owner asks for: groups, not yet contacts. */
export const consultationRequestSchema = withDeadlineAfterOpening(
  z.strictObject({
    document: consultationDocumentSchema,
    recipientGroups: recipientGroupsSchema.min(1, { error: 'needs at least one group' }),
    opensOn: isoDate,
    deadline: isoDate,
    reminderPolicy: deadlineReminderPolicySchema.default(() => deadlineReminderPolicySchema.parse({})),
    processOwner: contactSchema,
    /** What a deadline on a day off becomes; without it, the rule of the guideline's responsible body. */
    deadlineRule: deadlineRuleSchema.optional(),
  }),
);
export type ConsultationRequest = z.infer<typeof consultationRequestSchema>;

/** A request as of `today`: a round neither opens on a day gone by nor takes answers until one. */
export const consultationRequestSchemaOn = (today: IsoDate) =>
  consultationRequestSchema.superRefine(notBefore(today, 'opensOn', 'deadline'));

const resolvedRoundFields = {
  document: consultationDocumentSchema,
  recipients: recipientsSchema.min(1, { error: 'needs at least one recipient' }),
  opensOn: isoDate,
  deadline: isoDate,
  reminderPolicy: deadlineReminderPolicySchema,
  processOwner: contactSchema,
  deadlineRule: deadlineRuleSchema.default(DEFAULT_DEADLINE_RULE),
};

/** What the guideline's startConsultation Update carries: the request with its recipients resolved. */
export const consultationStartSchema = withDeadlineAfterOpening(z.strictObject(resolvedRoundFields));
export type ConsultationStart = z.infer<typeof consultationStartSchema>;

/** A round as of `today`: it neither opens on a day gone by nor takes answers until one. */
export const consultationStartSchemaOn = (today: IsoDate) => consultationStartSchema.superRefine(notBefore(today, 'opensOn', 'deadline'));

/** What the round workflow is started with. */
export const consultationRoundInputSchema = withDeadlineAfterOpening(
  z.strictObject({ guidelineId: singleLine(80), round: z.int().min(1).max(1000), ...resolvedRoundFields }),
);
export type ConsultationRoundInput = z.infer<typeof consultationRoundInputSchema>;

/**
 * What an organisation answered. `unclassified` is a reply by e-mail that nobody has read yet: the organisation
 * has answered and is reminded no more, and the process owner says which of the others it is.
 */
export const responseKindSchema = z.enum(['comments', 'no-comments', 'declines', 'unclassified']);
export type ResponseKind = z.infer<typeof responseKindSchema>;

export const recordResponseSchema = z.strictObject({
  organisationId: singleLine(80),
  kind: responseKindSchema,
  text: multiLine(20_000).optional(),
  documentRef: singleLine(500).optional(),
  receivedOn: isoDate,
  /** The statement and its appendices, as handed in through a link or attached to a reply. */
  documents: documentRefsSchema.optional(),
  ...receivedFields,
});
export type RecordResponse = z.infer<typeof recordResponseSchema>;

/** Only a reply by e-mail is recorded before anyone has classified it. */
export const unclassifiedProblem = (response: Pick<RecordResponse, 'kind' | 'receivedVia'>): string | undefined =>
  response.kind === 'unclassified' && response.receivedVia !== 'email'
    ? "kind: 'unclassified' is only for a reply by e-mail; say which kind of answer it is"
    : undefined;

export const extendDeadlineSchema = z.strictObject({
  deadline: isoDate,
  reason: multiLine(2000).min(1, required),
});
export type ExtendDeadline = z.infer<typeof extendDeadlineSchema>;

export const addRecipientSchema = z.strictObject({ recipient: recipientSchema });
export type AddRecipient = z.infer<typeof addRecipientSchema>;

export const withdrawRecipientSchema = z.strictObject({
  organisationId: singleLine(80),
  reason: multiLine(2000).min(1, required),
});
export type WithdrawRecipient = z.infer<typeof withdrawRecipientSchema>;

export const closeRoundSchema = z.strictObject({ reason: multiLine(2000).optional() });
export type CloseRound = z.infer<typeof closeRoundSchema>;
