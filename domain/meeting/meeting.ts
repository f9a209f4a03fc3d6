import { z } from 'zod';
import { receivedFields } from '../links/channel';
import {
  addBusinessDays,
  firstBusinessDayOutside,
  JULY,
  lastBusinessDayOutside,
  quietPeriodsSchema,
  subtractBusinessDays,
} from '../calendar/businessDays';
import { contactSchema } from '../directory/contact';
import { IsoDate, isoDate, stockholmInstant, timeOfDay } from '../calendar/dates';
import { link, listOf, MAX_PEOPLE, MAX_REMINDERS, singleLine } from '../fields';
import { responsibleBodySchema, ResponsibleBody } from '../guideline/guideline';

/** Ställningstagande, dialog or information, as the agendas in the minutes mark their items. */
export const itemKindSchema = z.enum(['decision', 'dialogue', 'information']);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const itemIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'must be lowercase letters, digits and hyphens (at most 80)' });

/** What an item is about: a decision on a guideline reaches that guideline's workflow. */
export const itemSubjectSchema = z.strictObject({
  type: z.enum(['guideline', 'commission', 'survey', 'plan', 'other']),
  id: singleLine(120),
});
export type ItemSubject = z.infer<typeof itemSubjectSchema>;

export const meetingDocumentSchema = z.strictObject({
  title: singleLine(300),
  // Reports the engine compiles itself are files in its data folder.
  link: link(/^(https?|file)$/, 'must be an http(s) or file link'),
});
export type MeetingDocument = z.infer<typeof meetingDocumentSchema>;

// An item's documents: a report and its appendices.
const MAX_DOCUMENTS = 20;
const documentsSchema = listOf(meetingDocumentSchema, MAX_DOCUMENTS, 'documents');

