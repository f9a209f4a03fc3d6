import { z } from 'zod';
import { addBusinessDays, firstBusinessDayOutside, JULY, QuietPeriod, quietPeriodsSchema } from '../calendar/businessDays';
import { link, listOf, MAX_PEOPLE, MAX_REMINDERS, multiLine, required, singleLine } from '../fields';
import { contactSchema } from '../directory/contact';
import { IsoDate, isoDate, stockholmInstant, timeOfDay, yearNumberSchema } from '../calendar/dates';
import { deadlineReminderSchedule } from '../reminders/deadlineReminders';
import { draftGuidelineSchema, responsibleBodySchema, ResponsibleBody } from '../guideline/guideline';
import { Failure } from '../failures';
import type { AgendaItem, MeetingCalendar } from '../meeting/meeting';
import { ValidationError } from '../validation';

/** The report-back item's id on the meeting's agenda; the id's length leaves room for the prefix. */
export const reportBackItemId = (commissionId: string) => `commission-${commissionId}`;

const slug = (max: number) =>
  z
    .string()
    .regex(new RegExp(`^[a-z0-9][a-z0-9-]{0,${max - 1}}$`), { error: `must be lowercase letters, digits and hyphens (at most ${max})` });
export const commissionIdSchema = slug(60);
const text = (max: number) => multiLine(max).min(1, required);

export const milestoneSchema = z.strictObject({ id: slug(40), title: singleLine(300), due: isoDate });
export type Milestone = z.infer<typeof milestoneSchema>;

/** "Återkom till nästa möte i februari": a date in the calendar, or the body's first meeting of a month. */
export const reportBackSchema = z
  .strictObject({
    body: responsibleBodySchema,
    date: isoDate.optional(),
    nextMeetingIn: z.strictObject({ year: yearNumberSchema, month: z.int().min(1).max(12) }).optional(),
    minutes: z.int({ error: 'must be a whole number of minutes' }).min(1).max(480).default(20),
  })
  .refine((r) => (r.date === undefined) !== (r.nextMeetingIn === undefined), { error: 'needs either date or nextMeetingIn, not both' });
export type ReportBack = z.infer<typeof reportBackSchema>;

/** Reminders to the group before each open milestone, and when an overdue one goes to the commissioning body. */
export const commissionReminderPolicySchema = z.strictObject({
  businessDaysBefore: listOf(z.int().min(1).max(60), MAX_REMINDERS, 'reminders')
    .min(1, { error: 'needs at least one reminder' })
    .default([10, 2]),
  sendAt: timeOfDay.default('08:00'),
  quietPeriods: quietPeriodsSchema.default([JULY]),
  escalateBusinessDaysAfter: z.int().min(1).max(20).default(1),
});
export type CommissionReminderPolicy = z.infer<typeof commissionReminderPolicySchema>;

// A year's plan, milestone by milestone.
const MAX_MILESTONES = 50;

export const commissionInputSchema = z
  .strictObject({
    id: commissionIdSchema,
    // Leaves room for "Återrapport: " within an agenda item's 300 characters.
    title: singleLine(280),
    task: text(4000),
    commissionedBy: z.strictObject({ body: responsibleBodySchema, date: isoDate }),
    group: listOf(contactSchema, MAX_PEOPLE, 'contacts').min(1, { error: 'needs at least one contact' }),
    milestones: listOf(milestoneSchema, MAX_MILESTONES, 'milestones').min(1, { error: 'needs at least one milestone' }),
    reportBack: reportBackSchema,
    reminderPolicy: commissionReminderPolicySchema.default(() => commissionReminderPolicySchema.parse({})),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.milestones.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['milestones', i, 'id'], message: `'${m.id}' is used twice` });
      seen.add(m.id);
      if (m.due <= c.commissionedBy.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', i, 'due'],
          message: `must be after the commission is given on ${c.commissionedBy.date}`,
        });
      } else if (i > 0 && m.due < c.milestones[i - 1].due) {
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', i, 'due'],
          message: `must not be before the previous milestone's ${c.milestones[i - 1].due}`,
        });
      }
    });
  });
export type CommissionInput = z.infer<typeof commissionInputSchema>;

/** A commission as of `today`, which only the edge checks (the workflow starts with it): no milestone is due already. */
export const commissionInputSchemaOn = (today: IsoDate) =>
  commissionInputSchema.superRefine((c, ctx) =>
    c.milestones.forEach((m, i) => {
      if (m.due < today) ctx.addIssue({ code: 'custom', path: ['milestones', i, 'due'], message: `${m.due} has already passed` });
    }),
  );

/** What the workflow starts with: the commission and the calendar its report-back meeting is found in. */
export interface CommissionWorkflowInput {
  commission: CommissionInput;
  calendar: MeetingCalendar;
}

