import { loadSettings, loadYearlyTasks } from '../../config';
import { renderMail } from '../../domain/mail/mailSpec';
import { describeIssues } from '../../domain/validation';
import {
  catchupWindowMs,
  occurrence,
  occurrenceYearAt,
  sendingWait,
  taskRecipients,
  unknownOrganisations,
  YearlyTaskInput,
  yearlyTaskSchema,
  yearlyTasksSchema,
} from '../../domain/yearlyTask/yearlyTask';
import { YearlyTaskMailSpec } from '../../domain/yearlyTask/mailTexts';
import { organisations } from '../support/directories';

const owner = { name: 'Anna Andersson', email: 'anna.andersson@vgr.example', organisationId: 'vgr', role: 'processledare' };
const member = { name: 'Bo Berg', email: 'bo.berg@vastkom.example', organisationId: 'vastkom', role: 'kontaktperson' };

const input = (overrides: Partial<YearlyTaskInput> = {}): YearlyTaskInput => ({
  id: 'samsa-agreement-extension',
  title: 'Förläng avtalet för SAMSA',
  description: 'Avtalet ska förlängas senast den 30 november.',
  owner,
  recipients: [member],
  on: { month: 10, day: 1 },
  dueBy: { month: 11, day: 30 },
  ...overrides,
});
const task = (overrides: Partial<YearlyTaskInput> = {}) => yearlyTaskSchema.parse(input(overrides));

describe('a yearly task', () => {
  test('starts at 08:00, is caught up within 3 days and has no other recipients unless told', () => {
    const { time, catchupWindow, recipients } = yearlyTaskSchema.parse({
      ...input(),
      time: undefined,
      catchupWindow: undefined,
      recipients: undefined,
    });
    expect({ time, catchupWindow, recipients }).toEqual({ time: '08:00', catchupWindow: '3 days', recipients: [] });
  });

  test.each<[string, Partial<YearlyTaskInput>, string]>([
    ['a day February never has', { on: { month: 2, day: 30 } }, 'on.day: February has no day 30'],
    ['a day April never has', { on: { month: 4, day: 31 } }, 'on.day: April has no day 31'],
    [
      '29 February',
      { on: { month: 2, day: 29 } },
      'on.day: 29 February comes only in leap years; a yearly task needs a day every year has, such as 28 February or 1 March',
    ],
    [
      '29 February as the due day',
      { dueBy: { month: 2, day: 29 } },
      'dueBy.day: 29 February comes only in leap years; a yearly task needs a day every year has, such as 28 February or 1 March',
    ],
    ['month 13', { on: { month: 13, day: 1 } }, 'on.month: must be a month number, 1 to 12'],
    ['day 0', { on: { month: 1, day: 0 } }, 'on.day: must be a day number, 1 to 31'],
    ['a fractional day', { on: { month: 1, day: 1.5 } }, 'on.day: must be a day number, 1 to 31'],
    ['a due day on the day itself', { on: { month: 11, day: 30 } }, 'dueBy: must be a later day than on, leaving time to do the work'],
    ['a time that does not exist', { time: '25:00' }, 'time: must be a time of day written HH:MM'],
    [
      'a time daylight saving skips or repeats',
      { time: '02:30' },
      'time: must not be between 02:00 and 03:00, an hour that daylight saving time skips or repeats',
    ],
    ['a catch-up window in years', { catchupWindow: '1 year' }, "catchupWindow: must be a number of days or hours, such as '3 days'"],
    ['a catch-up window in minutes', { catchupWindow: '30 minutes' }, "catchupWindow: must be a number of days or hours, such as '3 days'"],
    [
      'no catch-up window',
      { catchupWindow: '0 days' },
      'catchupWindow: must be from 1 hour to 30 days; a task missed for longer is better started by hand',
    ],
    [
      'a catch-up window over a month',
      { catchupWindow: '31 days' },
      'catchupWindow: must be from 1 hour to 30 days; a task missed for longer is better started by hand',
    ],
    ['an id with capitals and spaces', { id: 'Deviations Report' }, 'id: must be lowercase letters, digits and hyphens (at most 60)'],
    ['an owner without an address', { owner: { ...owner, email: 'anna' } }, 'owner.email: must be an e-mail address'],
    ['no title', { title: ' ' }, 'title: is required'],
  ])('refuses %s, naming only that', (_, overrides, message) => {
    const result = yearlyTaskSchema.safeParse(input(overrides));
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toEqual([message]);
  });

  test.each([
    ['28 February', 2, 28],
    ['1 March', 3, 1],
    ['31 December', 12, 31],
    ['31 January', 1, 31],
  ])('accepts %s', (_, month, day) => {
    expect(yearlyTaskSchema.safeParse(input({ on: { month, day }, dueBy: undefined })).success).toBe(true);
  });

  test.each([
    ['3 days', 259_200_000],
    ['1 day', 86_400_000],
    ['12 hours', 43_200_000],
    ['1 hour', 3_600_000],
    ['30 days', 2_592_000_000],
  ])('a catch-up window of %s is %i ms', (window, ms) => {
    expect(catchupWindowMs(window)).toBe(ms);
  });
});

