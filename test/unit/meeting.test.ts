import { problemsOf } from '../support/validation';
import fs from 'node:fs';
import path from 'node:path';
import { bodyDirectorySchema, meetingCalendar } from '../../domain/meeting/bodies';
import { inQuietPeriod, isBusinessDay, JULY, QuietPeriod } from '../../domain/calendar/businessDays';
import { IsoDate } from '../../domain/calendar/dates';
import {
  AgendaItemInput,
  agendaItemSchema,
  documentPolicySchema,
  itemsMissingDocuments,
  MeetingCalendar,
  meetingInputSchema,
  meetingEvents,
  MeetingSchedule,
  meetingSchedule,
  meetingStatusAt,
  nextMeeting,
  sroMeetingAfter,
  submitDocumentsSchema,
} from '../../domain/meeting/meeting';
import { meetingWorkflowId } from '../../domain/ids';
import { addItemProblem, AgendaState, submitDocumentsProblem } from '../../domain/meeting/agenda';
import { parseOrThrow } from '../../domain/validation';
import { owner } from '../support/guidelines';

const shipped = bodyDirectorySchema.parse(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../config/bodies.json'), 'utf8')));
const calendar = meetingCalendar(shipped);
const policy = (input: Record<string, unknown> = {}) => documentPolicySchema.parse(input);

const item = (overrides: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  itemId: 'consent',
  title: 'Riktlinje för samtycke',
  kind: 'decision',
  subject: { type: 'guideline', id: 'consent' },
  presenter: owner,
  minutes: 20,
  ...overrides,
});

const pathsOf = (schema: { safeParse: (x: unknown) => { error?: { issues: { path: PropertyKey[] }[] } } }, input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => i.path.join('.'));

describe('meetingWorkflowId', () => {
  test.each([
    ['VVG', '2020-02-10', 'meeting/VVG/2020-02-10'],
    ['SRO', '2027-11-05', 'meeting/SRO/2027-11-05'],
  ] as const)('%s %s is %s', (body, date, id) => {
    expect(meetingWorkflowId(body, date)).toBe(id);
  });
});

describe('documentPolicySchema', () => {
  test('defaults to documents 15 business days before, reminders 5 and 2 business days before that, at 08:00', () => {
    expect(policy()).toEqual({
      documentDeadlineBusinessDays: 15,
      presenterRemindersBusinessDaysBefore: [5, 2],
      sendAt: '08:00',
      quietPeriods: [JULY],
    });
  });

  test.each([
    [{ documentDeadlineBusinessDays: 1 }],
    [{ documentDeadlineBusinessDays: 60 }],
    [{ presenterRemindersBusinessDaysBefore: [1] }],
    [{ presenterRemindersBusinessDaysBefore: [30, 30] }],
    [{ sendAt: '23:59' }],
    [{ sendAt: '07:15:30' }],
  ])('accepts %j', (input) => {
    expect(policy(input)).toMatchObject(input);
  });

  test.each([
    [{ documentDeadlineBusinessDays: 0 }, 'documentDeadlineBusinessDays'],
    [{ documentDeadlineBusinessDays: 61 }, 'documentDeadlineBusinessDays'],
    [{ documentDeadlineBusinessDays: 1.5 }, 'documentDeadlineBusinessDays'],
    [{ documentDeadlineBusinessDays: '15' }, 'documentDeadlineBusinessDays'],
    [{ presenterRemindersBusinessDaysBefore: [] }, 'presenterRemindersBusinessDaysBefore'],
    [{ presenterRemindersBusinessDaysBefore: [5, 0] }, 'presenterRemindersBusinessDaysBefore.1'],
    [{ presenterRemindersBusinessDaysBefore: [31] }, 'presenterRemindersBusinessDaysBefore.0'],
    [{ presenterRemindersBusinessDaysBefore: [2.5] }, 'presenterRemindersBusinessDaysBefore.0'],
    [{ sendAt: '8:00' }, 'sendAt'],
    [{ sendAt: '24:00' }, 'sendAt'],
  ])('rejects %j, naming %s', (input, field) => {
    expect(pathsOf(documentPolicySchema, input)).toEqual([field]);
  });
});

/** [businessDaysBefore, date, instant] */
type Reminder = [number, IsoDate, string];
const reminders = (rows: Reminder[]): MeetingSchedule['presenterReminders'] =>
  rows.map(([businessDaysBefore, date, at]) => ({ businessDaysBefore, date, at }));

