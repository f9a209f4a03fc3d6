import { IsoDate, isoDate } from '../calendar/dates';
import { DeadlineRule, deadlineInForce } from '../calendar/deadlineRule';
import {
  answerDeadlineInstant,
  deadlineReminderSchedule,
  openingInstant,
  reportInstant,
  ScheduledDeadlineReminder,
} from '../reminders/deadlineReminders';
import {
  AddRecipient,
  DeadlineReminderPolicy,
  ExtendDeadline,
  extendDeadlineSchema,
  RecordResponse,
  recordResponseSchema,
  unclassifiedProblem,
  WithdrawRecipient,
} from './consultation';
import type { RoundStatus } from './progress';

// A date that does not exist is reported once, by isoDate, and not compared with today.
const isDate = (date: string) => isoDate.safeParse(date).success;

/** An answer as of `today`: one received in the future has not come in. */
export const recordResponseSchemaOn = (today: IsoDate) =>
  recordResponseSchema.superRefine((r, ctx) => {
    if (isDate(r.receivedOn) && r.receivedOn > today)
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'cannot be in the future' });
    const unclassified = unclassifiedProblem(r);
    if (unclassified) ctx.addIssue({ code: 'custom', path: ['kind'], message: unclassified.replace(/^kind: /, '') });
  });

/** A new deadline as of `today`: one already passed gives nobody more time. */
export const extendDeadlineSchemaOn = (today: IsoDate) =>
  extendDeadlineSchema.superRefine((e, ctx) => {
    if (isDate(e.deadline) && e.deadline < today) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: `${e.deadline} has already passed` });
    }
  });

/** A round as its rules see it; the queried view has these fields. */
export interface RoundState {
  status: RoundStatus;
  opensOn: IsoDate;
  /** The deadline as given; `deadlineRule` says which day is in force. */
  deadline: IsoDate;
  deadlineRule: DeadlineRule;
  recipients: ReadonlyArray<{ organisationId: string }>;
  withdrawn: readonly string[];
}

const isActive = (r: RoundState, organisationId: string) =>
  r.recipients.some((x) => x.organisationId === organisationId) && !r.withdrawn.includes(organisationId);
const closedProblem = (r: RoundState) => (r.status === 'closed' ? 'round: the round is closed' : undefined);

/** What the round's state refuses of an answer; shared by the Update's validator and the client. */
export function recordResponseProblem(r: RoundState, response: Pick<RecordResponse, 'organisationId' | 'receivedOn'>): string | undefined {
  const id = response.organisationId;
  if (r.status === 'closed') return 'round: the round is closed and takes no more answers';
  if (r.status === 'scheduled') return `round: the round opens on ${r.opensOn}; answers are recorded from then`;
  if (!r.recipients.some((x) => x.organisationId === id)) return `organisationId: '${id}' was not invited to this round`;
  if (r.withdrawn.includes(id)) return `organisationId: '${id}' was withdrawn from this round`;
  if (response.receivedOn < r.opensOn) return `receivedOn: is before the round opened on ${r.opensOn}`;
  return undefined;
}

export function extendDeadlineProblem(r: RoundState, extension: Pick<ExtendDeadline, 'deadline'>): string | undefined {
  const closed = closedProblem(r);
  if (closed) return closed;
  if (extension.deadline <= r.deadline) return `deadline: must be after the current deadline ${r.deadline}`;
  // Only a later deadline in force gives anyone more time.
  const inForce = deadlineInForce(r.deadline, r.deadlineRule);
  if (extension.deadline === inForce) return `deadline: ${inForce} is already the deadline in force`;
  if (deadlineInForce(extension.deadline, r.deadlineRule) <= inForce) {
    return `deadline: ${extension.deadline} is a day off and counts as ${inForce}, already the deadline in force`;
  }
  return undefined;
}

export function addRecipientProblem(r: RoundState, { recipient }: Pick<AddRecipient, 'recipient'>): string | undefined {
  const id = recipient.organisationId;
  return closedProblem(r) ?? (isActive(r, id) ? `recipient.organisationId: '${id}' is already a recipient` : undefined);
}

export function withdrawRecipientProblem(r: RoundState, { organisationId }: Pick<WithdrawRecipient, 'organisationId'>): string | undefined {
  return closedProblem(r) ?? (isActive(r, organisationId) ? undefined : `organisationId: '${organisationId}' is not a recipient`);
}

export const closeRoundProblem = (r: RoundState) => (r.status === 'closed' ? 'round: the round is already closed' : undefined);

/** What the round's reminders are reckoned from. */
export interface RoundSchedule {
  opensOn: IsoDate;
  /** As given: the reminders, the deadline and the summary go by the deadline in force. */
  deadline: IsoDate;
  deadlineRule: DeadlineRule;
  reminderPolicy: DeadlineReminderPolicy;
  /** Reminders due before this instant belong to an earlier deadline and are never sent. */
  scheduleFrom: string;
  sentReminders: readonly string[];
}

/** The reminders still to send, earliest first. */
export const pendingReminders = (s: RoundSchedule): ScheduledDeadlineReminder[] =>
  deadlineReminderSchedule(s.opensOn, deadlineInForce(s.deadline, s.deadlineRule), s.reminderPolicy).filter(
    (r) => r.at >= s.scheduleFrom && !s.sentReminders.includes(r.at),
  );

/** When the process owner hears who has answered: the first business morning after the deadline in force. */
export const summaryInstant = (s: RoundSchedule) => reportInstant(deadlineInForce(s.deadline, s.deadlineRule), s.reminderPolicy);

/** What a round waits for next. */
export type RoundEvent =
  | { kind: 'opening'; at: string }
  | { kind: 'reminder'; at: string; reminder: ScheduledDeadlineReminder }
  | { kind: 'deadline'; at: string }
  | { kind: 'summary'; at: string };

/**
 * A scheduled round waits to open, an open one for its next reminder or its deadline (the end of the day in force),
 * one whose deadline has passed for the owner's summary if it is still due; after that, only for a change.
 */
export function nextRoundEvent(phase: { status: RoundStatus; summaryDue?: boolean }, s: RoundSchedule): RoundEvent | undefined {
  if (phase.status === 'scheduled') return { kind: 'opening', at: openingInstant(s.opensOn, s.reminderPolicy.sendAt) };
  if (phase.status === 'deadline-passed' && phase.summaryDue) return { kind: 'summary', at: summaryInstant(s) };
  if (phase.status !== 'open') return undefined;
  const [next] = pendingReminders(s);
  if (next) return { kind: 'reminder', at: next.at, reminder: next };
  return { kind: 'deadline', at: answerDeadlineInstant(deadlineInForce(s.deadline, s.deadlineRule)) };
}