describe('the occurrence in a year, in Stockholm time', () => {
  test.each<[string, Partial<YearlyTaskInput>, number, object]>([
    [
      'in winter time, one hour ahead of UTC',
      { on: { month: 1, day: 8 }, dueBy: { month: 1, day: 31 } },
      2027,
      { date: '2027-01-08', at: '2027-01-08T07:00:00.000Z', dueDate: '2027-01-31', leadDays: 23 },
    ],
    [
      'in summer time, two hours ahead',
      { on: { month: 4, day: 1 }, dueBy: undefined },
      2026,
      { date: '2026-04-01', at: '2026-04-01T06:00:00.000Z' },
    ],
    [
      'the contract to extend by 30 November',
      {},
      2026,
      { date: '2026-10-01', at: '2026-10-01T06:00:00.000Z', dueDate: '2026-11-30', leadDays: 60 },
    ],
    [
      'on the day summer time begins',
      { on: { month: 3, day: 29 }, dueBy: undefined },
      2026,
      { date: '2026-03-29', at: '2026-03-29T06:00:00.000Z' },
    ],
    [
      'on the day summer time ends',
      { on: { month: 10, day: 25 }, dueBy: undefined },
      2026,
      { date: '2026-10-25', at: '2026-10-25T07:00:00.000Z' },
    ],
    [
      'due early next year',
      { on: { month: 12, day: 15 }, dueBy: { month: 1, day: 15 } },
      2026,
      { date: '2026-12-15', dueDate: '2027-01-15', leadDays: 31 },
    ],
    [
      'due on 28 February across a leap day',
      { on: { month: 2, day: 1 }, dueBy: { month: 2, day: 28 } },
      2028,
      { date: '2028-02-01', dueDate: '2028-02-28', leadDays: 27 },
    ],
    [
      'due after a leap day',
      { on: { month: 2, day: 28 }, dueBy: { month: 3, day: 1 } },
      2028,
      { date: '2028-02-28', dueDate: '2028-03-01', leadDays: 2 },
    ],
    ['at a time with seconds', { on: { month: 6, day: 1 }, time: '13:15:30', dueBy: undefined }, 2026, { at: '2026-06-01T11:15:30.000Z' }],
  ])('%s', (_, overrides, year, expected) => {
    expect(occurrence(task(overrides), year)).toMatchObject({ year, ...expected });
  });
});

