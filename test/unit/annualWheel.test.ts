import { annualWheel, formatDecision, formatWheel, meetingsInYear, StartedMeeting, yearSchema } from '../../domain/meeting/annualWheel';
import type { MeetingCalendar } from '../../domain/meeting/meeting';

const calendar: MeetingCalendar = {
  VVG: ['2027-02-11', '2027-04-15', '2028-02-10'],
  SRO: ['2027-03-04', '2027-04-15', '2026-12-03'],
};

const malin = {
  name: 'Malin Svärd',
  email: 'malin.sward@vastkom.example',
  organisationId: 'vastkom',
  role: 'presenter',
  language: 'sv' as const,
};

const consent = {
  itemId: 'consent',
  title: 'Riktlinje för samtycke',
  kind: 'decision' as const,
  minutes: 30,
  subject: { type: 'guideline' as const, id: 'consent' },
  presenter: malin,
};
const survey = { itemId: 'survey', title: 'Kartläggning av hemsjukvård', kind: 'information' as const, minutes: 15, presenter: malin };

const vvgFebruary: StartedMeeting = {
  body: 'VVG',
  date: '2027-02-11',
  status: 'closed',
  items: [
    {
      ...consent,
      decision: {
        outcome: 'endorse',
        action: 'adopt',
        validFrom: '2027-05-01',
        validUntil: '2029-04-30',
        effects: { placedOn: 'meeting/SRO/2027-03-04' },
      },
    },
    { ...survey, decision: { outcome: 'note', effects: {} } },
  ],
};
const sroMarch: StartedMeeting = { body: 'SRO', date: '2027-03-04', status: 'planned', items: [] };

describe('meetingsInYear', () => {
  test.each<[string, MeetingCalendar, number, string[]]>([
    ['both bodies, by date', calendar, 2027, ['VVG 2027-02-11', 'SRO 2027-03-04', 'VVG 2027-04-15', 'SRO 2027-04-15']],
    ['another year', calendar, 2026, ['SRO 2026-12-03']],
    ['a year with nothing', calendar, 2030, []],
    ['a body without a calendar', { SRO: ['2027-03-04'] }, 2027, ['SRO 2027-03-04']],
  ])('%s', (_, cal, year, expected) => {
    expect(meetingsInYear(cal, year).map((m) => `${m.body} ${m.date}`)).toEqual(expected);
  });
});

describe('annualWheel', () => {
  test('every calendar meeting of the year, started ones with their items, sorted by date', () => {
    const wheel = annualWheel(2027, calendar, [sroMarch, vvgFebruary]);
    expect(wheel.year).toBe(2027);
    expect(wheel.meetings.map((m) => [m.date, m.body, m.started, m.minutes, m.items.length])).toEqual([
      ['2027-02-11', 'VVG', true, 45, 2],
      ['2027-03-04', 'SRO', true, 0, 0],
      ['2027-04-15', 'VVG', false, 0, 0],
      ['2027-04-15', 'SRO', false, 0, 0],
    ]);
    expect(wheel.meetings[0]).toMatchObject({ status: 'closed' });
    expect(wheel.meetings[2]).not.toHaveProperty('status');
  });

  test('an item keeps what the wheel shows and drops contact details beyond the presenter', () => {
    const [item] = annualWheel(2027, calendar, [vvgFebruary]).meetings[0].items;
    expect(item).toEqual({
      itemId: 'consent',
      title: 'Riktlinje för samtycke',
      kind: 'decision',
      minutes: 30,
      subject: { type: 'guideline', id: 'consent' },
      presenter: { name: 'Malin Svärd', organisationId: 'vastkom' },
      decision: {
        outcome: 'endorse',
        action: 'adopt',
        validFrom: '2027-05-01',
        validUntil: '2029-04-30',
        effects: { placedOn: 'meeting/SRO/2027-03-04' },
      },
    });
  });

  test.each<[string, MeetingCalendar, StartedMeeting[], number, string[]]>([
    ['a year with nothing planned', calendar, [], 2030, []],
    ['a calendar with no meetings at all', {}, [], 2027, []],
    ['a started meeting of another year is left out', calendar, [vvgFebruary], 2026, ['2026-12-03 SRO']],
    ['a started meeting no longer in the calendar still shows', { VVG: [], SRO: [] }, [sroMarch], 2027, ['2027-03-04 SRO']],
  ])('%s', (_, cal, started, year, expected) => {
    expect(annualWheel(year, cal, started).meetings.map((m) => `${m.date} ${m.body}`)).toEqual(expected);
  });
});