export const completeMilestoneSchema = z.strictObject({
  milestoneId: singleLine(40),
  completedOn: isoDate,
  link: link(/^https?$/, 'must be an http(s) link').optional(),
});
export type CompleteMilestone = z.infer<typeof completeMilestoneSchema>;

export const moveMilestoneSchema = z.strictObject({
  milestoneId: singleLine(40),
  due: isoDate,
  reason: text(2000),
});
export type MoveMilestone = z.infer<typeof moveMilestoneSchema>;

/*
 * The same requests as of `today`, which only the workflow's validators check: the workflow's clock is the one that
 * counts, not that of the machine the client runs on. Work is not done on a date ahead, nor a milestone moved behind.
 */
const doneBy = (today: IsoDate) => (r: { completedOn: IsoDate }) => r.completedOn <= today;
export const completeMilestoneSchemaOn = (today: IsoDate) =>
  completeMilestoneSchema.refine(doneBy(today), { path: ['completedOn'], error: 'cannot be in the future' });
export const moveMilestoneSchemaOn = (today: IsoDate) =>
  moveMilestoneSchema.superRefine((m, ctx) => {
    if (m.due < today) ctx.addIssue({ code: 'custom', path: ['due'], message: `${m.due} has already passed` });
  });

/** The commission reported back; its result may be a guideline to draft. */
export const completeCommissionSchema = z.strictObject({
  completedOn: isoDate,
  summary: text(4000),
  draft: draftGuidelineSchema.optional(),
});
export type CompleteCommission = z.infer<typeof completeCommissionSchema>;
export type CompleteCommissionInput = z.input<typeof completeCommissionSchema>;
export const completeCommissionSchemaOn = (today: IsoDate) =>
  completeCommissionSchema.refine(doneBy(today), { path: ['completedOn'], error: 'cannot be in the future' });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The meeting a commission reports back to, strictly after `after`; refused when the calendar has none. */
export function reportBackMeeting(
  calendar: MeetingCalendar,
  reportBack: ReportBack,
  after: IsoDate,
): { body: ResponsibleBody; date: IsoDate } {
  const { body } = reportBack;
  const dates = [...(calendar[body] ?? [])].sort();
  if (reportBack.date !== undefined) {
    if (!dates.includes(reportBack.date))
      throw new ValidationError([`reportBack.date: ${body} has no meeting on ${reportBack.date} in its calendar`]);
    if (reportBack.date <= after) throw new ValidationError([`reportBack.date: must be after ${after}`]);
    return { body, date: reportBack.date };
  }
  const { year, month } = reportBack.nextMeetingIn!;
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  const inMonth = dates.filter((d) => d.startsWith(prefix));
  const where = `${body} has no meeting in ${MONTHS[month - 1]} ${year}`;
  if (inMonth.length === 0) throw new ValidationError([`reportBack.nextMeetingIn: ${where} in its calendar`]);
  const date = inMonth.find((d) => d > after);
  if (!date) throw new ValidationError([`reportBack.nextMeetingIn: ${where} after ${after}`]);
  return { body, date };
}

/**
 * The report-back meeting as both the client and the workflow resolve it: after the commission is given and
 * not already past, and no earlier than the last milestone, whose result it is there to hear.
 */
export function resolveReportBack(commission: CommissionInput, calendar: MeetingCalendar, today: IsoDate) {
  const after = [commission.commissionedBy.date, today].sort()[1];
  const meeting = reportBackMeeting(calendar, commission.reportBack, after);
  const last = commission.milestones[commission.milestones.length - 1];
  if (meeting.date < last.due) {
    throw new ValidationError([`reportBack: the meeting on ${meeting.date} is before the milestone '${last.id}' due ${last.due}`]);
  }
  return meeting;
}

export interface CommissionEvent {
  kind: 'reminder' | 'escalation';
  milestoneId: string;
  date: IsoDate;
  at: string;
}

/**
 * Every reminder and escalation of these milestones, earliest first. Reminders fall strictly between the
 * commissioning and the due date, moved back out of quiet periods; an escalation follows the due date, so one that
 * falls in a quiet period goes on the first business day after it (`escalationQuietPeriods`: the policy's own,
 * unless a commission started before escalations kept them says otherwise).
 */
