import { z } from 'zod';
import { receivedFields } from '../links/channel';
import { addBusinessDays, firstBusinessDayOutside, JULY, quietPeriodsSchema } from '../calendar/businessDays';
import { Recipient, recipientsSchema } from '../consultation/consultation';
import { contactSchema } from '../directory/contact';
import { IsoDate, isoDate, stockholmInstant, timeOfDay } from '../calendar/dates';
import { listOf, MAX_REMINDERS, multiLine, required, singleLine } from '../fields';
import { itemSubjectSchema } from './meeting';

export const principalReminderPolicySchema = z.strictObject({
  /** Principals that have not decided are reminded this many business days after `decideBy`. */
  businessDaysAfter: listOf(z.int().min(1).max(250), MAX_REMINDERS, 'reminders').min(1).default([1, 20]),
  sendAt: timeOfDay.default('08:00'),
  /** A reminder that falls in one goes on the first business day after it. */
  quietPeriods: quietPeriodsSchema.default([JULY]),
});
export type PrincipalReminderPolicy = z.infer<typeof principalReminderPolicySchema>;

/** Started by SRO's recommend-principals decision. */
export const principalAdoptionInputSchema = z.strictObject({
  meetingId: singleLine(120),
  itemId: singleLine(80),
  title: singleLine(300),
  subject: itemSubjectSchema.optional(),
  decideBy: isoDate,
  principals: recipientsSchema.min(1),
  /** Told who has not decided when the date has passed. */
  secretary: contactSchema,
  reminderPolicy: principalReminderPolicySchema.default(() => principalReminderPolicySchema.parse({})),
});
export type PrincipalAdoptionInput = z.infer<typeof principalAdoptionInputSchema>;

export const principalDecisionSchema = z.strictObject({
  organisationId: singleLine(80),
  decision: z.enum(['adopted', 'declined']),
  decidedOn: isoDate,
  /** The principal's own minutes paragraph or case number. */
  reference: singleLine(300).optional(),
  ...receivedFields,
});
export type PrincipalDecision = z.infer<typeof principalDecisionSchema>;

/** A principal's decision as of `today`: one dated in the future has not been taken. */
export const principalDecisionSchemaOn = (today: IsoDate) =>
  // A date that does not exist is reported once, by isoDate, and not compared with today.
  principalDecisionSchema.refine((d) => !isoDate.safeParse(d.decidedOn).success || d.decidedOn <= today, {
    path: ['decidedOn'],
    error: 'cannot be in the future',
  });

/** The tracking as its rules see it. */
export interface PrincipalTrackingState {
  status: 'open' | 'date-passed' | 'closed';
  principals: ReadonlyArray<{ organisationId: string }>;
}

/** A closed tracking takes no more decisions; its workflow has ended, so the client checks this itself. */
export const trackingClosedProblem = (t: Pick<PrincipalTrackingState, 'status'>) =>
  t.status === 'closed' ? 'tracking: the tracking of the principals\u2019 decisions is closed' : undefined;

/** What the tracking's state refuses of a decision; shared by the Update's validator and the client. */
export function principalDecisionProblem(t: PrincipalTrackingState, d: Pick<PrincipalDecision, 'organisationId'>): string | undefined {
  return (
    trackingClosedProblem(t) ??
    (t.principals.some((p) => p.organisationId === d.organisationId)
      ? undefined
      : `organisationId: '${d.organisationId}' is not one of the principals`)
  );
}

export const closeTrackingProblem = (t: PrincipalTrackingState) => (t.status === 'closed' ? 'tracking: already closed' : undefined);

export const closeTrackingSchema = z.strictObject({ reason: multiLine(2000).min(1, required) });

export interface PrincipalProgress {
  total: number;
  decided: number;
  adopted: number;
  declined: number;
  notDecided: Array<{ organisationId: string; organisationName: string }>;
}

export function principalProgress(principals: Recipient[], decisions: Record<string, PrincipalDecision>): PrincipalProgress {
  const of = (id: string) => (Object.hasOwn(decisions, id) ? decisions[id] : undefined);
  const count = (d: PrincipalDecision['decision']) => principals.filter((p) => of(p.organisationId)?.decision === d).length;
  const notDecided = principals
    .filter((p) => !of(p.organisationId))
    .map((p) => ({ organisationId: p.organisationId, organisationName: p.organisationName }));
  return {
    total: principals.length,
    decided: principals.length - notDecided.length,
    adopted: count('adopted'),
    declined: count('declined'),
    notDecided,
  };
}

/**
 * Reminders after the date by which principals were asked to decide, earliest first, one per day. They follow the
 * date, so one that falls in a quiet period moves to the first business day after it.
 */
export function principalReminderSchedule(decideBy: IsoDate, policy: PrincipalReminderPolicy): Array<{ date: IsoDate; at: string }> {
  // A tracking started before quiet periods were part of its policy keeps the reminders it was started with.
  const quietPeriods = policy.quietPeriods ?? [];
  const dates = [
    ...new Set(policy.businessDaysAfter.map((n) => firstBusinessDayOutside(addBusinessDays(decideBy, n), quietPeriods))),
  ].sort();
  return dates.map((date) => ({ date, at: stockholmInstant(date, policy.sendAt) }));
}
