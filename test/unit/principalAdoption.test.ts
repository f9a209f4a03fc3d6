import { problemsOf } from '../support/validation';
import { Recipient } from '../../domain/consultation/consultation';
import {
  closeTrackingSchema,
  PrincipalDecision,
  principalAdoptionInputSchema,
  principalDecisionSchema,
  principalDecisionSchemaOn,
  principalProgress,
  principalReminderPolicySchema,
  principalReminderSchedule,
} from '../../domain/meeting/principals';
import { JULY } from '../../domain/calendar/businessDays';
import { parseOrThrow } from '../../domain/validation';
import { owner } from '../support/guidelines';

const principal = (organisationId: string, organisationName: string): Recipient => ({
  organisationId,
  organisationName,
  progressGroup: organisationId === 'vgr' ? 'region' : 'simba',
  contacts: [
    {
      name: `Vårdsamverkan ${organisationName}`,
      email: `vardsamverkan@${organisationId}.example`,
      organisationId,
      role: 'kontaktperson',
      language: 'sv',
    },
  ],
});
const vgr = principal('vgr', 'Västra Götalandsregionen');
const ale = principal('kommun-ale', 'Ale');
const boras = principal('kommun-boras', 'Borås');
const lerum = principal('kommun-lerum', 'Lerum');
const principals = [vgr, ale, boras, lerum];

const decided = (decision: PrincipalDecision['decision'], decidedOn = '2020-09-15'): Omit<PrincipalDecision, 'organisationId'> => ({
  decision,
  decidedOn,
});
const decisions = (entries: Record<string, Omit<PrincipalDecision, 'organisationId'>>): Record<string, PrincipalDecision> =>
  Object.fromEntries(Object.entries(entries).map(([organisationId, d]) => [organisationId, { organisationId, ...d }]));
const named = (...rs: Recipient[]) => rs.map((r) => ({ organisationId: r.organisationId, organisationName: r.organisationName }));

describe('principalProgress', () => {
  test.each<
    [
      string,
      Recipient[],
      Record<string, PrincipalDecision>,
      { total: number; decided: number; adopted: number; declined: number },
      Recipient[],
    ]
  >([
    ['nobody has decided', principals, {}, { total: 4, decided: 0, adopted: 0, declined: 0 }, principals],
    [
      'one adopted',
      principals,
      decisions({ 'kommun-boras': decided('adopted') }),
      { total: 4, decided: 1, adopted: 1, declined: 0 },
      [vgr, ale, lerum],
    ],
    [
      'adopted and declined, the rest in the order of the principals',
      principals,
      decisions({ 'kommun-lerum': decided('declined'), vgr: decided('adopted') }),
      { total: 4, decided: 2, adopted: 1, declined: 1 },
      [ale, boras],
    ],
    [
      'everyone decided',
      principals,
      decisions({
        vgr: decided('adopted'),
        'kommun-ale': decided('adopted'),
        'kommun-boras': decided('declined'),
        'kommun-lerum': decided('adopted'),
      }),
      { total: 4, decided: 4, adopted: 3, declined: 1 },
      [],
    ],
    [
      'decisions of organisations that are not principals do not count',
      [ale, lerum],
      decisions({ vgr: decided('adopted'), 'kommun-boras': decided('declined'), 'kommun-ale': decided('declined') }),
      { total: 2, decided: 1, adopted: 0, declined: 1 },
      [lerum],
    ],
    ['no principals', [], decisions({ vgr: decided('adopted') }), { total: 0, decided: 0, adopted: 0, declined: 0 }, []],
    [
      'ids that are names of object properties are not decisions',
      [principal('constructor', 'Constructor'), principal('tostring', 'toString'), principal('__proto__', 'Proto')],
      {},
      { total: 3, decided: 0, adopted: 0, declined: 0 },
      [principal('constructor', 'Constructor'), principal('tostring', 'toString'), principal('__proto__', 'Proto')],
    ],
  ])('%s', (_label, list, given, counts, notDecided) => {
    expect(principalProgress(list, given)).toEqual({ ...counts, notDecided: named(...notDecided) });
  });

  test('a principal that changed its mind counts once, as its last decision', () => {
    const given = decisions({ 'kommun-ale': decided('adopted') });
    given['kommun-ale'] = { organisationId: 'kommun-ale', decision: 'declined', decidedOn: '2020-10-01' };
    expect(principalProgress(principals, given)).toMatchObject({ decided: 1, adopted: 0, declined: 1 });
  });
});