describe('meetingSchedule: Swedish dates, worked out by hand', () => {
  // Standard time is UTC+1 and summer time UTC+2: 08:00 is 07:00Z in winter and 06:00Z in summer.
  test.each<[string, IsoDate, string, Record<string, unknown>, IsoDate, Reminder[], IsoDate, string, string]>([
    // The VVG calendar in the 2020 minutes, with the default policy. No days off between 2020-01-07 and 2020-04-09.
    [
      'VVG 2020, plain weeks',
      '2020-02-10',
      '09:00',
      {},
      '2020-01-20',
      [
        [5, '2020-01-13', '2020-01-13T07:00:00.000Z'],
        [2, '2020-01-16', '2020-01-16T07:00:00.000Z'],
      ],
      '2020-01-21',
      '2020-01-21T07:00:00.000Z',
      '2020-02-10T08:00:00.000Z',
    ],
    [
      'VVG 2020, plain weeks in winter',
      '2020-03-16',
      '09:00',
      {},
      '2020-02-24',
      [
        [5, '2020-02-17', '2020-02-17T07:00:00.000Z'],
        [2, '2020-02-20', '2020-02-20T07:00:00.000Z'],
      ],
      '2020-02-25',
      '2020-02-25T07:00:00.000Z',
      '2020-03-16T08:00:00.000Z',
    ],
    // Back from Wednesday 05-27 over Ascension Day (Thursday 05-21); the 5-day reminder back over 1 May (a Friday) to Monday 04-27.
    [
      'VVG 2020, over Ascension Day and 1 May',
      '2020-05-27',
      '09:00',
      {},
      '2020-05-05',
      [
        [5, '2020-04-27', '2020-04-27T06:00:00.000Z'],
        [2, '2020-04-30', '2020-04-30T06:00:00.000Z'],
      ],
      '2020-05-06',
      '2020-05-06T06:00:00.000Z',
      '2020-05-27T07:00:00.000Z',
    ],
    [
      'VVG 2020, summer time until 25 October',
      '2020-10-05',
      '09:00',
      {},
      '2020-09-14',
      [
        [5, '2020-09-07', '2020-09-07T06:00:00.000Z'],
        [2, '2020-09-10', '2020-09-10T06:00:00.000Z'],
      ],
      '2020-09-15',
      '2020-09-15T06:00:00.000Z',
      '2020-10-05T07:00:00.000Z',
    ],
    [
      'VVG 2020, a Friday meeting, agenda on Monday',
      '2020-12-11',
      '09:00',
      {},
      '2020-11-20',
      [
        [5, '2020-11-13', '2020-11-13T07:00:00.000Z'],
        [2, '2020-11-18', '2020-11-18T07:00:00.000Z'],
      ],
      '2020-11-23',
      '2020-11-23T07:00:00.000Z',
      '2020-12-11T08:00:00.000Z',
    ],
    [
      'VVG 2023-12-15',
      '2023-12-15',
      '09:00',
      {},
      '2023-11-24',
      [
        [5, '2023-11-17', '2023-11-17T07:00:00.000Z'],
        [2, '2023-11-22', '2023-11-22T07:00:00.000Z'],
      ],
      '2023-11-27',
      '2023-11-27T07:00:00.000Z',
      '2023-12-15T08:00:00.000Z',
    ],
    // SRO at 13:00. Back from Friday 2020-01-10 over Epiphany (Monday 01-06), New Year and Christmas 2019 (Tuesday 24th to Thursday 26th).
    [
      'SRO 2020-01-10, over Epiphany, New Year and Christmas',
      '2020-01-10',
      '13:00',
      {},
      '2019-12-12',
      [
        [5, '2019-12-05', '2019-12-05T07:00:00.000Z'],
        [2, '2019-12-10', '2019-12-10T07:00:00.000Z'],
      ],
      '2019-12-13',
      '2019-12-13T07:00:00.000Z',
      '2020-01-10T12:00:00.000Z',
    ],
    // Back from Friday 04-17 over Easter (Good Friday 04-10, Easter Monday 04-13); summer time began on 29 March.
    [
      'SRO 2020-04-17, over Easter and into winter time',
      '2020-04-17',
      '13:00',
      {},
      '2020-03-25',
      [
        [5, '2020-03-18', '2020-03-18T07:00:00.000Z'],
        [2, '2020-03-23', '2020-03-23T07:00:00.000Z'],
      ],
      '2020-03-26',
      '2020-03-26T07:00:00.000Z',
      '2020-04-17T11:00:00.000Z',
    ],
    // Documents are due in July, but nobody is mailed then: both reminders go back to Tuesday 06-30, as one; the
    // agenda goes on to Monday 08-03, still well before the meeting.
    [
      'SRO 2020-08-14, documents due in July',
      '2020-08-14',
      '13:00',
      {},
      '2020-07-24',
      [[5, '2020-06-30', '2020-06-30T06:00:00.000Z']],
      '2020-08-03',
      '2020-08-03T06:00:00.000Z',
      '2020-08-14T11:00:00.000Z',
    ],
    // A meeting the body holds right after July: its agenda can only go out in July, on the first business day after the deadline.
    [
      'a meeting on the first business day of August',
      '2031-08-01',
      '09:00',
      {},
      '2031-07-11',
      [[5, '2031-06-30', '2031-06-30T06:00:00.000Z']],
      '2031-07-14',
      '2031-07-14T06:00:00.000Z',
      '2031-08-01T07:00:00.000Z',
    ],
    [
      'July as no quiet period',
      '2020-08-14',
      '13:00',
      { quietPeriods: [] },
      '2020-07-24',
      [
        [5, '2020-07-17', '2020-07-17T06:00:00.000Z'],
        [2, '2020-07-22', '2020-07-22T06:00:00.000Z'],
      ],
      '2020-07-27',
      '2020-07-27T06:00:00.000Z',
      '2020-08-14T11:00:00.000Z',
    ],
    // Deadline Tuesday 04-14: both reminders back over Easter; the deadline back over 1 May.
    [
      'reminders over Easter',
      '2020-05-06',
      '09:00',
      {},
      '2020-04-14',
      [
        [5, '2020-04-03', '2020-04-03T06:00:00.000Z'],
        [2, '2020-04-08', '2020-04-08T06:00:00.000Z'],
      ],
      '2020-04-15',
      '2020-04-15T06:00:00.000Z',
      '2020-05-06T07:00:00.000Z',
    ],
    // 2031: Ascension Day Thursday 05-22, National Day Friday 06-06, Midsummer Eve Friday 06-20.
    [
      'over National Day and Ascension Day',
      '2031-06-09',
      '09:00',
      {},
      '2031-05-15',
      [
        [5, '2031-05-08', '2031-05-08T06:00:00.000Z'],
        [2, '2031-05-13', '2031-05-13T06:00:00.000Z'],
      ],
      '2031-05-16',
      '2031-05-16T06:00:00.000Z',
      '2031-06-09T07:00:00.000Z',
    ],
    [
      'over Midsummer Eve and National Day',
      '2031-06-26',
      '09:00',
      {},
      '2031-06-03',
      [
        [5, '2031-05-27', '2031-05-27T06:00:00.000Z'],
        [2, '2031-05-30', '2031-05-30T06:00:00.000Z'],
      ],
      '2031-06-04',
      '2031-06-04T06:00:00.000Z',
      '2031-06-26T07:00:00.000Z',
    ],
    [
      '10 days over Midsummer Eve, a reminder over National Day',
      '2031-06-26',
      '09:00',
      { documentDeadlineBusinessDays: 10 },
      '2031-06-11',
      [
        [5, '2031-06-03', '2031-06-03T06:00:00.000Z'],
        [2, '2031-06-09', '2031-06-09T06:00:00.000Z'],
      ],
      '2031-06-12',
      '2031-06-12T06:00:00.000Z',
      '2031-06-26T07:00:00.000Z',
    ],
    [
      'reminders over Midsummer Eve',
      '2031-07-07',
      '09:00',
      { documentDeadlineBusinessDays: 10 },
      '2031-06-23',
      [
        [5, '2031-06-13', '2031-06-13T06:00:00.000Z'],
        [2, '2031-06-18', '2031-06-18T06:00:00.000Z'],
      ],
      '2031-06-24',
      '2031-06-24T06:00:00.000Z',
      '2031-07-07T07:00:00.000Z',
    ],
    // Christmas 2030: Eve Tuesday to Boxing Day Thursday; New Year's Eve Tuesday, Day Wednesday; Epiphany Monday 2031-01-06.
    [
      '15 days back over Epiphany, New Year and Christmas',
      '2031-01-17',
      '09:00',
      {},
      '2030-12-19',
      [
        [5, '2030-12-12', '2030-12-12T07:00:00.000Z'],
        [2, '2030-12-17', '2030-12-17T07:00:00.000Z'],
      ],
      '2030-12-20',
      '2030-12-20T07:00:00.000Z',
      '2031-01-17T08:00:00.000Z',
    ],
    [
      '10 days: reminders over Christmas and New Year',
      '2031-01-17',
      '09:00',
      { documentDeadlineBusinessDays: 10 },
      '2031-01-02',
      [
        [5, '2030-12-19', '2030-12-19T07:00:00.000Z'],
        [2, '2030-12-27', '2030-12-27T07:00:00.000Z'],
      ],
      '2031-01-03',
      '2031-01-03T07:00:00.000Z',
      '2031-01-17T08:00:00.000Z',
    ],
    // Christmas 2020: Eve Thursday, Day Friday; New Year's Eve Thursday, Day Friday 2021; Epiphany Wednesday 2021-01-06.
    [
      'the agenda goes out after Christmas',
      '2021-01-20',
      '09:00',
      {},
      '2020-12-23',
      [
        [5, '2020-12-16', '2020-12-16T07:00:00.000Z'],
        [2, '2020-12-21', '2020-12-21T07:00:00.000Z'],
      ],
      '2020-12-28',
      '2020-12-28T07:00:00.000Z',
      '2021-01-20T08:00:00.000Z',
    ],
    [
      'a reminder back over Christmas',
      '2021-01-22',
      '09:00',
      {},
      '2020-12-29',
      [
        [5, '2020-12-18', '2020-12-18T07:00:00.000Z'],
        [2, '2020-12-23', '2020-12-23T07:00:00.000Z'],
      ],
      '2020-12-30',
      '2020-12-30T07:00:00.000Z',
      '2021-01-22T08:00:00.000Z',
    ],
    // Other policies on VVG 2020-02-10.
    [
      'a 10-day deadline',
      '2020-02-10',
      '09:00',
      { documentDeadlineBusinessDays: 10 },
      '2020-01-27',
      [
        [5, '2020-01-20', '2020-01-20T07:00:00.000Z'],
        [2, '2020-01-23', '2020-01-23T07:00:00.000Z'],
      ],
      '2020-01-28',
      '2020-01-28T07:00:00.000Z',
      '2020-02-10T08:00:00.000Z',
    ],
    [
      'reminders [3, 3] give one',
      '2020-02-10',
      '09:00',
      { presenterRemindersBusinessDaysBefore: [3, 3] },
      '2020-01-20',
      [[3, '2020-01-15', '2020-01-15T07:00:00.000Z']],
      '2020-01-21',
      '2020-01-21T07:00:00.000Z',
      '2020-02-10T08:00:00.000Z',
    ],
    [
      'reminders [2, 5] come earliest first',
      '2020-02-10',
      '09:00',
      { presenterRemindersBusinessDaysBefore: [2, 5] },
      '2020-01-20',
      [
        [5, '2020-01-13', '2020-01-13T07:00:00.000Z'],
        [2, '2020-01-16', '2020-01-16T07:00:00.000Z'],
      ],
      '2020-01-21',
      '2020-01-21T07:00:00.000Z',
      '2020-02-10T08:00:00.000Z',
    ],
    [
      'reminders [10, 1, 5, 1], the 10-day one back over Epiphany',
      '2020-02-10',
      '09:00',
      { presenterRemindersBusinessDaysBefore: [10, 1, 5, 1] },
      '2020-01-20',
      [
        [10, '2020-01-03', '2020-01-03T07:00:00.000Z'],
        [5, '2020-01-13', '2020-01-13T07:00:00.000Z'],
        [1, '2020-01-17', '2020-01-17T07:00:00.000Z'],
      ],
      '2020-01-21',
      '2020-01-21T07:00:00.000Z',
      '2020-02-10T08:00:00.000Z',
    ],
    [
      'sent at 14:30',
      '2020-02-10',
      '09:00',
      { sendAt: '14:30' },
      '2020-01-20',
      [
        [5, '2020-01-13', '2020-01-13T13:30:00.000Z'],
        [2, '2020-01-16', '2020-01-16T13:30:00.000Z'],
      ],
      '2020-01-21',
      '2020-01-21T13:30:00.000Z',
      '2020-02-10T08:00:00.000Z',
    ],
    // A deadline 1 business day before: the agenda goes out on the meeting day, never after the meeting starts.
    [
      '1 day: agenda at 08:00 before a 09:00 start',
      '2020-02-10',
      '09:00',
      { documentDeadlineBusinessDays: 1 },
      '2020-02-07',
      [
        [5, '2020-01-31', '2020-01-31T07:00:00.000Z'],
        [2, '2020-02-05', '2020-02-05T07:00:00.000Z'],
      ],
      '2020-02-10',
      '2020-02-10T07:00:00.000Z',
      '2020-02-10T08:00:00.000Z',
    ],
    [
      '1 day: agenda clamped to a 07:30 start',
      '2020-02-10',
      '07:30',
      { documentDeadlineBusinessDays: 1 },
      '2020-02-07',
      [
        [5, '2020-01-31', '2020-01-31T07:00:00.000Z'],
        [2, '2020-02-05', '2020-02-05T07:00:00.000Z'],
      ],
      '2020-02-10',
      '2020-02-10T06:30:00.000Z',
      '2020-02-10T06:30:00.000Z',
    ],
    [
      '1 day: agenda at an 08:00 start',
      '2020-02-10',
      '08:00',
      { documentDeadlineBusinessDays: 1 },
      '2020-02-07',
      [
        [5, '2020-01-31', '2020-01-31T07:00:00.000Z'],
        [2, '2020-02-05', '2020-02-05T07:00:00.000Z'],
      ],
      '2020-02-10',
      '2020-02-10T07:00:00.000Z',
      '2020-02-10T07:00:00.000Z',
    ],
    [
      '1 day: sent at 10:00, clamped to the 09:00 start',
      '2020-02-10',
      '09:00',
      { documentDeadlineBusinessDays: 1, sendAt: '10:00' },
      '2020-02-07',
      [
        [5, '2020-01-31', '2020-01-31T09:00:00.000Z'],
        [2, '2020-02-05', '2020-02-05T09:00:00.000Z'],
      ],
      '2020-02-10',
      '2020-02-10T08:00:00.000Z',
      '2020-02-10T08:00:00.000Z',
    ],
    [
      '1 day over Easter, clamped to a 07:00 start',
      '2020-04-14',
      '07:00',
      { documentDeadlineBusinessDays: 1 },
      '2020-04-09',
      [
        [5, '2020-04-02', '2020-04-02T06:00:00.000Z'],
        [2, '2020-04-07', '2020-04-07T06:00:00.000Z'],
      ],
      '2020-04-14',
      '2020-04-14T05:00:00.000Z',
      '2020-04-14T05:00:00.000Z',
    ],
    [
      '1 day, SRO at 13:00, a reminder back over Easter',
      '2020-04-17',
      '13:00',
      { documentDeadlineBusinessDays: 1 },
      '2020-04-16',
      [
        [5, '2020-04-07', '2020-04-07T06:00:00.000Z'],
        [2, '2020-04-14', '2020-04-14T06:00:00.000Z'],
      ],
      '2020-04-17',
      '2020-04-17T06:00:00.000Z',
      '2020-04-17T11:00:00.000Z',
    ],
    [
      '1 day, a reminder back over National Day',
      '2031-06-10',
      '09:00',
      { documentDeadlineBusinessDays: 1 },
      '2031-06-09',
      [
        [5, '2031-05-30', '2031-05-30T06:00:00.000Z'],
        [2, '2031-06-04', '2031-06-04T06:00:00.000Z'],
      ],
      '2031-06-10',
      '2031-06-10T06:00:00.000Z',
      '2031-06-10T07:00:00.000Z',
    ],
  ])(
    '%s: %s at %s with %j',
    (_label, date, startsAt, input, documentDeadline, rows, agendaPublishedOn, agendaPublishedAt, startsAtInstant) => {
      expect(meetingSchedule(date, startsAt, policy(input))).toEqual({
        documentDeadline,
        presenterReminders: reminders(rows),
        agendaPublishedOn,
        agendaPublishedAt,
        startsAt: startsAtInstant,
      });
    },
  );
});

