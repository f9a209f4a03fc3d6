import fs from 'node:fs';
import path from 'node:path';
import { bodyDirectorySchema, meetingCalendar } from '../../domain/meeting/bodies';
import { Recipient } from '../../domain/consultation/consultation';
import { AgendaItemInput, agendaItemSchema } from '../../domain/meeting/meeting';
import { Decision, DecisionContext, decisionProblem, decisionReference, decisionSchema } from '../../domain/meeting/decision';
import { parseOrThrow, ValidationError } from '../../domain/validation';
import { owner } from '../support/guidelines';

const calendar = meetingCalendar(
  bodyDirectorySchema.parse(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../config/bodies.json'), 'utf8'))),
);

const item = (itemId: string, overrides: Partial<AgendaItemInput> = {}) =>
  agendaItemSchema.parse({ itemId, title: `Ärende ${itemId}`, kind: 'decision', presenter: owner, minutes: 20, ...overrides });

const items = [
  item('consent', { subject: { type: 'guideline', id: 'consent' } }),
  item('consent-sro', { subject: { type: 'guideline', id: 'consent' }, needsSro: true }),
  item('commission', { subject: { type: 'commission', id: 'uppdrag-2020-4' } }),
  item('survey', { subject: { type: 'survey', id: 'kartlaggning' } }),
  item('plan', { subject: { type: 'plan', id: 'handlingsplan' } }),
  item('info', { kind: 'information', documentsExpected: false }),
  item('plan-sro', { subject: { type: 'plan', id: 'handlingsplan' }, needsSro: true }),
];

/** VVG 2020-03-16, held, decided the same day; SRO next meets on 2020-04-17. */
const vvg = (overrides: Partial<DecisionContext> = {}): DecisionContext => ({
  body: 'VVG',
  date: '2020-03-16',
  status: 'held',
  items,
  deciding: [],
  decided: [],
  calendar,
  today: '2020-03-16',
  ...overrides,
});
/** SRO 2020-04-17, held, decided the same day. */
const sro = (overrides: Partial<DecisionContext> = {}): DecisionContext =>
  vvg({ body: 'SRO', date: '2020-04-17', today: '2020-04-17', ...overrides });

const ale: Recipient = {
  organisationId: 'kommun-ale',
  organisationName: 'Ale',
  progressGroup: 'simba',
  contacts: [
    { name: 'Vårdsamverkan Ale', email: 'vardsamverkan@ale.example', organisationId: 'kommun-ale', role: 'kontaktperson', language: 'sv' },
  ],
};

const adopt = (itemId = 'consent', validFrom = '2020-04-01', validUntil = '2022-03-31'): Decision => ({
  outcome: 'endorse',
  action: 'adopt',
  itemId,
  validFrom,
  validUntil,
});
const extend = (itemId = 'consent', validUntil = '2022-03-31'): Decision => ({ outcome: 'endorse', action: 'extend', itemId, validUntil });
const approve = (itemId = 'commission'): Decision => ({ outcome: 'endorse', action: 'approve', itemId });
const note = (itemId = 'info'): Decision => ({ outcome: 'note', itemId });
const sendBack = (toMeeting: string, itemId = 'consent'): Decision => ({
  outcome: 'send-back',
  itemId,
  toMeeting,
  reason: 'Underlaget behöver kompletteras',
});
const recommend = (decideBy: string, itemId = 'consent'): Decision => ({
  outcome: 'recommend-principals',
  itemId,
  decideBy,
  principals: [ale],
});

describe('decisionProblem: every rule', () => {
  test.each<[string, DecisionContext, Decision, string]>([
    // The item and the meeting.
    ['an item not on the agenda', vvg(), note('unknown'), "itemId: 'unknown' is not on the agenda of VVG 2020-03-16"],
    [
      'an item not on the agenda of a planned meeting',
      vvg({ status: 'planned' }),
      note('unknown'),
      "itemId: 'unknown' is not on the agenda of VVG 2020-03-16",
    ],
    ['an item on an empty agenda', sro({ items: [] }), recommend('2020-06-30'), "itemId: 'consent' is not on the agenda of SRO 2020-04-17"],
    ['a planned meeting', vvg({ status: 'planned' }), note(), 'meeting: VVG 2020-03-16 has not been held yet'],
    ['a meeting whose agenda is out', vvg({ status: 'agenda-published' }), adopt(), 'meeting: VVG 2020-03-16 has not been held yet'],
    [
      'a planned meeting, before the item is already decided',
      vvg({ status: 'planned', decided: ['consent'] }),
      adopt(),
      'meeting: VVG 2020-03-16 has not been held yet',
    ],
    ['an item already decided', vvg({ decided: ['info', 'consent'] }), adopt(), "itemId: 'consent' already has a decision"],
    [
      'an item already decided, the meeting closed',
      vvg({ status: 'closed', decided: ['consent'] }),
      note('consent'),
      "itemId: 'consent' already has a decision",
    ],
    [
      'an item already decided and being decided again',
      vvg({ decided: ['consent'], deciding: ['consent'] }),
      adopt(),
      "itemId: 'consent' already has a decision",
    ],
    ['an item being decided', vvg({ deciding: ['consent'] }), adopt(), "itemId: a decision on 'consent' is being recorded"],
    // Endorsement.
    ['adopting a commission', vvg(), adopt('commission'), "action: only a guideline can be adopted; 'commission' is not about a guideline"],
    ['adopting a survey', vvg(), adopt('survey'), "action: only a guideline can be adopted; 'survey' is not about a guideline"],
    ['extending a plan', vvg(), extend('plan'), "action: only a guideline can be extended; 'plan' is not about a guideline"],
    [
      'adopting an item about no document',
      vvg(),
      adopt('info'),
      "action: only a guideline can be adopted; 'info' is not about a guideline",
    ],
    [
      'extending an item about no document',
      sro(),
      extend('info'),
      "action: only a guideline can be extended; 'info' is not about a guideline",
    ],
    ['adopting until the day it starts', vvg(), adopt('consent', '2020-04-01', '2020-04-01'), 'validUntil: must be after validFrom'],
    ['adopting until before it starts', vvg(), adopt('consent', '2020-04-01', '2020-03-31'), 'validUntil: must be after validFrom'],
    ['extending to a date already passed', vvg(), extend('consent', '2020-03-15'), 'validUntil: 2020-03-15 has already passed'],
    [
      'extending to a date passed by the time the decision is recorded',
      vvg({ today: '2020-04-02' }),
      extend('consent', '2020-04-01'),
      'validUntil: 2020-04-01 has already passed',
    ],
    [
      'VVG adopting for SRO with no later SRO meeting',
      vvg({ date: '2027-12-10', today: '2027-12-10' }),
      adopt('consent-sro', '2028-01-01', '2030-12-31'),
      "itemId: 'consent-sro' goes on to SRO, but the calendar has no SRO meeting after 2027-12-10",
    ],
    [
      'VVG endorsing for SRO after the last SRO meeting has passed',
      vvg({ date: '2027-09-17', today: '2027-11-06' }),
      extend('consent-sro', '2030-12-31'),
      "itemId: 'consent-sro' goes on to SRO, but the calendar has no SRO meeting after 2027-11-06",
    ],
    [
      'VVG extending for SRO with no later SRO meeting',
      vvg({ date: '2027-12-10', today: '2027-12-10' }),
      extend('consent-sro', '2030-12-31'),
      "itemId: 'consent-sro' goes on to SRO, but the calendar has no SRO meeting after 2027-12-10",
    ],
    [
      'VVG approving for SRO with no later SRO meeting',
      vvg({ date: '2027-12-10', today: '2027-12-10' }),
      approve('plan-sro'),
      "itemId: 'plan-sro' goes on to SRO, but the calendar has no SRO meeting after 2027-12-10",
    ],
    [
      'VVG for SRO when SRO meets only the same day',
      vvg({ calendar: { VVG: ['2020-03-16'], SRO: ['2020-03-06', '2020-03-16'] } }),
      approve('plan-sro'),
      "itemId: 'plan-sro' goes on to SRO, but the calendar has no SRO meeting after 2020-03-16",
    ],
    [
      'VVG for SRO with no SRO calendar at all',
      vvg({ calendar: { VVG: ['2020-03-16'] } }),
      adopt('consent-sro'),
      "itemId: 'consent-sro' goes on to SRO, but the calendar has no SRO meeting after 2020-03-16",
    ],
    [
      'adoption dates checked before the SRO meeting',
      vvg({ date: '2027-12-10', today: '2027-12-10' }),
      adopt('consent-sro', '2028-01-01', '2028-01-01'),
      'validUntil: must be after validFrom',
    ],
    // Sending back.
    ['sending back to the same meeting', vvg(), sendBack('2020-03-16'), 'toMeeting: must be a meeting after 2020-03-16'],
    ['sending back to an earlier meeting', vvg(), sendBack('2020-02-10'), 'toMeeting: must be a meeting after 2020-03-16'],
    ['sending back to a day without a meeting', vvg(), sendBack('2020-03-17'), 'toMeeting: VVG has no meeting on 2020-03-17'],
    ['sending back to a meeting of the other body', vvg(), sendBack('2020-04-17'), 'toMeeting: VVG has no meeting on 2020-04-17'],
    ['SRO sending back to a VVG meeting', sro(), sendBack('2020-05-27'), 'toMeeting: SRO has no meeting on 2020-05-27'],
    [
      'sending back with no calendar for the body',
      vvg({ calendar: { SRO: ['2020-04-17'] } }),
      sendBack('2020-05-27'),
      'toMeeting: VVG has no meeting on 2020-05-27',
    ],
    [
      'sending back to a meeting already held',
      vvg({ today: '2020-06-01' }),
      sendBack('2020-05-27'),
      'toMeeting: VVG 2020-05-27 has already been held',
    ],
    [
      'sending back to the day before today',
      vvg({ today: '2020-05-28' }),
      sendBack('2020-05-27'),
      'toMeeting: VVG 2020-05-27 has already been held',
    ],
    // Recommending the principals.
    ['VVG recommending the principals', vvg(), recommend('2020-06-30'), 'outcome: only SRO recommends the principals'],
    [
      'SRO asking the principals to decide on the meeting day',
      sro(),
      recommend('2020-04-17'),
      'decideBy: must be after the meeting on 2020-04-17',
    ],
    [
      'SRO asking the principals to decide before the meeting',
      sro(),
      recommend('2020-04-16'),
      'decideBy: must be after the meeting on 2020-04-17',
    ],
    [
      'a recommendation recorded after its own decide-by date',
      sro({ today: '2020-10-01' }),
      recommend('2020-09-30'),
      'decideBy: 2020-09-30 has already passed',
    ],
  ])('%s', (_label, context, decision, problem) => {
    expect(decisionProblem(context, decision)).toBe(problem);
  });
});

describe('decisionProblem: accepted decisions', () => {
  test.each<[string, DecisionContext, Decision]>([
    ['adopting a guideline', vvg(), adopt()],
    ['adopting for a day', vvg(), adopt('consent', '2020-04-01', '2020-04-02')],
    ['adopting from a date already passed (the guideline judges that)', vvg(), adopt('consent', '2019-01-01', '2022-03-31')],
    ['extending a guideline', vvg(), extend()],
    ['extending to today', vvg(), extend('consent', '2020-03-16')],
    [
      'extending with editorial changes',
      vvg(),
      { outcome: 'endorse', action: 'extend', itemId: 'consent', validUntil: '2022-03-31', editorialChanges: 'Nya länkar', version: '1.1' },
    ],
    ['approving a commission', vvg(), approve('commission')],
    ['approving a survey', vvg(), approve('survey')],
    ['approving a guideline', vvg(), approve('consent')],
    ['approving an item about no document', vvg(), approve('info')],
    ['noting information', vvg(), note()],
    ['noting a guideline item', vvg(), note('consent')],
    ['noting an item for SRO, with no SRO meeting ahead', vvg({ date: '2027-12-10', today: '2027-12-10' }), note('consent-sro')],
    ['a decision in a closed meeting on an item not yet decided', vvg({ status: 'closed' }), note()],
    ['another item being decided', vvg({ deciding: ['info'], decided: ['commission'] }), adopt()],
    ['VVG adopting for SRO, which meets on 2020-04-17', vvg(), adopt('consent-sro')],
    ['VVG 2020-12-11 approving for SRO, which next meets in 2027', vvg({ date: '2020-12-11', today: '2020-12-11' }), approve('plan-sro')],
    ['SRO adopting an item that needed SRO', sro({ date: '2027-11-05', today: '2027-11-05' }), adopt('consent-sro')],
    ['sending back to the next meeting', vvg(), sendBack('2020-05-27')],
    ['sending back to a meeting years ahead', vvg(), sendBack('2027-02-12')],
    ['sending back to a meeting held today', vvg({ today: '2020-05-27' }), sendBack('2020-05-27')],
    ['SRO sending back', sro(), sendBack('2020-08-14', 'info')],
    ['SRO recommending the principals', sro(), recommend('2020-06-30')],
    ['SRO asking for a decision the next day', sro(), recommend('2020-04-18')],
  ])('%s', (_label, context, decision) => {
    expect(decisionProblem(context, decision)).toBeUndefined();
  });
});

describe('decisionReference', () => {
  test.each([
    ['VVG', '2020-03-16', 'consent', 'VVG 2020-03-16 consent'],
    ['SRO', '2027-11-05', 'plan-sro', 'SRO 2027-11-05 plan-sro'],
  ] as const)('%s %s %s reads %s', (body, date, itemId, reference) => {
    expect(decisionReference(body, date, itemId)).toBe(reference);
  });
});

describe('decisionSchema', () => {
  const problemsOf = (input: unknown): string[] => {
    try {
      parseOrThrow(decisionSchema, input);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).problems;
    }
    throw new Error('expected a ValidationError');
  };

  test.each<[string, Record<string, unknown>, Decision]>([
    ['an adoption', { ...adopt(), text: ' Ställer sig bakom ' }, { ...adopt(), text: 'Ställer sig bakom' }],
    [
      'an extension with editorial changes, trimmed',
      {
        outcome: 'endorse',
        action: 'extend',
        itemId: 'consent',
        validUntil: '2022-03-31',
        editorialChanges: ' Nya länkar ',
        version: ' 1.1 ',
      },
      { outcome: 'endorse', action: 'extend', itemId: 'consent', validUntil: '2022-03-31', editorialChanges: 'Nya länkar', version: '1.1' },
    ],
    ['an approval', approve(), approve()],
    ['a note', note(), note()],
    ['a send-back, trimmed', { ...sendBack('2020-05-27'), reason: ' Underlaget behöver kompletteras ' }, sendBack('2020-05-27')],
    ['a recommendation', recommend('2020-06-30'), recommend('2020-06-30')],
  ])('accepts %s', (_label, input, expected) => {
    expect(parseOrThrow(decisionSchema, input)).toEqual(expected);
  });

  test('refuses an unknown field, naming it, rather than dropping it', () => {
    expect(problemsOf({ ...note(), minutes: 'x' })).toEqual(['minutes: is not a known field']);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a malformed item id', { ...note(), itemId: 'Info item' }, ['itemId: must be lowercase letters, digits and hyphens (at most 80)']],
    ['a blank text', { ...note(), text: ' ' }, ['text: is required']],
    [
      'an adoption from a date that does not exist',
      { ...adopt(), validFrom: '2020-02-30' },
      ['validFrom: must be an existing calendar date written YYYY-MM-DD'],
    ],
    [
      'an adoption until a malformed date',
      { ...adopt(), validUntil: '31/03/2022' },
      ['validUntil: must be an existing calendar date written YYYY-MM-DD'],
    ],
    ['an extension with a blank version', { ...extend(), version: '' }, ['version: is required']],
    ['an extension with a 41-character version', { ...extend(), version: '1'.repeat(41) }, ['version: must be at most 40 characters']],
    ['an extension with blank editorial changes', { ...extend(), editorialChanges: ' ' }, ['editorialChanges: is required']],
    [
      'a send-back to a date that does not exist',
      sendBack('2020-02-30'),
      ['toMeeting: must be an existing calendar date written YYYY-MM-DD'],
    ],
    ['a send-back with a blank reason', { ...sendBack('2020-05-27'), reason: '  ' }, ['reason: is required']],
    [
      'a send-back with a 2001-character reason',
      { ...sendBack('2020-05-27'), reason: 'x'.repeat(2001) },
      ['reason: must be at most 2000 characters'],
    ],
    ['a recommendation to no principals', { ...recommend('2020-06-30'), principals: [] }, ['principals: needs at least one principal']],
    [
      'a recommendation to a principal without contacts',
      { ...recommend('2020-06-30'), principals: [{ ...ale, contacts: [] }] },
      ['principals.0.contacts: needs at least one contact'],
    ],
    [
      'a recommendation by a date that does not exist',
      recommend('2020-06-31'),
      ['decideBy: must be an existing calendar date written YYYY-MM-DD'],
    ],
  ])('rejects %s, naming the field', (_label, input, problems) => {
    expect(problemsOf(input)).toEqual(problems);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'an unknown outcome',
      { outcome: 'reject', itemId: 'consent' },
      ["outcome: Invalid discriminator value. Expected 'endorse' | 'note' | 'send-back' | 'recommend-principals'"],
    ],
    [
      'no outcome',
      { itemId: 'consent' },
      ["outcome: Invalid discriminator value. Expected 'endorse' | 'note' | 'send-back' | 'recommend-principals'"],
    ],
    [
      'an unknown action',
      { outcome: 'endorse', action: 'retire', itemId: 'consent' },
      ["action: Invalid discriminator value. Expected 'adopt' | 'extend' | 'approve'"],
    ],
    [
      'a send-back without a reason',
      { outcome: 'send-back', itemId: 'consent', toMeeting: '2020-05-27' },
      ['reason: Invalid input: expected string, received undefined'],
    ],
    [
      'a send-back without a meeting',
      { outcome: 'send-back', itemId: 'consent', reason: 'Komplettera' },
      ['toMeeting: must be an existing calendar date written YYYY-MM-DD'],
    ],
    [
      'an adoption without validUntil',
      { outcome: 'endorse', action: 'adopt', itemId: 'consent', validFrom: '2020-04-01' },
      ['validUntil: must be an existing calendar date written YYYY-MM-DD'],
    ],
    [
      'an extension without validUntil',
      { outcome: 'endorse', action: 'extend', itemId: 'consent' },
      ['validUntil: must be an existing calendar date written YYYY-MM-DD'],
    ],
    [
      'a recommendation without principals',
      { outcome: 'recommend-principals', itemId: 'consent', decideBy: '2020-06-30' },
      ['principals: Invalid input: expected array, received undefined'],
    ],
    ['a note without an item', { outcome: 'note' }, ['itemId: Invalid input: expected string, received undefined']],
  ])('rejects %s, naming the missing field', (_label, input, problems) => {
    expect(problemsOf(input)).toEqual(problems);
  });
});
