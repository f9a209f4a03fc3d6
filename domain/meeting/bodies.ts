import { z } from 'zod';
import { isBusinessDay } from '../calendar/businessDays';
import { contactSchema } from '../directory/contact';
import { IsoDate, isoDate, timeOfDay } from '../calendar/dates';
import { DEFAULT_DEADLINE_RULE, DeadlineRule, deadlineRuleSchema } from '../calendar/deadlineRule';
import { responsibleBodySchema, ResponsibleBody } from '../guideline/guideline';
import { placed, PlacedContact } from '../directory/organisation';
import { listOf, MAX_PEOPLE, multiLine, singleLine } from '../fields';
import { documentPolicySchema, MAX_MEETINGS, MeetingCalendar, MeetingInput } from './meeting';
import { ValidationError } from '../validation';

// A date that does not exist is reported once, by isoDate.
const meetingDate = isoDate.refine((d) => !isoDate.safeParse(d).success || isBusinessDay(d), { error: 'is not a business day' });

const bodySchema = z.strictObject({
  id: responsibleBodySchema,
  name: singleLine(200),
  secretary: contactSchema,
  /** Told when a meeting's agenda is published. */
  members: listOf(contactSchema, MAX_PEOPLE, 'members').default([]),
  startsAt: timeOfDay.default('09:00'),
  documentPolicy: documentPolicySchema.default(() => documentPolicySchema.parse({})),
  /** The meeting calendar: an item can only go to a meeting listed here. */
  meetings: listOf(meetingDate, MAX_MEETINGS, 'meetings').default([]),
  /**
   * What a deadline on a day off becomes in the rounds, surveys and implementation deadlines of the body's
   * guidelines, unless one of them says otherwise.
   */
  deadlineRule: deadlineRuleSchema.default(DEFAULT_DEADLINE_RULE),
});

export const bodyDirectorySchema = z.strictObject({
  about: multiLine(4000).optional(),
  bodies: listOf(bodySchema, responsibleBodySchema.options.length, 'bodies').refine(
    (bodies) => responsibleBodySchema.options.every((id) => bodies.some((b) => b.id === id)),
    {
      error: 'must describe both VVG and SRO',
    },
  ),
});
export type BodyDirectory = z.infer<typeof bodyDirectorySchema>;
export type Body = z.infer<typeof bodySchema>;

/** Every secretary and member, at their places in the bodies file, to check against the organisations. */
export const bodyContacts = (directory: BodyDirectory): PlacedContact[] =>
  directory.bodies.flatMap((b, i) => [[`bodies.${i}.secretary`, b.secretary] as const, ...placed(`bodies.${i}.members`, b.members)]);

export function bodyOf(directory: BodyDirectory, id: ResponsibleBody): Body {
  const body = directory.bodies.find((b) => b.id === id);
  if (!body) throw new ValidationError([`body: '${id}' is not in the bodies file`]);
  return body;
}

/** The deadline rule of a guideline's responsible body: a request's own rule comes first. */
export function deadlineRuleOf(directory: BodyDirectory, id: ResponsibleBody, own?: DeadlineRule): DeadlineRule {
  return own ?? bodyOf(directory, id).deadlineRule;
}

export function meetingCalendar(directory: BodyDirectory): MeetingCalendar {
  return Object.fromEntries(directory.bodies.map((b) => [b.id, [...b.meetings].sort()]));
}

/** What the meeting workflow of `body` on `date` starts with; the date must be in the body's calendar. */
export function meetingInputFor(directory: BodyDirectory, id: ResponsibleBody, date: IsoDate): MeetingInput {
  const body = bodyOf(directory, id);
  if (!body.meetings.includes(date)) throw new ValidationError([`date: ${id} has no meeting on ${date} in its calendar`]);
  return {
    body: id,
    date,
    startsAt: body.startsAt,
    documentPolicy: body.documentPolicy,
    secretary: body.secretary,
    members: body.members,
    calendar: meetingCalendar(directory),
    items: [],
  };
}
