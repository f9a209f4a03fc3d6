import { z } from 'zod';
import { recipientsSchema } from '../consultation/consultation';
import { IsoDate, isoDate } from '../calendar/dates';
import { multiLine, required, singleLine } from '../fields';
import type { ResponsibleBody } from '../guideline/guideline';
import { meetingName, notOnAgenda } from './agenda';
import { AgendaItem, itemIdSchema, MeetingCalendar, MeetingStatus, sroMeetingAfter } from './meeting';

const text = multiLine(4000).min(1, required).optional();

/** Ställer sig bakom: puts a draft in force, extends a guideline, or approves a commission, survey or plan. */
const endorseSchema = z.discriminatedUnion('action', [
  z.strictObject({
    outcome: z.literal('endorse'),
    action: z.literal('adopt'),
    itemId: itemIdSchema,
    validFrom: isoDate,
    validUntil: isoDate,
    text,
  }),
  z.strictObject({
    outcome: z.literal('endorse'),
    action: z.literal('extend'),
    itemId: itemIdSchema,
    validUntil: isoDate,
    /** "förlängning med redaktionella ändringar": what changed, and the version it gave. */
    editorialChanges: multiLine(2000).min(1, required).optional(),
    version: singleLine(40).optional(),
    text,
  }),
  z.strictObject({ outcome: z.literal('endorse'), action: z.literal('approve'), itemId: itemIdSchema, text }),
]);

export const decisionSchema = z.discriminatedUnion('outcome', [
  endorseSchema,
  /** Noterar informationen. */
  z.strictObject({ outcome: z.literal('note'), itemId: itemIdSchema, text }),
  /** Tas tillbaka / återkommer: the item returns, by itself, on the agenda of the named later meeting of the same body. */
  z.strictObject({
    outcome: z.literal('send-back'),
    itemId: itemIdSchema,
    toMeeting: isoDate,
    reason: multiLine(2000).min(1, required),
    text,
  }),
  /** Rekommenderar huvudmännen: each principal then decides on its own, by `decideBy`. */
  z.strictObject({
    outcome: z.literal('recommend-principals'),
    itemId: itemIdSchema,
    decideBy: isoDate,
    principals: recipientsSchema.min(1, { error: 'needs at least one principal' }),
    text,
  }),
]);
export type Decision = z.infer<typeof decisionSchema>;
export type DecisionOutcome = Decision['outcome'];

export interface DecisionContext {
  body: ResponsibleBody;
  date: IsoDate;
  status: MeetingStatus;
  items: AgendaItem[];
  /** Items whose decision is being carried out right now. */
  deciding: string[];
  decided: string[];
  calendar: MeetingCalendar;
  today: IsoDate;
}

/** Every rule a decision must pass before it is carried out; shared by the meeting's validator and the client. */
export function decisionProblem(c: DecisionContext, d: Decision): string | undefined {
  const item = c.items.find((i) => i.itemId === d.itemId);
  if (!item) return notOnAgenda(c, d.itemId);
  if (c.status === 'planned' || c.status === 'agenda-published') return `meeting: ${meetingName(c)} has not been held yet`;
  if (c.decided.includes(d.itemId)) return `itemId: '${d.itemId}' already has a decision`;
  if (c.deciding.includes(d.itemId)) return `itemId: a decision on '${d.itemId}' is being recorded`;
  switch (d.outcome) {
    case 'endorse':
      if ((d.action === 'adopt' || d.action === 'extend') && item.subject?.type !== 'guideline') {
        return `action: only a guideline can be ${d.action === 'adopt' ? 'adopted' : 'extended'}; '${d.itemId}' is not about a guideline`;
      }
      if (d.action === 'adopt' && d.validUntil <= d.validFrom) return 'validUntil: must be after validFrom';
      if (d.action === 'extend' && d.validUntil < c.today) return `validUntil: ${d.validUntil} has already passed`;
      if (item.needsSro && c.body === 'VVG' && !sroMeetingAfter(c.calendar, c.date, c.today)) {
        return `itemId: '${d.itemId}' goes on to SRO, but the calendar has no SRO meeting after ${c.date > c.today ? c.date : c.today}`;
      }
      return undefined;
    case 'note':
      return undefined;
    case 'send-back': {
      if (d.toMeeting <= c.date) return `toMeeting: must be a meeting after ${c.date}`;
      if (!(c.calendar[c.body] ?? []).includes(d.toMeeting)) return `toMeeting: ${c.body} has no meeting on ${d.toMeeting}`;
      if (d.toMeeting < c.today) return `toMeeting: ${c.body} ${d.toMeeting} has already been held`;
      return undefined;
    }
    case 'recommend-principals':
      if (c.body !== 'SRO') return 'outcome: only SRO recommends the principals';
      if (d.decideBy <= c.date) return `decideBy: must be after the meeting on ${c.date}`;
      if (d.decideBy < c.today) return `decideBy: ${d.decideBy} has already passed`;
      return undefined;
  }
}

/** How the decision reads in the minutes and in the guideline's history. */
export function decisionReference(body: ResponsibleBody, date: IsoDate, itemId: string): string {
  return `${body} ${date} ${itemId}`;
}
