import { problemsOf } from '../support/validation';
import fs from 'node:fs';
import path from 'node:path';
import { bodyDirectorySchema, BodyDirectory, meetingCalendar, meetingInputFor } from '../../domain/meeting/bodies';
import { isBusinessDay } from '../../domain/calendar/businessDays';
import { documentPolicySchema, meetingInputSchema } from '../../domain/meeting/meeting';

type Directory = { about?: string; bodies: { id: string; name: string; secretary: Record<string, unknown> }[] };
const file = path.resolve(__dirname, '../../config/bodies.json');
const shipped = (): Directory => JSON.parse(fs.readFileSync(file, 'utf8'));
const issuesOf = (input: unknown) =>
  bodyDirectorySchema.safeParse(input).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

describe('bodyDirectorySchema', () => {
  test('accepts the shipped config/bodies.json, describing VVG and SRO', () => {
    const directory = bodyDirectorySchema.parse(shipped());
    expect(directory.bodies.map((b) => b.id).sort()).toEqual(['SRO', 'VVG']);
    for (const b of directory.bodies) expect(b.secretary.email).toMatch(/@/);
  });

  test.each([
    ['SRO', 'VVG'],
    ['VVG', 'SRO'],
  ])('rejects a file missing %s', (missing) => {
    const directory = shipped();
    directory.bodies = directory.bodies.filter((b) => b.id !== missing);
    expect(issuesOf(directory)).toEqual([{ path: 'bodies', message: 'must describe both VVG and SRO' }]);
  });

  test('rejects an empty list of bodies', () => {
    expect(issuesOf({ bodies: [] })).toEqual([{ path: 'bodies', message: 'must describe both VVG and SRO' }]);
  });

  test('defaults a secretary language to Swedish', () => {
    const directory = shipped();
    delete directory.bodies[0].secretary.language;
    expect(bodyDirectorySchema.parse(directory).bodies[0].secretary.language).toBe('sv');
  });

  test.each<[string, (d: Directory) => void, string]>([
    ['an unknown body', (d) => void (d.bodies[0].id = 'VGR'), 'bodies.0.id'],
    ['a blank name', (d) => void (d.bodies[1].name = ''), 'bodies.1.name'],
    ['a malformed secretary e-mail', (d) => void (d.bodies[1].secretary.email = 'sro'), 'bodies.1.secretary.email'],
    ['a secretary without role', (d) => void (d.bodies[0].secretary.role = ' '), 'bodies.0.secretary.role'],
  ])('rejects %s, naming %s', (_label, mutate, path) => {
    const directory = shipped();
    mutate(directory);
    expect(issuesOf(directory)!.map((i) => i.path)).toContain(path);
  });
});

/** The shipped file with one body's fields replaced. */
const withBody = (index: number, fields: Record<string, unknown>) => {
  const directory = shipped() as unknown as { bodies: Record<string, unknown>[] };
  Object.assign(directory.bodies[index], fields);
  return directory;
};
const parsedShipped = (): BodyDirectory => bodyDirectorySchema.parse(shipped());

describe('the shipped meeting calendars', () => {
  const directory = parsedShipped();
  const body = (id: string) => directory.bodies.find((b) => b.id === id)!;

  test('VVG has the 2020 dates of the minutes and the 2027 example', () => {
    expect(body('VVG').meetings).toEqual([
      '2020-02-10',
      '2020-03-16',
      '2020-05-27',
      '2020-10-05',
      '2020-12-11',
      '2027-02-12',
      '2027-04-16',
      '2027-06-11',
      '2027-09-17',
      '2027-12-10',
    ]);
  });

  test('SRO has the 2020 dates of the minutes and the 2027 example', () => {
    expect(body('SRO').meetings).toEqual([
      '2020-01-10',
      '2020-03-06',
      '2020-04-17',
      '2020-08-14',
      '2020-11-06',
      '2027-01-22',
      '2027-03-12',
      '2027-05-07',
      '2027-08-27',
      '2027-11-05',
    ]);
  });

  test.each(['VVG', 'SRO'])('%s meets only on business days', (id) => {
    const meetings = body(id).meetings;
    expect(meetings.filter((d) => !isBusinessDay(d))).toEqual([]);
    expect(new Set(meetings).size).toBe(meetings.length);
  });

  test.each([
    ['VVG', '09:00'],
    ['SRO', '13:00'],
  ])('%s starts at %s, with the default document policy and six members', (id, startsAt) => {
    expect(body(id).startsAt).toBe(startsAt);
    expect(body(id).documentPolicy).toEqual(documentPolicySchema.parse({}));
    expect(body(id).members).toHaveLength(6);
  });

  test('meetingCalendar gives each body its dates in order, without changing the directory', () => {
    const d = parsedShipped();
    d.bodies[0].meetings.reverse();
    const reversed = [...d.bodies[0].meetings];
    expect(meetingCalendar(d)).toEqual({ VVG: body('VVG').meetings, SRO: body('SRO').meetings });
    expect(d.bodies[0].meetings).toEqual(reversed);
  });
});