describe('principalReminderPolicySchema', () => {
  test('defaults to 1 and 20 business days after decideBy, at 08:00', () => {
    expect(principalReminderPolicySchema.parse({})).toEqual({ businessDaysAfter: [1, 20], sendAt: '08:00', quietPeriods: [JULY] });
  });

  test.each([
    [{ businessDaysAfter: [] }, 'businessDaysAfter'],
    [{ businessDaysAfter: [1, 0] }, 'businessDaysAfter.1'],
    [{ businessDaysAfter: [251] }, 'businessDaysAfter.0'],
    [{ businessDaysAfter: [1.5] }, 'businessDaysAfter.0'],
    [{ sendAt: '8' }, 'sendAt'],
  ])('rejects %j, naming %s', (input, field) => {
    expect(principalReminderPolicySchema.safeParse(input).error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

describe('principalReminderSchedule', () => {
  const policy = (input: Record<string, unknown> = {}) => principalReminderPolicySchema.parse(input);

  // Standard time is UTC+1 and summer time UTC+2: 08:00 is 07:00Z in winter and 06:00Z in summer.
  test.each<[string, string, Record<string, unknown>, [string, string][]]>([
    // Friday 2031-02-28: Monday over the weekend; March 2031 has no days off.
    [
      'over a weekend',
      '2031-02-28',
      {},
      [
        ['2031-03-03', '2031-03-03T07:00:00.000Z'],
        ['2031-03-28', '2031-03-28T07:00:00.000Z'],
      ],
    ],
    // Thursday 2031-06-05: National Day (Friday 06-06) and the weekend; the 20th business day passes Midsummer Eve
    // (06-20) into July, Monday 07-07, which is quiet: the reminder waits for Friday 08-01.
    [
      'over National Day and Midsummer, out of July',
      '2031-06-05',
      {},
      [
        ['2031-06-09', '2031-06-09T06:00:00.000Z'],
        ['2031-08-01', '2031-08-01T06:00:00.000Z'],
      ],
    ],
    [
      'over National Day and Midsummer, with July no quiet period',
      '2031-06-05',
      { quietPeriods: [] },
      [
        ['2031-06-09', '2031-06-09T06:00:00.000Z'],
        ['2031-07-07', '2031-07-07T06:00:00.000Z'],
      ],
    ],
    // Two reminders in July are one, on the first business day of August.
    ['two in July, one in August', '2031-06-30', { businessDaysAfter: [1, 20] }, [['2031-08-01', '2031-08-01T06:00:00.000Z']]],
    // Maundy Thursday 2020-04-09: over Easter (Good Friday 04-10 to Easter Monday 04-13), and later 1 May (a Friday).
    [
      'over Easter and 1 May',
      '2020-04-09',
      {},
      [
        ['2020-04-14', '2020-04-14T06:00:00.000Z'],
        ['2020-05-12', '2020-05-12T06:00:00.000Z'],
      ],
    ],
    // Saturday 2020-12-19: Christmas 2020 is Thursday 24th to Saturday 26th.
    [
      'from a Saturday, over Christmas',
      '2020-12-19',
      { businessDaysAfter: [1, 2, 3, 4] },
      [
        ['2020-12-21', '2020-12-21T07:00:00.000Z'],
        ['2020-12-22', '2020-12-22T07:00:00.000Z'],
        ['2020-12-23', '2020-12-23T07:00:00.000Z'],
        ['2020-12-28', '2020-12-28T07:00:00.000Z'],
      ],
    ],
    // Monday 2030-12-23: Christmas Eve to Boxing Day Tuesday to Thursday, New Year's Eve and Day Tuesday and Wednesday.
    [
      'over Christmas and New Year',
      '2030-12-23',
      { businessDaysAfter: [3, 1, 2] },
      [
        ['2030-12-27', '2030-12-27T07:00:00.000Z'],
        ['2030-12-30', '2030-12-30T07:00:00.000Z'],
        ['2031-01-02', '2031-01-02T07:00:00.000Z'],
      ],
    ],
    ['from Midsummer Eve itself', '2020-06-19', { businessDaysAfter: [1] }, [['2020-06-22', '2020-06-22T06:00:00.000Z']]],
    [
      'one per day, earliest first',
      '2031-02-28',
      { businessDaysAfter: [20, 1, 1, 20] },
      [
        ['2031-03-03', '2031-03-03T07:00:00.000Z'],
        ['2031-03-28', '2031-03-28T07:00:00.000Z'],
      ],
    ],
    // Summer time starts on Sunday 2031-03-30.
    [
      'into summer time',
      '2031-03-27',
      { businessDaysAfter: [1, 2] },
      [
        ['2031-03-28', '2031-03-28T07:00:00.000Z'],
        ['2031-03-31', '2031-03-31T06:00:00.000Z'],
      ],
    ],
    [
      'sent at 14:30',
      '2031-02-28',
      { sendAt: '14:30' },
      [
        ['2031-03-03', '2031-03-03T13:30:00.000Z'],
        ['2031-03-28', '2031-03-28T13:30:00.000Z'],
      ],
    ],
  ])('%s: decideBy %s, policy %j', (_label, decideBy, input, expected) => {
    expect(principalReminderSchedule(decideBy, policy(input))).toEqual(expected.map(([date, at]) => ({ date, at })));
  });
});

describe('principalDecisionSchema', () => {
  test('accepts a decision, trimming its reference', () => {
    expect(
      parseOrThrow(principalDecisionSchema, {
        organisationId: 'kommun-ale',
        decision: 'adopted',
        decidedOn: '2020-09-15',
        reference: ' KS 2020/123 § 45 ',
      }),
    ).toEqual({
      organisationId: 'kommun-ale',
      decision: 'adopted',
      decidedOn: '2020-09-15',
      reference: 'KS 2020/123 § 45',
    });
  });

  test('the reference is optional', () => {
    expect(parseOrThrow(principalDecisionSchema, { organisationId: 'vgr', decision: 'declined', decidedOn: '2020-09-15' })).toEqual({
      organisationId: 'vgr',
      decision: 'declined',
      decidedOn: '2020-09-15',
    });
  });

  const valid = { organisationId: 'kommun-ale', decision: 'adopted', decidedOn: '2020-09-15' };
  test.each<[string, Record<string, unknown>, string[]]>([
    ['a blank organisation', { ...valid, organisationId: '' }, ['organisationId: is required']],
    ['no organisation', { ...valid, organisationId: undefined }, ['organisationId: Invalid input: expected string, received undefined']],
    ['an unknown decision', { ...valid, decision: 'abstained' }, ['decision: Invalid option: expected one of "adopted"|"declined"']],
    [
      'a day that does not exist',
      { ...valid, decidedOn: '2020-09-31' },
      ['decidedOn: must be an existing calendar date written YYYY-MM-DD'],
    ],
    ['a Swedish date format', { ...valid, decidedOn: '15/9 2020' }, ['decidedOn: must be an existing calendar date written YYYY-MM-DD']],
    ['a blank reference', { ...valid, reference: '  ' }, ['reference: is required']],
    ['a 301-character reference', { ...valid, reference: 'x'.repeat(301) }, ['reference: must be at most 300 characters']],
    [
      'everything wrong',
      {},
      [
        'organisationId: Invalid input: expected string, received undefined',
        'decision: Invalid option: expected one of "adopted"|"declined"',
        'decidedOn: must be an existing calendar date written YYYY-MM-DD',
      ],
    ],
  ])('rejects %s, naming the field', (_label, input, problems) => {
    expect(problemsOf(() => parseOrThrow(principalDecisionSchema, input))).toEqual(problems);
  });
});

describe('principalDecisionSchemaOn', () => {
  const on = (decidedOn: string) => () =>
    parseOrThrow(principalDecisionSchemaOn('2020-09-15'), { organisationId: 'vgr', decision: 'adopted', decidedOn });

  test.each(['2020-09-14', '2020-09-15'])('takes a decision taken on %s, by 2020-09-15', (decidedOn) => {
    expect(on(decidedOn)()).toMatchObject({ decidedOn });
  });

  test('refuses a decision dated after today', () => {
    expect(problemsOf(on('2020-09-16'))).toEqual(['decidedOn: cannot be in the future']);
  });

  test('reports a day that does not exist once, not as the future', () => {
    expect(problemsOf(on('2020-09-31'))).toEqual(['decidedOn: must be an existing calendar date written YYYY-MM-DD']);
  });
});

describe('closeTrackingSchema', () => {
  test('accepts a reason, trimmed', () => {
    expect(closeTrackingSchema.parse({ reason: ' Alla har beslutat utom två som avstår ' })).toEqual({
      reason: 'Alla har beslutat utom två som avstår',
    });
  });

  test.each([[{ reason: ' ' }], [{}]])('rejects %j, naming reason', (input) => {
    expect(problemsOf(() => parseOrThrow(closeTrackingSchema, input)).map((p) => p.split(':')[0])).toEqual(['reason']);
  });
});

describe('principalAdoptionInputSchema', () => {
  const input = {
    meetingId: 'meeting/SRO/2020-04-17',
    itemId: 'consent',
    title: 'Riktlinje för samtycke',
    decideBy: '2020-09-30',
    principals: [vgr, ale],
    secretary: owner,
  };

  test('defaults to reminders 1 and 20 business days after decideBy, at 08:00', () => {
    expect(principalAdoptionInputSchema.parse(input)).toEqual({
      ...input,
      reminderPolicy: { businessDaysAfter: [1, 20], sendAt: '08:00', quietPeriods: [JULY] },
    });
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['no principals', { principals: [] }, ['principals']],
    ['a principal without contacts', { principals: [{ ...ale, contacts: [] }] }, ['principals.0.contacts']],
    ['a date that does not exist', { decideBy: '2020-09-31' }, ['decideBy']],
    ['an unknown subject type', { subject: { type: 'law', id: 'x' } }, ['subject.type']],
    ['a bad reminder policy', { reminderPolicy: { businessDaysAfter: [] } }, ['reminderPolicy.businessDaysAfter']],
    ['no secretary', { secretary: undefined }, ['secretary']],
  ])('rejects %s', (_label, overrides, fields) => {
    expect(principalAdoptionInputSchema.safeParse({ ...input, ...overrides }).error?.issues.map((i) => i.path.join('.'))).toEqual(fields);
  });
});