describe('a task whose day is a day off mails on the next business day, at its time', () => {
  test.each<[string, { month: number; day: number }, number, string, string]>([
    ['a Thursday: the day itself', { month: 10, day: 1 }, 2026, '2026-10-01', '2026-10-01T06:00:00.000Z'],
    ['a Saturday: the Monday after', { month: 4, day: 1 }, 2028, '2028-04-03', '2028-04-03T06:00:00.000Z'],
    ['Easter Sunday: past Easter Monday to the Tuesday', { month: 4, day: 1 }, 2029, '2029-04-03', '2029-04-03T06:00:00.000Z'],
    ["New Year's Eve, a Friday: past New Year's Day and a weekend", { month: 12, day: 31 }, 2027, '2028-01-03', '2028-01-03T07:00:00.000Z'],
    ['a day in July stays in July: its day is chosen for the task', { month: 7, day: 15 }, 2027, '2027-07-15', '2027-07-15T06:00:00.000Z'],
  ])('%s', (_label, on, year, sendsOn, sendsAt) => {
    const occurs = occurrence(task({ on, dueBy: undefined }), year);
    expect(occurs).toMatchObject({ sendsOn, sendsAt });
    expect(occurs.date).toBe(`${year}-${String(on.month).padStart(2, '0')}-${String(on.day).padStart(2, '0')}`);
  });

  const saturday = occurrence(task({ on: { month: 4, day: 1 }, dueBy: undefined }), 2028);
  test.each<[string, string, string | undefined]>([
    ['the Schedule firing on the Saturday waits for Monday', '2028-04-01T06:00:00Z', '2028-04-03T06:00:00.000Z'],
    ['a catch-up on the Sunday waits too', '2028-04-02T10:00:00Z', '2028-04-03T06:00:00.000Z'],
    ['a run on the Monday at its time mails at once', '2028-04-03T06:00:00Z', undefined],
    ['a trigger by hand before the day mails at once', '2028-03-15T10:00:00Z', undefined],
  ])('%s', (_label, startedAt, wait) => {
    expect(sendingWait(saturday, Date.parse(startedAt))).toBe(wait);
  });

  test('a task on a business day never waits', () => {
    const thursday = occurrence(task(), 2026);
    expect(sendingWait(thursday, Date.parse(thursday.at))).toBeUndefined();
  });
});

describe('the year a run carries out', () => {
  const newYearsEve = task({ on: { month: 12, day: 31 }, dueBy: undefined });
  test.each<[string, ReturnType<typeof task>, string, number]>([
    ['the Schedule firing on the day', task({ on: { month: 4, day: 1 }, dueBy: undefined }), '2026-04-01T06:00:00Z', 2026],
    ['a manual trigger before the day', task(), '2026-06-15T10:00:00Z', 2026],
    ['a manual trigger after the day', task(), '2026-12-15T10:00:00Z', 2026],
    ['the Stockholm year, not the UTC year', task(), '2026-12-31T23:30:00Z', 2027],
    ["a catch-up of 31 December's task on 2 January", newYearsEve, '2027-01-02T10:00:00Z', 2026],
    ['a catch-up at the very end of its window', newYearsEve, '2027-01-03T07:00:00Z', 2026],
    ['a run just after the window', newYearsEve, '2027-01-03T07:00:01Z', 2027],
    ["31 December's task on the day", newYearsEve, '2026-12-31T07:00:00Z', 2026],
  ])('%s', (_, t, at, year) => {
    expect(occurrenceYearAt(t, Date.parse(at))).toBe(year);
  });
});

describe('recipients and organisations', () => {
  test('the owner first, each address once, whatever its case', () => {
    const t = task({ recipients: [member, { ...owner, email: 'Anna.Andersson@VGR.example' }, member] });
    expect(taskRecipients(t).map((c) => c.email)).toEqual([owner.email, member.email]);
  });

  test('contacts of organisations not in the directory are named', () => {
    const tasks = [
      task(),
      task({
        id: 'other',
        owner: { ...owner, organisationId: 'kommun-atlantis' },
        recipients: [member, { ...member, organisationId: 'nowhere' }],
      }),
    ];
    expect(unknownOrganisations(tasks, organisations)).toEqual([
      "tasks.1.owner.organisationId: unknown organisation 'kommun-atlantis'",
      "tasks.1.recipients.1.organisationId: unknown organisation 'nowhere'",
    ]);
  });

  test('a file with the same id twice is refused', () => {
    const result = yearlyTasksSchema.safeParse({ tasks: [input(), input()] });
    expect(describeIssues(result.error!)).toEqual(['tasks.1.id: duplicate id samsa-agreement-extension']);
  });

  test('the shipped examples parse, name known organisations, and fire in January, April and October', () => {
    const { tasks } = loadYearlyTasks(loadSettings({}));
    expect(tasks.map((t) => [t.id, t.on.month, t.catchupWindow])).toEqual([
      ['index-accompanying-staff-compensation', 1, '3 days'],
      ['deviations-report', 4, '3 days'],
      ['samsa-agreement-extension', 10, '3 days'],
    ]);
    expect(unknownOrganisations(tasks, organisations)).toEqual([]);
    expect(occurrence(tasks[2], 2026).dueDate).toBe('2026-11-30');
  });
});