describe('meetingSchedule: rules that hold for every meeting', () => {
  const nextDay = (d: IsoDate) => new Date(Date.parse(`${d}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const previousDay = (d: IsoDate) => new Date(Date.parse(`${d}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const businessDay = new Map<IsoDate, boolean>();
  const isBusinessDayCached = (d: IsoDate) => businessDay.get(d) ?? businessDay.set(d, isBusinessDay(d)).get(d)!;
  const businessDaysIn = (from: IsoDate, to: IsoDate) => {
    let count = 0;
    for (let d = from; d < to; d = nextDay(d)) if (isBusinessDayCached(d)) count++;
    return count;
  };
  const meetings: Array<[IsoDate, string]> = [];
  for (const body of shipped.bodies) for (const date of body.meetings) meetings.push([date, body.startsAt]);
  // Every business day from Easter to Midsummer 2020, over Christmas 2030 and around July 2031, at 09:00.
  for (const [from, to] of [
    ['2020-04-06', '2020-06-30'],
    ['2030-12-16', '2031-01-31'],
    ['2031-06-20', '2031-09-12'],
  ]) {
    for (let d = from; d <= to; d = nextDay(d)) if (isBusinessDayCached(d)) meetings.push([d, '09:00']);
  }
  const policies = [
    {},
    { documentDeadlineBusinessDays: 1, sendAt: '10:00' },
    { documentDeadlineBusinessDays: 10, presenterRemindersBusinessDaysBefore: [10, 5, 3, 3, 2, 1] },
    { quietPeriods: [] },
  ];
  const outside = (d: IsoDate, quiet: QuietPeriod[]) => isBusinessDayCached(d) && !inQuietPeriod(d, quiet);
  /** The business day `n` business days before `d`, counted a day at a time. */
  const businessDaysBefore = (d: IsoDate, n: number) => {
    let day = d;
    for (let left = n; left > 0;) if (isBusinessDayCached((day = previousDay(day)))) left--;
    return day;
  };
  /** `d`, or the closest earlier business day outside the quiet periods. */
  const moveBack = (d: IsoDate, quiet: QuietPeriod[]) => {
    let day = d;
    while (!outside(day, quiet)) day = previousDay(day);
    return day;
  };
  /** The days in [from, to) that are business days outside the quiet periods. */
  const daysOutside = (from: IsoDate, to: IsoDate, quiet: QuietPeriod[]) => {
    const days: IsoDate[] = [];
    for (let d = from; d < to; d = nextDay(d)) if (outside(d, quiet)) days.push(d);
    return days;
  };

  /** Every rule the schedule of the meeting breaks, as text. */
  const broken = (date: IsoDate, startsAt: string, p: ReturnType<typeof policy>): string[] => {
    const s = meetingSchedule(date, startsAt, p);
    const problems: string[] = [];
    const rule = (ok: boolean, what: string) => void (ok || problems.push(`${date} ${startsAt}: ${what}`));
    rule(isBusinessDay(s.documentDeadline), 'deadline on a business day');
    rule(businessDaysIn(s.documentDeadline, date) === p.documentDeadlineBusinessDays, "deadline the policy's business days before");
    rule(isBusinessDay(s.agendaPublishedOn), 'agenda on a business day');
    rule(s.agendaPublishedOn > s.documentDeadline && s.agendaPublishedOn <= date, 'agenda after the deadline, not after the meeting');
    // The first business day after the deadline outside the quiet periods, if there is one before the meeting day;
    // otherwise the first business day after the deadline.
    const [firstOutside] = daysOutside(nextDay(s.documentDeadline), date, p.quietPeriods);
    const firstBusinessDay = businessDaysIn(nextDay(s.documentDeadline), s.agendaPublishedOn) === 0;
    rule(
      firstOutside ? s.agendaPublishedOn === firstOutside : firstBusinessDay,
      'agenda on the first business day after the deadline outside the quiet periods, before the meeting day',
    );
    rule(s.agendaPublishedAt <= s.startsAt, 'agenda not after the start');
    const dates = s.presenterReminders.map((r) => r.date);
    const instants = s.presenterReminders.map((r) => r.at);
    const movedReminder = (n: number) => moveBack(businessDaysBefore(s.documentDeadline, n), p.quietPeriods);
    rule(new Set(dates).size === dates.length, 'no two reminders on one day');
    rule(
      dates.length === new Set(p.presenterRemindersBusinessDaysBefore.map(movedReminder)).size,
      'one reminder per day the offsets land on',
    );
    rule(dates.join() === [...dates].sort().join() && instants.join() === [...instants].sort().join(), 'reminders earliest first');
    for (const r of s.presenterReminders) {
      rule(outside(r.date, p.quietPeriods), `reminder ${r.date} on a business day outside the quiet periods`);
      rule(r.date < s.documentDeadline, `reminder ${r.date} before the deadline`);
      rule(
        r.date === movedReminder(r.businessDaysBefore),
        `reminder ${r.date}: the last business day outside the quiet periods on or before ${r.businessDaysBefore} business days before the deadline`,
      );
    }
    return problems;
  };

  test.each(policies)('with %j: dates on business days, in order, the agenda never after the start', (input) => {
    const p = policy(input);
    expect(meetings.length).toBeGreaterThan(100);
    expect(meetings.flatMap(([date, startsAt]) => broken(date, startsAt, p))).toEqual([]);
  });

  test('does not change the policy it is given', () => {
    const p = policy({ presenterRemindersBusinessDaysBefore: [2, 5, 2] });
    meetingSchedule('2020-02-10', '09:00', p);
    expect(p.presenterRemindersBusinessDaysBefore).toEqual([2, 5, 2]);
  });
});

describe('agendaItemSchema', () => {
  test('defaults: documents expected, none yet, no SRO step, presenter in Swedish', () => {
    const { language: _language, ...presenter } = owner;
    expect(
      agendaItemSchema.parse({ itemId: 'consent', title: ' Riktlinje för samtycke ', kind: 'dialogue', presenter, minutes: 20 }),
    ).toEqual({
      itemId: 'consent',
      title: 'Riktlinje för samtycke',
      kind: 'dialogue',
      presenter: owner,
      minutes: 20,
      documentsExpected: true,
      documents: [],
      needsSro: false,
    });
  });

  test.each<[string, Partial<AgendaItemInput>]>([
    ['an 80-character id', { itemId: 'a'.repeat(80) }],
    ['an id starting with a digit', { itemId: '2020-vvg-3' }],
    ['a one-minute item', { minutes: 1 }],
    ['an eight-hour item', { minutes: 480 }],
    ['information without a subject', { kind: 'information', subject: undefined, documentsExpected: false }],
    ['a commission', { subject: { type: 'commission', id: 'uppdrag-2020-4' } }],
    ['a survey', { subject: { type: 'survey', id: 'kartlaggning' } }],
    ['a plan', { subject: { type: 'plan', id: 'handlingsplan' } }],
    ['other', { subject: { type: 'other', id: 'x' } }],
    [
      'documents',
      {
        documents: [
          { title: 'Underlag', link: 'https://samverkan.example/underlag.pdf' },
          { title: 'Bilaga', link: 'http://samverkan.example/b' },
        ],
      },
    ],
    ['an item that goes on to SRO', { needsSro: true }],
    ['an item sent back', { origin: { meetingId: 'meeting/VVG/2020-02-10', reason: 'sent-back' } }],
    ['an item forwarded', { origin: { meetingId: 'meeting/VVG/2020-02-10', reason: 'forwarded' } }],
  ])('accepts %s', (_label, overrides) => {
    expect(agendaItemSchema.parse(item(overrides))).toMatchObject(JSON.parse(JSON.stringify(overrides)));
  });

  test.each<[string, string, string, unknown]>([
    ['an empty id', 'itemId', 'must be lowercase letters, digits and hyphens (at most 80)', item({ itemId: '' })],
    ['an 81-character id', 'itemId', 'must be lowercase letters, digits and hyphens (at most 80)', item({ itemId: 'a'.repeat(81) })],
    ['an id with capitals', 'itemId', 'must be lowercase letters, digits and hyphens (at most 80)', item({ itemId: 'Consent' })],
    ['an id starting with a hyphen', 'itemId', 'must be lowercase letters, digits and hyphens (at most 80)', item({ itemId: '-consent' })],
    ['an id with an underscore', 'itemId', 'must be lowercase letters, digits and hyphens (at most 80)', item({ itemId: 'con_sent' })],
    ['a blank title', 'title', 'is required', item({ title: '  ' })],
    ['a 301-character title', 'title', 'must be at most 300 characters', item({ title: 'x'.repeat(301) })],
    ['an unknown kind', 'kind', 'Invalid option: expected one of "decision"|"dialogue"|"information"', item({ kind: 'vote' as never })],
    [
      'an unknown subject type',
      'subject.type',
      'Invalid option: expected one of "guideline"|"commission"|"survey"|"plan"|"other"',
      item({ subject: { type: 'policy' as never, id: 'x' } }),
    ],
    ['a blank subject id', 'subject.id', 'is required', item({ subject: { type: 'guideline', id: ' ' } })],
    ['no presenter', 'presenter', 'Invalid input: expected object, received undefined', item({ presenter: undefined })],
    ['a presenter without an address', 'presenter.email', 'must be an e-mail address', item({ presenter: { ...owner, email: 'anna' } })],
    ['a fractional minute', 'minutes', 'must be a whole number of minutes', item({ minutes: 1.5 })],
    ['minutes as text', 'minutes', 'must be a whole number of minutes', item({ minutes: '20' as never })],
    ['no minutes', 'minutes', 'must be a whole number of minutes', item({ minutes: undefined })],
    [
      'documentsExpected as text',
      'documentsExpected',
      'Invalid input: expected boolean, received string',
      item({ documentsExpected: 'yes' as never }),
    ],
    [
      'a blank document title',
      'documents.0.title',
      'is required',
      item({ documents: [{ title: ' ', link: 'https://samverkan.example/a.pdf' }] }),
    ],
    [
      'an ftp link',
      'documents.0.link',
      'must be an http(s) or file link',
      item({ documents: [{ title: 'Underlag', link: 'ftp://samverkan.example/a.pdf' }] }),
    ],
    [
      'a link that is no URL',
      'documents.0.link',
      'must be an http(s) or file link',
      item({ documents: [{ title: 'Underlag', link: 'underlag.pdf' }] }),
    ],
    ['needsSro as text', 'needsSro', 'Invalid input: expected boolean, received string', item({ needsSro: 'true' as never })],
    ['an origin without a meeting', 'origin.meetingId', 'is required', item({ origin: { meetingId: '', reason: 'sent-back' } })],
    [
      'an unknown origin',
      'origin.reason',
      'Invalid option: expected one of "sent-back"|"forwarded"',
      item({ origin: { meetingId: 'meeting/VVG/2020-02-10', reason: 'moved' as never } }),
    ],
  ])('rejects %s, naming %s', (_label, field, message, input) => {
    expect(problemsOf(() => parseOrThrow(agendaItemSchema, input))).toEqual([`${field}: ${message}`]);
  });

  test.each([0, 481, -20])('rejects %i minutes, naming minutes', (minutes) => {
    expect(pathsOf(agendaItemSchema, item({ minutes }))).toEqual(['minutes']);
  });

  test('names every field that is wrong at once', () => {
    expect(pathsOf(agendaItemSchema, { itemId: 'X', kind: 'vote', minutes: 0, documents: [{ title: '', link: 'x' }] })).toEqual([
      'itemId',
      'title',
      'kind',
      'presenter',
      'minutes',
      'documents.0.title',
      'documents.0.link',
    ]);
  });
});

describe('submitDocumentsSchema', () => {
  const document = { title: 'Underlag till VVG', link: 'https://samverkan.example/underlag.pdf' };

  test('accepts documents for an item, trimming titles', () => {
    expect(submitDocumentsSchema.parse({ itemId: 'consent', documents: [{ ...document, title: ' Underlag till VVG ' }] })).toEqual({
      itemId: 'consent',
      documents: [document],
    });
  });

  test.each<[string, unknown, string[]]>([
    ['no documents', { itemId: 'consent', documents: [] }, ['documents: needs at least one document']],
    ['no document list', { itemId: 'consent' }, ['documents: Invalid input: expected array, received undefined']],
    ['no item', { documents: [document] }, ['itemId: Invalid input: expected string, received undefined']],
    [
      'a malformed item id',
      { itemId: 'Consent', documents: [document] },
      ['itemId: must be lowercase letters, digits and hyphens (at most 80)'],
    ],
    ['a blank title', { itemId: 'consent', documents: [document, { ...document, title: '' }] }, ['documents.1.title: is required']],
    [
      'a mailto link',
      { itemId: 'consent', documents: [{ ...document, link: 'mailto:anna@vgregion.example' }] },
      ['documents.0.link: must be an http(s) or file link'],
    ],
    [
      'a blank title and a bad link',
      { itemId: 'consent', documents: [{ title: ' ', link: 'samverkan.example' }] },
      ['documents.0.title: is required', 'documents.0.link: must be an http(s) or file link'],
    ],
  ])('rejects %s', (_label, input, problems) => {
    expect(problemsOf(() => parseOrThrow(submitDocumentsSchema, input))).toEqual(problems);
  });
});

describe('meetingInputSchema', () => {
  const minimal = { body: 'VVG', date: '2020-02-10', secretary: shipped.bodies[0].secretary, members: [], calendar };

  test('defaults to a 09:00 start, the default document policy and no items', () => {
    expect(meetingInputSchema.parse(minimal)).toEqual({ ...minimal, startsAt: '09:00', documentPolicy: policy(), items: [] });
  });

  test('a fresh default policy for every meeting', () => {
    const a = meetingInputSchema.parse(minimal);
    const b = meetingInputSchema.parse(minimal);
    expect(a.documentPolicy).toEqual(b.documentPolicy);
    expect(a.documentPolicy).not.toBe(b.documentPolicy);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['an unknown body', { body: 'VGR' }, ['body']],
    ['a date that does not exist', { date: '2020-02-30' }, ['date']],
    ['a malformed start', { startsAt: '9.00' }, ['startsAt']],
    ['a bad policy', { documentPolicy: { documentDeadlineBusinessDays: 0 } }, ['documentPolicy.documentDeadlineBusinessDays']],
    ['no secretary', { secretary: undefined }, ['secretary']],
    ['a member without an address', { members: [{ ...owner, email: 'x' }] }, ['members.0.email']],
    ['a calendar date that does not exist', { calendar: { VVG: ['2020-13-01'] } }, ['calendar.VVG.0']],
    ['a calendar of an unknown body', { calendar: { VGR: ['2020-02-10'] } }, ['calendar']],
    ['an item without a title', { items: [item({ title: '' })] }, ['items.0.title']],
  ])('rejects %s', (_label, overrides, fields) => {
    expect(pathsOf(meetingInputSchema, { ...minimal, ...overrides })).toEqual(fields);
  });
});

describe('sroMeetingAfter', () => {
  test.each<[string, IsoDate, IsoDate, IsoDate | undefined]>([
    ['recorded on the VVG day: the next SRO meeting', '2020-03-16', '2020-03-16', '2020-04-17'],
    ['recorded before that SRO meeting', '2020-03-16', '2020-04-16', '2020-04-17'],
    ['recorded on that SRO day: the one after, as it may already be under way', '2020-03-16', '2020-04-17', '2020-08-14'],
    ['recorded after that SRO meeting: the one after', '2020-03-16', '2020-05-01', '2020-08-14'],
    ['recorded after the last SRO meeting', '2027-09-17', '2027-11-06', undefined],
  ])('%s', (_label, vvgDate, today, expected) => {
    expect(sroMeetingAfter(calendar, vvgDate, today)).toBe(expected);
  });
});

describe('nextMeeting', () => {
  test.each<[string, 'VVG' | 'SRO', IsoDate, IsoDate | undefined]>([
    ['the next VVG meeting', 'VVG', '2020-02-10', '2020-03-16'],
    ['the day before a meeting', 'VVG', '2020-02-09', '2020-02-10'],
    ['between meetings', 'VVG', '2020-04-01', '2020-05-27'],
    ['over the gap between 2020 and 2027', 'VVG', '2020-12-11', '2027-02-12'],
    ['after the last meeting', 'VVG', '2027-12-10', undefined],
    ['SRO after VVG 2020-03-16', 'SRO', '2020-03-16', '2020-04-17'],
    ['SRO after VVG 2020-12-11', 'SRO', '2020-12-11', '2027-01-22'],
    ['SRO after VVG 2027-12-10', 'SRO', '2027-12-10', undefined],
    ['before the first meeting', 'SRO', '2019-01-01', '2020-01-10'],
  ])('%s: nextMeeting(%s, %s) is %s', (_label, body, date, expected) => {
    expect(nextMeeting(calendar, body, date)).toBe(expected);
  });

  test('reads an unsorted calendar in date order and leaves it as it is', () => {
    const unsorted = { VVG: ['2020-12-11', '2020-03-16', '2020-05-27'] };
    expect(nextMeeting(unsorted, 'VVG', '2020-02-10')).toBe('2020-03-16');
    expect(nextMeeting(unsorted, 'VVG', '2020-03-16')).toBe('2020-05-27');
    expect(unsorted.VVG).toEqual(['2020-12-11', '2020-03-16', '2020-05-27']);
  });

  test.each<[MeetingCalendar, 'VVG' | 'SRO']>([
    [{}, 'SRO'],
    [{ VVG: ['2020-03-16'] }, 'SRO'],
    [{ SRO: [] }, 'SRO'],
  ])('a calendar without meetings of the body (%j) has no next meeting', (c, body) => {
    expect(nextMeeting(c, body, '2020-01-01')).toBeUndefined();
  });
});

describe('itemsMissingDocuments', () => {
  const document = { title: 'Underlag', link: 'https://samverkan.example/underlag.pdf' };
  const items = [
    agendaItemSchema.parse(item({ itemId: 'missing' })),
    agendaItemSchema.parse(item({ itemId: 'handed-in', documents: [document] })),
    agendaItemSchema.parse(item({ itemId: 'no-documents-expected', kind: 'information', documentsExpected: false })),
    agendaItemSchema.parse(item({ itemId: 'also-missing', kind: 'dialogue' })),
    agendaItemSchema.parse(item({ itemId: 'brought-anyway', documentsExpected: false, documents: [document] })),
  ];

  test('lists the items whose expected documents are not in, in agenda order', () => {
    expect(itemsMissingDocuments(items).map((i) => i.itemId)).toEqual(['missing', 'also-missing']);
  });

  test.each([[[]], [items.slice(1, 3)], [items.slice(4)]])('lists none for %#', (list) => {
    expect(itemsMissingDocuments(list)).toEqual([]);
  });
});

describe('meetingEvents', () => {
  // VVG 2020-02-10: reminders 2020-01-13 and -16 at 08:00, agenda 2020-01-21 at 08:00, the meeting at 09:00.
  const schedule = meetingSchedule('2020-02-10', '09:00', policy());
  const kinds = (plannedAt: string) => meetingEvents(schedule, plannedAt).map((e) => [e.kind, e.at]);

  test('a meeting planned in good time reminds twice, publishes its agenda, then is held', () => {
    expect(kinds('2019-12-01T10:00:00.000Z')).toEqual([
      ['presenter-reminder', '2020-01-13T07:00:00.000Z'],
      ['presenter-reminder', '2020-01-16T07:00:00.000Z'],
      ['agenda', '2020-01-21T07:00:00.000Z'],
      ['start', '2020-02-10T08:00:00.000Z'],
    ]);
  });

  test('a meeting planned late skips the reminders already past, a reminder due at that instant included', () => {
    expect(kinds('2020-01-14T10:00:00.000Z').map(([kind]) => kind)).toEqual(['presenter-reminder', 'agenda', 'start']);
    expect(kinds('2020-01-16T07:00:00.000Z').map(([kind]) => kind)).toEqual(['presenter-reminder', 'agenda', 'start']);
  });

  test('a meeting planned after its agenda date still sends the agenda, at once, while the meeting is ahead', () => {
    expect(kinds('2020-02-03T10:00:00.000Z')).toEqual([
      ['agenda', '2020-01-21T07:00:00.000Z'],
      ['start', '2020-02-10T08:00:00.000Z'],
    ]);
  });

  test('a meeting planned once it has begun is only held', () => {
    expect(kinds('2020-02-10T08:00:00.000Z')).toEqual([['start', '2020-02-10T08:00:00.000Z']]);
  });
});

describe('meetingStatusAt', () => {
  const startsAt = '2020-02-10T08:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  test.each([
    ['planned', '2020-02-10T07:59:59.999Z', 'planned'],
    ['agenda-published', '2020-02-10T07:59:59.999Z', 'agenda-published'],
    ['planned', '2020-02-10T08:00:00.000Z', 'held'],
    ['agenda-published', '2020-02-11T08:00:00.000Z', 'held'],
    ['held', '2020-02-10T07:00:00.000Z', 'held'],
    ['closed', '2020-02-11T08:00:00.000Z', 'closed'],
  ] as const)('%s at %s is %s', (status, now, expected) => {
    expect(meetingStatusAt(status, startsAt, at(now))).toBe(expected);
  });
});

