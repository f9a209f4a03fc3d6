import { z } from 'zod';
import { receivedFields } from '../links/channel';
import { recipientsSchema } from '../consultation/consultation';
import { contactSchema } from '../directory/contact';
import { notBefore } from '../calendar/ahead';
import { IsoDate, isoDate } from '../calendar/dates';
import { DEFAULT_DEADLINE_RULE, deadlineRuleSchema } from '../calendar/deadlineRule';
import { listOf, MAX_PEOPLE, multiLine, singleLine } from '../fields';
import { daysBeforeSchema, expiryReminderPolicySchema } from '../reminders/expiryReminders';

/** Who must implement: configurable per guideline, resolved to organisations and contacts at the edge. */
export const implementersSchema = z.enum(['principals', 'subregions']);
export type Implementers = z.infer<typeof implementersSchema>;

/** Reminders N calendar days before the deadline, moved back to a business day outside quiet periods, like expiry reminders. */
export const implementationReminderPolicySchema = expiryReminderPolicySchema.extend({
  daysBefore: daysBeforeSchema.default([60, 14]),
});

/** The people preparing a guideline's implementation or follow-up, who hear how it goes. */
export const preparationGroupSchema = listOf(contactSchema, MAX_PEOPLE, 'contacts').min(1, { error: 'needs at least one contact' });

/** What a process owner asks for. */
export const implementationRequestSchema = z.strictObject({
  deadline: isoDate,
  implementers: implementersSchema.default('principals'),
  preparationGroup: preparationGroupSchema,
  reminderPolicy: implementationReminderPolicySchema.default(() => implementationReminderPolicySchema.parse({})),
  /** What a deadline on a day off becomes; without it, the rule of the guideline's responsible body. */
  deadlineRule: deadlineRuleSchema.optional(),
});
export type ImplementationRequest = z.infer<typeof implementationRequestSchema>;

/** What the guideline's planImplementation Update carries: the implementers resolved. */
export const implementationPlanSchema = implementationRequestSchema.omit({ implementers: true }).extend({
  implementers: recipientsSchema.min(1, { error: 'needs at least one implementer' }),
  deadlineRule: deadlineRuleSchema.default(DEFAULT_DEADLINE_RULE),
});
export type ImplementationPlan = z.infer<typeof implementationPlanSchema>;

/** A request as of `today`: a deadline already passed cannot be implemented by. */
export const implementationRequestSchemaOn = (today: IsoDate) => implementationRequestSchema.superRefine(notBefore(today, 'deadline'));
export const implementationPlanSchemaOn = (today: IsoDate) => implementationPlanSchema.superRefine(notBefore(today, 'deadline'));

export const confirmImplementationSchema = z.strictObject({
  organisationId: singleLine(80),
  confirmedOn: isoDate,
  note: multiLine(2000).optional(),
  ...receivedFields,
});
export type ConfirmImplementation = z.infer<typeof confirmImplementationSchema>;

/** A confirmation as of `today`: one dated in the future has not happened. */
export const confirmImplementationSchemaOn = (today: IsoDate) =>
  confirmImplementationSchema.refine((c) => c.confirmedOn <= today, { path: ['confirmedOn'], error: 'cannot be in the future' });

/**
 * The tracking as its rules see it; the queried view has these fields. Only implementers ever confirm, so the
 * implementers are those that have confirmed and those that have not.
 */
export interface ImplementationState {
  confirmations: Record<string, unknown>;
  notConfirmed: ReadonlyArray<{ organisationId: string }>;
}

/** What the tracking refuses of a confirmation; shared by the Update's validator and the client. */
export function confirmationProblem(s: ImplementationState, c: Pick<ConfirmImplementation, 'organisationId'>): string | undefined {
  if (Object.hasOwn(s.confirmations, c.organisationId)) return `organisationId: '${c.organisationId}' has already confirmed`;
  if (!s.notConfirmed.some((r) => r.organisationId === c.organisationId)) {
    return `organisationId: '${c.organisationId}' is not one of the implementers`;
  }
  return undefined;
}