export function commissionSchedule(
  commissionedOn: IsoDate,
  milestones: Array<Pick<Milestone, 'id' | 'due'>>,
  policy: CommissionReminderPolicy,
  escalationQuietPeriods: readonly QuietPeriod[] = policy.quietPeriods,
): CommissionEvent[] {
  return milestones
    .flatMap((m): CommissionEvent[] => {
      const escalatedOn = firstBusinessDayOutside(addBusinessDays(m.due, policy.escalateBusinessDaysAfter), escalationQuietPeriods);
      return [
        ...deadlineReminderSchedule(commissionedOn, m.due, policy).map((r) => ({
          kind: 'reminder' as const,
          milestoneId: m.id,
          date: r.date,
          at: r.at,
        })),
        { kind: 'escalation', milestoneId: m.id, date: escalatedOn, at: stockholmInstant(escalatedOn, policy.sendAt) },
      ];
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.milestoneId.localeCompare(b.milestoneId));
}

/** A milestone as the workflow keeps it. */
export interface TrackedMilestone extends Milestone {
  completedOn?: IsoDate;
  link?: string;
  moves: Array<MoveMilestone & { previousDue: IsoDate; at: string }>;
  /** Events due before this instant belong to an earlier due date, or to before the commission began. */
  scheduleFrom: string;
  /** The due date whose escalation went out. */
  escalatedFor?: IsoDate;
}

/** Overdue once its escalation has gone to the commissioning body, until it is done or moved. */
export const milestoneStatus = (m: TrackedMilestone) => (m.completedOn ? 'completed' : m.escalatedFor === m.due ? 'overdue' : 'open');

export const commissionEventKey = (e: CommissionEvent) => `${e.kind}|${e.milestoneId}|${e.at}`;

/** The events still to come, earliest first: of open milestones, for their present due dates, not yet acted on. */
export function pendingEvents(
  c: CommissionInput,
  milestones: readonly TrackedMilestone[],
  done: readonly string[],
  escalationQuietPeriods: readonly QuietPeriod[] = c.reminderPolicy.quietPeriods,
): CommissionEvent[] {
  const open = milestones.filter((m) => !m.completedOn);
  return commissionSchedule(c.commissionedBy.date, open, c.reminderPolicy, escalationQuietPeriods).filter(
    (e) => open.some((m) => m.id === e.milestoneId && e.at >= m.scheduleFrom) && !done.includes(commissionEventKey(e)),
  );
}

/** The report-back item on the meeting's agenda, presented by the group's first contact. */
export const reportBackItem = (c: CommissionInput): AgendaItem => ({
  itemId: reportBackItemId(c.id),
  title: `Återrapport: ${c.title}`,
  kind: 'decision',
  subject: { type: 'commission', id: c.id },
  presenter: c.group[0],
  minutes: c.reportBack.minutes,
  documentsExpected: true,
  documents: [],
  needsSro: false,
});

/** The parts of a commission's state its rules look at; the workflow's queried view has them. */
export interface CommissionProgress {
  status: 'active' | 'completed';
  commissionedBy: { date: IsoDate };
  milestones: Array<{ id: string; due: IsoDate; completedOn?: IsoDate }>;
  completion?: { completedOn: IsoDate };
}

const completedProblem = (c: CommissionProgress) =>
  c.status === 'completed' ? `commission: was already completed on ${c.completion?.completedOn}` : undefined;
const unknownMilestone = (milestoneId: string) => `milestoneId: '${milestoneId}' is not a milestone of this commission`;
const beforeCommission = (c: CommissionProgress, completedOn: IsoDate) =>
  completedOn < c.commissionedBy.date ? `completedOn: is before the commission was given on ${c.commissionedBy.date}` : undefined;

/** Rules on the state, shared by the Update validators and the client, which checks them on the queried state first. */
export function milestoneCompletionProblem(c: CommissionProgress, request: CompleteMilestone): string | undefined {
  const milestone = c.milestones.find((m) => m.id === request.milestoneId);
  if (c.status === 'completed') return completedProblem(c);
  if (!milestone) return unknownMilestone(request.milestoneId);
  if (milestone.completedOn) return `milestoneId: '${milestone.id}' was already completed on ${milestone.completedOn}`;
  return beforeCommission(c, request.completedOn);
}

export function milestoneMoveProblem(c: CommissionProgress, request: MoveMilestone): string | undefined {
  const milestone = c.milestones.find((m) => m.id === request.milestoneId);
  if (c.status === 'completed') return completedProblem(c);
  if (!milestone) return unknownMilestone(request.milestoneId);
  if (milestone.completedOn) return `milestoneId: '${milestone.id}' was completed on ${milestone.completedOn} and cannot be moved`;
  if (request.due === milestone.due) return `due: '${milestone.id}' is already due on ${milestone.due}`;
  return undefined;
}

export function completionProblem(c: CommissionProgress, request: CompleteCommission): string | undefined {
  return completedProblem(c) ?? beforeCommission(c, request.completedOn);
}

/** The milestone an Update or an event names; the validators have refused any other. */
export function milestoneOf<M extends { id: string }>(milestones: readonly M[], milestoneId: string): M {
  const milestone = milestones.find((m) => m.id === milestoneId);
  if (!milestone) throw new ValidationError([unknownMilestone(milestoneId)], Failure.WrongState);
  return milestone;
}