describe('the yearly-task message', () => {
  const spec: YearlyTaskMailSpec = {
    template: 'yearly-task',
    taskId: 'samsa-agreement-extension',
    title: 'Förläng avtalet för SAMSA',
    description: 'Avtalet ska förlängas senast den 30 november.',
    year: 2026,
    guidelineId: 'samsa',
    dueDate: '2026-11-30',
    daysLeft: 60,
    ownerName: 'Anna Andersson',
    ownerEmail: 'anna.andersson@vgr.example',
    calendar: { uid: 'yearly/samsa-agreement-extension/2026/due@guideline-engine', sequence: 0 },
  };

  test('in Swedish, with the due day, the guideline, the owner and the day in a calendar file', () => {
    const m = renderMail(spec, 'Bo Berg', 'sv');
    expect(m.subject).toBe('Årlig uppgift 2026: Förläng avtalet för SAMSA, senast 30 november 2026');
    expect(m.text).toBe(
      [
        'Hej Bo Berg,',
        'Årets påminnelse om en återkommande uppgift: Förläng avtalet för SAMSA.',
        'Avtalet ska förlängas senast den 30 november.',
        'Det ska vara klart senast 30 november 2026, om 60 dagar.',
        'Uppgiften hör till riktlinjen samsa.',
        'Ansvarig: Anna Andersson <anna.andersson@vgr.example>.',
        'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.',
      ].join('\n\n') + '\n',
    );
    expect(m.html).toContain('&lt;anna.andersson@vgr.example&gt;');
    expect(m.calendarEvent).toEqual({
      uid: 'yearly/samsa-agreement-extension/2026/due@guideline-engine',
      sequence: 0,
      date: '2026-11-30',
      title: 'Sista dag: Förläng avtalet för SAMSA',
      description: 'Årlig uppgift samsa-agreement-extension, 2026',
    });
  });

  test('in English', () => {
    const m = renderMail(spec, 'Bo Berg', 'en');
    expect(m.subject).toBe('Yearly task 2026: Förläng avtalet för SAMSA, by 30 November 2026');
    expect(m.text).toContain('It must be done by 30 November 2026, 60 days from now.');
    expect(m.text).toContain('The task belongs to the guideline samsa.');
    expect(m.text).toContain('Owner: Anna Andersson <anna.andersson@vgr.example>.');
  });

  test.each<[number, 'sv' | 'en', string]>([
    [0, 'sv', 'Det ska vara klart senast 30 november 2026, i dag är sista dagen.'],
    [1, 'en', 'It must be done by 30 November 2026, 1 day from now.'],
    [-7, 'sv', 'Det skulle ha varit klart senast 30 november 2026.'],
    [-7, 'en', 'It was due by 30 November 2026.'],
  ])('%i days left, in %s: %s', (daysLeft, language, sentence) => {
    expect(renderMail({ ...spec, daysLeft }, 'Bo Berg', language).text).toContain(sentence);
  });

  test('without a due day or a guideline: no deadline, no calendar file', () => {
    const m = renderMail({ ...spec, dueDate: undefined, daysLeft: undefined, guidelineId: undefined }, 'Bo Berg', 'sv');
    expect(m.subject).toBe('Årlig uppgift 2026: Förläng avtalet för SAMSA');
    expect(m.text).not.toContain('senast 30 november 2026');
    expect(m.text).not.toContain('riktlinjen');
    expect(m.calendarEvent).toBeUndefined();
  });
});