export const agendaItemSchema = z.strictObject({
  itemId: itemIdSchema,
  title: singleLine(300),
  kind: itemKindSchema,
  subject: itemSubjectSchema.optional(),
  presenter: contactSchema,
  minutes: z
    .int({ error: 'must be a whole number of minutes' })
    .min(1, { error: 'must be at least 1' })
    .max(480, { error: 'must be at most 480 (a whole day)' }),
  /** "bilaga": the item comes with documents, which the presenter must hand in by the document deadline. */
  documentsExpected: z.boolean().default(true),
  documents: documentsSchema.default([]),
  /** VVG prepares, SRO decides: after VVG's decision the item goes onto the next SRO meeting. */
  needsSro: z.boolean().default(false),
  /** Set when another meeting sent the item back here or forwarded it. */
  origin: z.strictObject({ meetingId: singleLine(120), reason: z.enum(['sent-back', 'forwarded']) }).optional(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaItemInput = z.input<typeof agendaItemSchema>;

export const submitDocumentsSchema = z.strictObject({
  itemId: itemIdSchema,
  documents: documentsSchema.min(1, { error: 'needs at least one document' }),
  ...receivedFields,
});
export type SubmitDocuments = z.infer<typeof submitDocumentsSchema>;

/** When presenters are reminded of missing documents and when the agenda goes out, per body. */
export const documentPolicySchema = z.strictObject({
  /** Documents are due this many business days before the meeting. */
  documentDeadlineBusinessDays: z.int().min(1).max(60).default(15),
  presenterRemindersBusinessDaysBefore: listOf(z.int().min(1).max(30), MAX_REMINDERS, 'reminders').min(1).default([5, 2]),
  sendAt: timeOfDay.default('08:00'),
  /** No mail of the meeting's goes out in these; the principals' reminders after its decisions keep them too. */
  quietPeriods: quietPeriodsSchema.default([JULY]),
});
export type DocumentPolicy = z.infer<typeof documentPolicySchema>;

/** A body's meetings over the years the calendar holds: about ten a year, for decades. */
export const MAX_MEETINGS = 1000;

/** Every body's planned meeting dates: the only meetings an item can be sent to. */
export const meetingCalendarSchema = z.partialRecord(responsibleBodySchema, listOf(isoDate, MAX_MEETINGS, 'meetings'));
export type MeetingCalendar = Partial<Record<ResponsibleBody, IsoDate[]>>;

/** What a meeting workflow starts with; built at the edge from the bodies file. */
// A full day's agenda of short items.
const MAX_ITEMS = 100;

export const meetingInputSchema = z.strictObject({
  body: responsibleBodySchema,
  date: isoDate,
  startsAt: timeOfDay.default('09:00'),
  documentPolicy: documentPolicySchema.default(() => documentPolicySchema.parse({})),
  secretary: contactSchema,
  members: listOf(contactSchema, MAX_PEOPLE, 'members'),
  calendar: meetingCalendarSchema,
  items: listOf(agendaItemSchema, MAX_ITEMS, 'items').default([]),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;

export type MeetingStatus = 'planned' | 'agenda-published' | 'held' | 'closed';

export interface MeetingSchedule {
  /** The last day presenters can hand in documents. */
  documentDeadline: IsoDate;
  /** Reminders to presenters whose documents are missing, earliest first. */
  presenterReminders: Array<{ businessDaysBefore: number; date: IsoDate; at: string }>;
  /** The first business day after the document deadline: agenda to members, missing documents to the secretary. */
  agendaPublishedOn: IsoDate;
  agendaPublishedAt: string;
  /** From this instant the meeting is held: no new items, decisions may be recorded. */
  startsAt: string;
}

/**
 * The dates a meeting lives by, all on business days, counted back from the meeting. A reminder that would fall in
 * a quiet period goes on the last business day before it, as it must come before the deadline; the agenda, which
 * follows the deadline, on the first business day after it, unless that is not before the meeting day: a meeting the
 * body holds in or just after a quiet period has its agenda in it, when members can still read it first. Two
 * reminders on one day are one.
 */
export function meetingSchedule(date: IsoDate, startsAt: string, policy: DocumentPolicy): MeetingSchedule {
  // A meeting planned before quiet periods were part of its policy keeps the schedule it was planned with.
  const quietPeriods = policy.quietPeriods ?? [];
  const documentDeadline = subtractBusinessDays(date, policy.documentDeadlineBusinessDays);
  const byDate = new Map<IsoDate, MeetingSchedule['presenterReminders'][number]>();
  for (const n of [...policy.presenterRemindersBusinessDaysBefore].sort((a, b) => b - a)) {
    const day = lastBusinessDayOutside(subtractBusinessDays(documentDeadline, n), quietPeriods);
    if (!byDate.has(day)) byDate.set(day, { businessDaysBefore: n, date: day, at: stockholmInstant(day, policy.sendAt) });
  }
  const firstAfterDeadline = addBusinessDays(documentDeadline, 1);
  const outside = firstBusinessDayOutside(firstAfterDeadline, quietPeriods);
  const agendaPublishedOn = outside < date ? outside : firstAfterDeadline;
  return {
    documentDeadline,
    presenterReminders: [...byDate.values()].sort((a, b) => a.at.localeCompare(b.at)),
    agendaPublishedOn,
    // A document deadline one business day before the meeting would publish on the meeting day: never after it starts.
    agendaPublishedAt: [stockholmInstant(agendaPublishedOn, policy.sendAt), stockholmInstant(date, startsAt)].sort()[0],
    startsAt: stockholmInstant(date, startsAt),
  };
}

/** The first meeting of `body` strictly after `date`, if the calendar has one. */
export function nextMeeting(calendar: MeetingCalendar, body: ResponsibleBody, date: IsoDate): IsoDate | undefined {
  return [...(calendar[body] ?? [])].sort().find((d) => d > date);
}

/**
 * The SRO meeting an item VVG endorses goes on to: the first after the VVG meeting that has not yet taken place,
 * so that a decision recorded days after the meeting does not aim at an SRO meeting already held.
 */
export function sroMeetingAfter(calendar: MeetingCalendar, vvgDate: IsoDate, today: IsoDate): IsoDate | undefined {
  return nextMeeting(calendar, 'SRO', vvgDate > today ? vvgDate : today);
}

/** Items whose documents are still missing: the presenters to remind, the list for the secretary. */
export function itemsMissingDocuments(items: AgendaItem[]): AgendaItem[] {
  return items.filter((i) => i.documentsExpected && i.documents.length === 0);
}

/**
 * The meeting's status at `now` (epoch milliseconds): from its start it is held, whether or not its workflow has
 * marked it yet, so that a decision recorded the moment it begins is taken and an item added then is refused.
 */
export function meetingStatusAt(status: MeetingStatus, startsAt: string, now: number): MeetingStatus {
  return (status === 'planned' || status === 'agenda-published') && now >= Date.parse(startsAt) ? 'held' : status;
}

export type MeetingEvent =
  | { kind: 'presenter-reminder'; at: string; reminder: MeetingSchedule['presenterReminders'][number] }
  | { kind: 'agenda'; at: string }
  | { kind: 'start'; at: string };

/**
 * What a meeting planned at the instant `plannedAt` does, in order. A meeting planned late skips the reminders
 * already past; its agenda still goes out if the meeting is ahead.
 */
export function meetingEvents(schedule: MeetingSchedule, plannedAt: string): MeetingEvent[] {
  return [
    ...schedule.presenterReminders
      .filter((r) => r.at >= plannedAt)
      .map((reminder): MeetingEvent => ({ kind: 'presenter-reminder', at: reminder.at, reminder })),
    ...(plannedAt < schedule.startsAt ? [{ kind: 'agenda' as const, at: schedule.agendaPublishedAt }] : []),
    { kind: 'start', at: schedule.startsAt },
  ];
}