describe('formatWheel', () => {
  const wheel = annualWheel(2027, calendar, [vvgFebruary, sroMarch]);

  test('in Swedish, by month, each item with kind, minutes, title, subject, presenter and decision', () => {
    expect(formatWheel(wheel)).toBe(
      [
        'Årshjul 2027',
        '',
        'Februari 2027',
        '  2027-02-11 VVG: avslutat, 2 punkter, 45 min',
        '    Ställningstagande, 30 min: Riktlinje för samtycke (riktlinje consent), Malin Svärd',
        '      beslut: ställer sig bakom, vidare till SRO 2027-03-04',
        '    Information, 15 min: Kartläggning av hemsjukvård, Malin Svärd',
        '      beslut: noteras',
        '',
        'Mars 2027',
        '  2027-03-04 SRO: planerat, inga punkter',
        '',
        'April 2027',
        '  2027-04-15 VVG: inte startat',
        '  2027-04-15 SRO: inte startat',
      ].join('\n'),
    );
  });

  test('in English', () => {
    const text = formatWheel(wheel, 'en');
    expect(text).toContain('Annual wheel 2027');
    expect(text).toContain(
      'February 2027\n  2027-02-11 VVG: closed, 2 items, 45 min\n    Decision, 30 min: Riktlinje för samtycke (guideline consent), Malin Svärd',
    );
    expect(text).toContain('      decision: endorsed, on to SRO 2027-03-04');
    expect(text).toContain('  2027-03-04 SRO: planned, no items');
    expect(text).toContain('  2027-04-15 SRO: not started');
  });

  test.each([
    ['sv', 'Årshjul 2030\nInga möten i kalendern 2030.'],
    ['en', 'Annual wheel 2030\nNo meetings in the calendar for 2030.'],
  ] as const)('a year with nothing planned, in %s', (language, expected) => {
    expect(formatWheel(annualWheel(2030, calendar, []), language)).toBe(expected);
  });
});

describe('formatDecision', () => {
  test.each<[Parameters<typeof formatDecision>[0], string, string]>([
    [
      { outcome: 'endorse', action: 'adopt', validFrom: '2027-05-01', validUntil: '2029-04-30' },
      'antas, gäller 2027-05-01 till 2029-04-30',
      'adopted, valid 2027-05-01 to 2029-04-30',
    ],
    [{ outcome: 'endorse', action: 'extend', validUntil: '2029-12-31' }, 'förlängs till 2029-12-31', 'extended until 2029-12-31'],
    [{ outcome: 'endorse', action: 'approve' }, 'godkänns', 'approved'],
    [{ outcome: 'note' }, 'noteras', 'noted'],
    [{ outcome: 'send-back', toMeeting: '2027-06-10' }, 'återkommer 2027-06-10', 'returns on 2027-06-10'],
    [
      { outcome: 'recommend-principals', decideBy: '2027-12-31' },
      'rekommenderas huvudmännen, beslut senast 2027-12-31',
      'recommended to the principals, decide by 2027-12-31',
    ],
    [
      { outcome: 'send-back', toMeeting: '2027-06-10', effects: { placedOn: 'meeting/VVG/2027-06-10' } },
      'återkommer 2027-06-10',
      'returns on 2027-06-10',
    ],
  ])('%j', (decision, sv, en) => {
    expect(formatDecision(decision, 'sv')).toBe(sv);
    expect(formatDecision(decision, 'en')).toBe(en);
  });
});

describe('yearSchema', () => {
  test.each([
    ['2027', 2027],
    [2027, 2027],
  ])('%j is %i', (input, year) => {
    expect(yearSchema.parse(input)).toBe(year);
  });

  test.each(['27', '2027-01', 'next', undefined, 20270])('%j is refused', (input) => {
    expect(yearSchema.safeParse(input).error?.issues[0].message).toBe('must be a year such as 2027');
  });
});