describe('bodyDirectorySchema: meetings and documents', () => {
  test('a body without start, policy, members or meetings gets the defaults', () => {
    const directory = withBody(1, { startsAt: undefined, documentPolicy: undefined, members: undefined, meetings: undefined });
    expect(bodyDirectorySchema.parse(directory).bodies[1]).toMatchObject({
      id: 'SRO',
      startsAt: '09:00',
      documentPolicy: { documentDeadlineBusinessDays: 15, presenterRemindersBusinessDaysBefore: [5, 2], sendAt: '08:00' },
      members: [],
      meetings: [],
    });
  });

  test.each([
    ['2020-04-09', 'Maundy Thursday'],
    ['2020-04-14', 'the Tuesday after Easter'],
    ['2020-04-30', 'Walpurgis Eve'],
    ['2020-06-18', 'the day before Midsummer Eve'],
    ['2020-12-23', 'the day before Christmas Eve'],
    ['2021-01-05', 'the day before Epiphany'],
  ])('accepts a meeting on %s (%s)', (date) => {
    expect(bodyDirectorySchema.parse(withBody(0, { meetings: ['2020-02-10', date] })).bodies[0].meetings).toEqual(['2020-02-10', date]);
  });

  test.each([
    ['2020-02-08', 'a Saturday'],
    ['2020-02-09', 'a Sunday'],
    ['2020-01-01', "New Year's Day"],
    ['2020-01-06', 'Epiphany'],
    ['2020-04-10', 'Good Friday'],
    ['2020-04-13', 'Easter Monday'],
    ['2020-05-01', '1 May'],
    ['2020-05-21', 'Ascension Day'],
    ['2025-06-06', 'National Day on a Friday'],
    ['2020-06-19', 'Midsummer Eve'],
    ['2020-12-24', 'Christmas Eve'],
    ['2020-12-25', 'Christmas Day'],
    ['2020-12-31', "New Year's Eve"],
    ['2027-05-06', 'Ascension Day 2027'],
    ['2027-06-25', 'Midsummer Eve 2027'],
  ])('rejects a meeting on %s (%s), naming the date', (date) => {
    expect(issuesOf(withBody(1, { meetings: ['2020-01-10', '2020-03-06', date] }))).toEqual([
      { path: 'bodies.1.meetings.2', message: 'is not a business day' },
    ]);
  });

  test('rejects a date that does not exist, naming it', () => {
    expect(issuesOf(withBody(0, { meetings: ['2020-02-30'] }))).toEqual([
      { path: 'bodies.0.meetings.0', message: 'must be an existing calendar date written YYYY-MM-DD' },
    ]);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['a malformed start', { startsAt: '9' }, 'bodies.0.startsAt'],
    [
      'a zero-day document deadline',
      { documentPolicy: { documentDeadlineBusinessDays: 0 } },
      'bodies.0.documentPolicy.documentDeadlineBusinessDays',
    ],
    [
      'no presenter reminders',
      { documentPolicy: { presenterRemindersBusinessDaysBefore: [] } },
      'bodies.0.documentPolicy.presenterRemindersBusinessDaysBefore',
    ],
    [
      'a member without an address',
      { members: [{ name: 'Ledamot', email: 'x', organisationId: 'fyrbodal', role: 'member' }] },
      'bodies.0.members.0.email',
    ],
  ])('rejects %s, naming %s', (_label, fields, path) => {
    expect(issuesOf(withBody(0, fields))!.map((i) => i.path)).toEqual([path]);
  });
});

describe('meetingInputFor', () => {
  const directory = parsedShipped();
  test.each([
    ['VVG', '2020-02-10', '09:00'],
    ['VVG', '2027-12-10', '09:00'],
    ['SRO', '2020-04-17', '13:00'],
  ] as const)('%s %s starts at %s, with the body and the whole calendar', (id, date, startsAt) => {
    const body = directory.bodies.find((b) => b.id === id)!;
    const input = meetingInputFor(directory, id, date);
    expect(input).toEqual({
      body: id,
      date,
      startsAt,
      documentPolicy: {
        documentDeadlineBusinessDays: 15,
        presenterRemindersBusinessDaysBefore: [5, 2],
        sendAt: '08:00',
        quietPeriods: [{ name: 'juli', from: '07-01', to: '07-31' }],
      },
      secretary: body.secretary,
      members: body.members,
      calendar: meetingCalendar(directory),
      items: [],
    });
    expect(meetingInputSchema.parse(input)).toEqual(input);
  });

  test.each([
    ['VVG', '2020-02-11', 'date: VVG has no meeting on 2020-02-11 in its calendar'],
    ['VVG', '2020-04-17', 'date: VVG has no meeting on 2020-04-17 in its calendar'],
    ['SRO', '2020-02-10', 'date: SRO has no meeting on 2020-02-10 in its calendar'],
    ['SRO', '2026-01-09', 'date: SRO has no meeting on 2026-01-09 in its calendar'],
  ] as const)('%s on %s is refused: %s', (id, date, problem) => {
    expect(problemsOf(() => meetingInputFor(directory, id, date))).toEqual([problem]);
  });

  test('a body missing from the directory is refused', () => {
    const onlyVvg: BodyDirectory = { bodies: directory.bodies.filter((b) => b.id === 'VVG') };
    expect(problemsOf(() => meetingInputFor(onlyVvg, 'SRO', '2020-04-17'))).toEqual(["body: 'SRO' is not in the bodies file"]);
  });
});