describe('the rules of an agenda', () => {
  const agenda = (status: AgendaState['status']): AgendaState => ({
    body: 'VVG',
    date: '2020-02-10',
    status,
    items: [{ itemId: 'consent' }],
  });

  test.each([
    ['planned', 'consent', "itemId: 'consent' is already on the agenda"],
    ['agenda-published', 'consent', "itemId: 'consent' is already on the agenda"],
    ['held', 'budget', 'meeting: VVG 2020-02-10 has already been held; put the item on a later meeting'],
    ['closed', 'consent', 'meeting: VVG 2020-02-10 has already been held; put the item on a later meeting'],
  ] as const)('a meeting %s refuses the item %s', (status, itemId, problem) => {
    expect(addItemProblem(agenda(status), { itemId })).toBe(problem);
  });

  test.each(['planned', 'agenda-published'] as const)('a meeting %s takes a new item', (status) => {
    expect(addItemProblem(agenda(status), { itemId: 'budget' })).toBeUndefined();
  });

  test.each([
    ['planned', 'budget', "itemId: 'budget' is not on the agenda of VVG 2020-02-10"],
    ['held', 'consent', 'meeting: VVG 2020-02-10 has already been held'],
    ['closed', 'budget', 'meeting: VVG 2020-02-10 has already been held'],
  ] as const)('a meeting %s refuses documents for %s', (status, itemId, problem) => {
    expect(submitDocumentsProblem(agenda(status), { itemId })).toBe(problem);
  });

  test.each(['planned', 'agenda-published'] as const)('a meeting %s takes documents for an item on its agenda', (status) => {
    expect(submitDocumentsProblem(agenda(status), { itemId: 'consent' })).toBeUndefined();
  });
});
