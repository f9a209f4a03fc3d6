import { compileErrors, validate } from '@readme/openapi-parser';
import { Ledger } from '../../activities/ledger';
import type { Role } from '../../domain/access';
import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { ClientCall, ClientName, stubClients } from '../support/apiStubs';
import { openRound, seedRound } from '../support/consultationSubjects';
import { owner } from '../support/guidelines';
import { NOW, registerScenario, seed } from '../support/guidelineSubjects';
import { item } from '../support/meetings';
import { bodyOf, draftView, TestApp, testApp } from '../support/webApp';

/*
 * Every route of the API in-process, with stubbed typed clients: the HTTP layer alone. Each route takes its
 * input to the client the CLI uses, refuses what fails its schema naming the field before any client is called,
 * and is refused to a viewer and to a request without its CSRF token when it changes something.
 */

const GUIDELINE = '/api/guidelines/expected-child';
const ROUND = `${GUIDELINE}/rounds/1`;
const MEETING = '/api/meetings/VVG/2097-03-09';
const ITEM = `${MEETING}/items/item-a`;
const COMMISSION = '/api/commissions/api-commission';
const TASK = '/api/yearly-tasks/api-task';

const guideline = draftView('expected-child');
const withImplementation = {
  ...guideline,
  implementations: [{ n: 2, workflowId: 'guideline/expected-child/implementation/2', deadline: '2097-06-30' }],
};
const withFollowUp = {
  ...guideline,
  followUps: [
    { n: 3, workflowId: 'guideline/expected-child/follow-up/3', title: 'Uppföljning', opensOn: '2097-09-01', closesOn: '2097-09-30' },
  ],
};
const round = { guidelineId: 'expected-child', round: 1, status: 'open' };
const meeting = { meetingId: 'meeting/VVG/2097-03-09', body: 'VVG', date: '2097-03-09', items: [] };
const tracking = { meetingId: 'meeting/VVG/2097-03-09', itemId: 'item-a', status: 'open' };
const commission = { commissionId: 'api-commission', status: 'active' };
const yearlyTask = {
  id: 'api-task',
  title: 'Årlig genomgång',
  description: 'Gå igenom riktlinjerna',
  owner,
  on: { month: 3, day: 1 },
};
const schedules = ['a', 'b', 'c'].map((id) => ({ scheduleId: `yearly/${id}`, task: { ...yearlyTask, id }, paused: false }));
const csv = 'organisation_id,organisation\r\nkommun-boras,Borås\r\n';
// A workbook is a zip file: what the route sends must be the client's bytes, untouched.
const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x0d, 0x0a]);

const answers = {
  guidelines: {
    register: () => guideline,
    extend: () => guideline,
    retire: () => guideline,
    adopt: () => guideline,
  },
  consultations: {
    start: () => ({ guideline, round }),
    recordResponse: () => ({ organisationId: 'kommun-boras', late: false, replaced: false, answered: 1, total: 3 }),
    extendDeadline: () => round,
    addRecipient: () => round,
    withdrawRecipient: () => round,
    close: () => round,
    exportCsv: () => csv,
    exportXlsx: () => xlsx,
  },
  followUps: {
    planImplementation: () => withImplementation,
    implementation: () => ({ guidelineId: 'expected-child', n: 1 }),
    confirmImplementation: () => ({ organisationId: 'fyrbodal', confirmed: 1, total: 6 }),
    planFollowUp: () => withFollowUp,
    survey: () => ({ guidelineId: 'expected-child', n: 1 }),
    submitPart: () => ({ organisationId: 'fyrbodal', partId: 'functionality', complete: 0, recipients: 6 }),
    moveFollowUp: () => ({ guidelineId: 'expected-child', n: 1 }),
  },
  meetings: {
    plan: () => ['meeting/VVG/2097-03-09', 'meeting/VVG/2097-05-11'],
    agenda: () => meeting,
    addItem: () => meeting,
    submitDocuments: () => meeting,
    decide: () => ({ itemId: 'item-a', outcome: 'note' }),
    wheel: () => ({ year: 2097, meetings: [] }),
    principalProgress: () => tracking,
    recordPrincipalDecision: () => ({ organisationId: 'kommun-boras', decided: 1, total: 50 }),
    closeTracking: () => tracking,
  },
  commissions: {
    start: () => commission,
    show: () => commission,
    completeMilestone: () => commission,
    moveMilestone: () => commission,
    complete: () => commission,
  },
  yearlyTasks: {
    sync: () => [{ scheduleId: 'yearly/api-task', change: 'created' }],
    list: () => schedules,
    describe: () => schedules[0],
    trigger: () => 'yearly/api-task',
    remove: () => 'yearly/api-task',
  },
};

const document = { title: 'Riktlinje för samtycke', version: '0.9', link: 'https://example.org/samtycke.pdf' };
const roundRequest = {
  document,
  recipientGroups: [{ group: 'organisations', organisationIds: ['kommun-boras'] }],
  opensOn: '2097-01-07',
  deadline: '2097-02-28',
  processOwner: owner,
};
const commissionRequest = {
  id: 'api-commission',
  title: 'Se över samtycket',
  task: 'Föreslå en ny riktlinje',
  commissionedBy: { body: 'VVG', date: '2097-01-11' },
  group: [owner],
  milestones: [{ id: 'm1', title: 'Utkast', due: '2097-03-01' }],
  reportBack: { body: 'VVG', date: '2097-05-11' },
};

interface RouteCase {
  /** The route as the OpenAPI document names it. */
  route: string;
  url: string;
  body?: unknown;
  status: number;
  /** The client method the route calls, and with what; none for what is read from the database (the read model, the ledger). */
  call?: [ClientName, string, ...unknown[]];
  /** Besides the status: the body, or a header. */
  check?: (response: Response) => Promise<void>;
  /** An input the route's schema refuses, and the fields the problem names; none for a route that takes no input. */
  refused?: { url?: string; body?: unknown; fields: string[] };
}

const like = (value: object) => expect.objectContaining(value);
/** The view a workflow of the seeded scenario published, as the read model holds it. */
const published = (workflowId: string) => registerScenario().find((p) => p.workflowId === workflowId)!.view;

const sameJson = (expected: unknown) => async (response: Response) => expect(await response.json()).toEqual(expected);
const locatedAt = (location: string) => async (response: Response) => expect(response.headers.get('location')).toBe(location);

const cases: RouteCase[] = [
  {
    route: 'POST /api/guidelines',
    url: '/api/guidelines',
    body: { draft: true, id: 'expected-child', title: 'Riktlinje', kind: 'guideline', owner, responsibleBody: 'VVG' },
    status: 201,
    call: ['guidelines', 'register', like({ draft: true, id: 'expected-child' })],
    check: locatedAt(GUIDELINE),
    refused: {
      body: { draft: true, id: 'Not An Id', title: 'Riktlinje', kind: 'guideline', owner, responsibleBody: 'VVG' },
      fields: ['id'],
    },
  },
  {
    route: 'GET /api/guidelines',
    url: '/api/guidelines?expiringWithin=180d&body=VVG&limit=10',
    status: 200,
    check: sameJson({
      items: [
        {
          guidelineId: 'accompanying-staff',
          title: 'Riktlinje för medföljande personal',
          status: 'in-force',
          responsibleBody: 'VVG',
          kind: 'guideline',
          validFrom: '2027-01-01',
          validUntil: '2030-06-30',
        },
      ],
      total: 1,
      limit: 10,
      offset: 0,
    }),
    refused: { url: '/api/guidelines?expiringWithin=soon&status=forgotten', fields: ['status', 'expiringWithin'] },
  },
  {
    route: 'GET /api/guidelines/{id}',
    url: GUIDELINE,
    status: 200,
    check: sameJson(published('guideline/expected-child')),
    refused: { url: '/api/guidelines/Not%20An%20Id', fields: ['id'] },
  },
  {
    route: 'POST /api/guidelines/{id}/extensions',
    url: `${GUIDELINE}/extensions`,
    body: { validUntil: '2099-12-31', note: 'Förlängd', decisionRef: 'VVG 2097-12-10 §5' },
    status: 200,
    call: ['guidelines', 'extend', 'expected-child', { validUntil: '2099-12-31', note: 'Förlängd', decisionRef: 'VVG 2097-12-10 §5' }],
    check: sameJson(guideline),
    refused: { body: { validUntil: '2099-02-30', note: '', decisionRef: 'VVG §5' }, fields: ['validUntil', 'note'] },
  },
  {
    route: 'POST /api/guidelines/{id}/retirement',
    url: `${GUIDELINE}/retirement`,
    body: { reason: 'Ersatt av en ny', decisionRef: 'SRO §3' },
    status: 200,
    call: ['guidelines', 'retire', 'expected-child', { reason: 'Ersatt av en ny', decisionRef: 'SRO §3' }],
    refused: { body: { reason: '' }, fields: ['reason'] },
  },
  {
    route: 'POST /api/guidelines/{id}/adoption',
    url: `${GUIDELINE}/adoption`,
    body: { validFrom: '2097-01-01', validUntil: '2099-12-31', decisionRef: 'SRO 2096-12-11 §4' },
    status: 200,
    call: [
      'guidelines',
      'adopt',
      'expected-child',
      { validFrom: '2097-01-01', validUntil: '2099-12-31', decisionRef: 'SRO 2096-12-11 §4' },
    ],
    refused: { body: { validFrom: '2097-01-01', validUntil: '2096-01-01', decisionRef: 'SRO §4' }, fields: ['validUntil'] },
  },
  {
    route: 'POST /api/guidelines/{id}/rounds',
    url: `${GUIDELINE}/rounds`,
    body: roundRequest,
    status: 201,
    call: ['consultations', 'start', 'expected-child', like(roundRequest)],
    check: async (response) => {
      expect(response.headers.get('location')).toBe(ROUND);
      expect(await response.json()).toEqual(round);
    },
    refused: { body: { ...roundRequest, document: { ...document, link: 'ftp://example.org/x' } }, fields: ['document.link'] },
  },
  {
    route: 'GET /api/guidelines/{id}/rounds/{round}',
    url: ROUND,
    status: 200,
    check: sameJson(openRound()),
    refused: { url: `${GUIDELINE}/rounds/first`, fields: ['round'] },
  },
  {
    route: 'POST /api/guidelines/{id}/rounds/{round}/answers',
    url: `${ROUND}/answers`,
    body: { organisationId: 'kommun-boras', kind: 'comments', receivedOn: '2097-01-10' },
    status: 200,
    call: [
      'consultations',
      'recordResponse',
      'expected-child',
      1,
      { organisationId: 'kommun-boras', kind: 'comments', receivedOn: '2097-01-10' },
    ],
    refused: { body: { organisationId: 'kommun-boras', kind: 'maybe', receivedOn: '2097-01-10' }, fields: ['kind'] },
  },
  {
    route: 'POST /api/guidelines/{id}/rounds/{round}/extensions',
    url: `${ROUND}/extensions`,
    body: { deadline: '2097-03-15', reason: 'Fler behöver tid' },
    status: 200,
    call: ['consultations', 'extendDeadline', 'expected-child', 1, { deadline: '2097-03-15', reason: 'Fler behöver tid' }],
    refused: { body: { deadline: '2097-03-15' }, fields: ['reason'] },
  },
  {
    route: 'POST /api/guidelines/{id}/rounds/{round}/recipients',
    url: `${ROUND}/recipients`,
    body: { organisationId: 'kommun-lerum' },
    status: 200,
    call: ['consultations', 'addRecipient', 'expected-child', 1, 'kommun-lerum'],
    refused: { body: { organisationId: '' }, fields: ['organisationId'] },
  },
  {
    route: 'POST /api/guidelines/{id}/rounds/{round}/withdrawals',
    url: `${ROUND}/withdrawals`,
    body: { organisationId: 'vastkom', reason: 'Inte berörd' },
    status: 200,
    call: ['consultations', 'withdrawRecipient', 'expected-child', 1, { organisationId: 'vastkom', reason: 'Inte berörd' }],
    refused: { body: { organisationId: 'vastkom' }, fields: ['reason'] },
  },
  {
    route: 'POST /api/guidelines/{id}/rounds/{round}/closure',
    url: `${ROUND}/closure`,
    body: { reason: 'Alla har svarat' },
    status: 200,
    call: ['consultations', 'close', 'expected-child', 1, { reason: 'Alla har svarat' }],
    refused: { body: { reason: 5 }, fields: ['reason'] },
  },
  {
    route: 'GET /api/guidelines/{id}/rounds/{round}/answers.csv',
    url: `${ROUND}/answers.csv`,
    status: 200,
    call: ['consultations', 'exportCsv', 'expected-child', 1],
    check: async (response) => {
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="expected-child-round-1.csv"');
      expect(await response.text()).toBe(csv);
    },
    refused: { url: `${GUIDELINE}/rounds/0/answers.csv`, fields: ['round'] },
  },
  {
    route: 'GET /api/guidelines/{id}/rounds/{round}/answers.xlsx',
    url: `${ROUND}/answers.xlsx`,
    status: 200,
    call: ['consultations', 'exportXlsx', 'expected-child', 1],
    check: async (response) => {
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="expected-child-round-1.xlsx"');
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(xlsx);
    },
    refused: { url: `${GUIDELINE}/rounds/one/answers.xlsx`, fields: ['round'] },
  },
  {
    route: 'POST /api/guidelines/{id}/implementations',
    url: `${GUIDELINE}/implementations`,
    body: { deadline: '2097-06-30', implementers: 'subregions', preparationGroup: [owner] },
    status: 201,
    call: ['followUps', 'planImplementation', 'expected-child', like({ deadline: '2097-06-30', implementers: 'subregions' })],
    check: locatedAt(`${GUIDELINE}/implementations/2`),
    refused: { body: { deadline: '2097-06-30', preparationGroup: [] }, fields: ['preparationGroup'] },
  },
  {
    route: 'GET /api/guidelines/{id}/implementations/{n}',
    url: `${GUIDELINE}/implementations/1`,
    status: 200,
    call: ['followUps', 'implementation', 'expected-child', 1],
    refused: { url: `${GUIDELINE}/implementations/1.5`, fields: ['n'] },
  },
  {
    route: 'POST /api/guidelines/{id}/implementations/{n}/confirmations',
    url: `${GUIDELINE}/implementations/1/confirmations`,
    body: { organisationId: 'fyrbodal', confirmedOn: '2097-05-01' },
    status: 200,
    call: ['followUps', 'confirmImplementation', 'expected-child', 1, { organisationId: 'fyrbodal', confirmedOn: '2097-05-01' }],
    refused: { body: { organisationId: 'fyrbodal', confirmedOn: 'soon' }, fields: ['confirmedOn'] },
  },
  {
    route: 'POST /api/guidelines/{id}/follow-ups',
    url: `${GUIDELINE}/follow-ups`,
    body: { title: 'Uppföljning', opensOn: '2097-09-01', closesOn: '2097-09-30', preparationGroup: [owner] },
    status: 201,
    call: ['followUps', 'planFollowUp', 'expected-child', like({ title: 'Uppföljning', opensOn: '2097-09-01' })],
    check: locatedAt(`${GUIDELINE}/follow-ups/3`),
    refused: {
      body: { title: 'Uppföljning', opensOn: '2097-09-01', closesOn: '2097-08-01', preparationGroup: [owner] },
      fields: ['closesOn'],
    },
  },
  {
    route: 'GET /api/guidelines/{id}/follow-ups/{n}',
    url: `${GUIDELINE}/follow-ups/1`,
    status: 200,
    call: ['followUps', 'survey', 'expected-child', 1],
    refused: { url: `${GUIDELINE}/follow-ups/0`, fields: ['n'] },
  },
  {
    route: 'POST /api/guidelines/{id}/follow-ups/{n}/submissions',
    url: `${GUIDELINE}/follow-ups/1/submissions`,
    body: { organisationId: 'fyrbodal', partId: 'functionality', answer: 'Fungerar', submittedOn: '2097-09-03' },
    status: 200,
    call: [
      'followUps',
      'submitPart',
      'expected-child',
      1,
      { organisationId: 'fyrbodal', partId: 'functionality', answer: 'Fungerar', submittedOn: '2097-09-03' },
    ],
    refused: {
      body: { organisationId: 'fyrbodal', partId: 'Not A Part', answer: 'Fungerar', submittedOn: '2097-09-03' },
      fields: ['partId'],
    },
  },
  {
    route: 'POST /api/guidelines/{id}/follow-ups/{n}/moves',
    url: `${GUIDELINE}/follow-ups/1/moves`,
    body: { opensOn: '2097-10-01', closesOn: '2097-10-30', decisionRef: 'VVG 2097-08-20 §7' },
    status: 200,
    call: [
      'followUps',
      'moveFollowUp',
      'expected-child',
      1,
      { opensOn: '2097-10-01', closesOn: '2097-10-30', decisionRef: 'VVG 2097-08-20 §7' },
    ],
    refused: { body: { opensOn: '2097-10-01', closesOn: '2097-10-30' }, fields: ['decisionRef'] },
  },
  {
    route: 'POST /api/meetings',
    url: '/api/meetings',
    body: { body: 'VVG', year: 2097 },
    status: 200,
    call: ['meetings', 'plan', 'VVG', 2097],
    check: sameJson({ meetingIds: ['meeting/VVG/2097-03-09', 'meeting/VVG/2097-05-11'] }),
    refused: { body: { body: 'XYZ', year: 2097 }, fields: ['body'] },
  },
  {
    route: 'GET /api/meetings/{body}/{date}',
    url: MEETING,
    status: 200,
    call: ['meetings', 'agenda', 'VVG', '2097-03-09'],
    check: sameJson(meeting),
    refused: { url: '/api/meetings/VVG/2097-02-30', fields: ['date'] },
  },
  {
    route: 'POST /api/meetings/{body}/{date}/items',
    url: `${MEETING}/items`,
    body: item({ itemId: 'item-a', title: 'Riktlinje för samtycke' }),
    status: 200,
    call: ['meetings', 'addItem', 'VVG', '2097-03-09', like({ itemId: 'item-a', documentsExpected: true, documents: [] })],
    refused: { body: item({ itemId: 'item-a', title: 'Riktlinje', minutes: 0 }), fields: ['minutes'] },
  },
  {
    route: 'POST /api/meetings/{body}/{date}/items/{itemId}/documents',
    url: `${ITEM}/documents`,
    body: { documents: [{ title: 'Underlag', link: 'https://example.org/underlag.pdf' }] },
    status: 200,
    call: [
      'meetings',
      'submitDocuments',
      'VVG',
      '2097-03-09',
      { itemId: 'item-a', documents: [{ title: 'Underlag', link: 'https://example.org/underlag.pdf' }] },
    ],
    refused: { body: { documents: [] }, fields: ['documents'] },
  },
  {
    route: 'POST /api/meetings/{body}/{date}/decisions',
    url: `${MEETING}/decisions`,
    body: { outcome: 'recommend-principals', itemId: 'item-a', decideBy: '2097-06-30' },
    status: 200,
    // Without principals: the client fills in every principal, as it does for the CLI.
    call: ['meetings', 'decide', 'VVG', '2097-03-09', { outcome: 'recommend-principals', itemId: 'item-a', decideBy: '2097-06-30' }],
    refused: { body: { outcome: 'send-back', itemId: 'item-a' }, fields: ['toMeeting', 'reason'] },
  },
  {
    route: 'GET /api/annual-wheel/{year}',
    url: '/api/annual-wheel/2097',
    status: 200,
    call: ['meetings', 'wheel', 2097],
    refused: { url: '/api/annual-wheel/97', fields: ['year'] },
  },
  {
    route: 'GET /api/meetings/{body}/{date}/items/{itemId}/principals',
    url: `${ITEM}/principals`,
    status: 200,
    call: ['meetings', 'principalProgress', 'VVG', '2097-03-09', 'item-a'],
    check: sameJson(tracking),
    refused: { url: `${MEETING}/items/Item%20A/principals`, fields: ['itemId'] },
  },
  {
    route: 'POST /api/meetings/{body}/{date}/items/{itemId}/principals/decisions',
    url: `${ITEM}/principals/decisions`,
    body: { organisationId: 'kommun-boras', decision: 'adopted', decidedOn: '2097-04-01' },
    status: 200,
    call: [
      'meetings',
      'recordPrincipalDecision',
      'VVG',
      '2097-03-09',
      'item-a',
      { organisationId: 'kommun-boras', decision: 'adopted', decidedOn: '2097-04-01' },
    ],
    refused: { body: { organisationId: 'kommun-boras', decision: 'maybe', decidedOn: '2097-04-01' }, fields: ['decision'] },
  },
  {
    route: 'POST /api/meetings/{body}/{date}/items/{itemId}/principals/closure',
    url: `${ITEM}/principals/closure`,
    body: { reason: 'Alla har beslutat' },
    status: 200,
    call: ['meetings', 'closeTracking', 'VVG', '2097-03-09', 'item-a', { reason: 'Alla har beslutat' }],
    refused: { body: {}, fields: ['reason'] },
  },
  {
    route: 'POST /api/commissions',
    url: '/api/commissions',
    body: commissionRequest,
    status: 201,
    call: ['commissions', 'start', like({ id: 'api-commission', milestones: commissionRequest.milestones })],
    check: locatedAt(COMMISSION),
    refused: { body: { ...commissionRequest, milestones: [] }, fields: ['milestones'] },
  },
  {
    route: 'GET /api/commissions/{id}',
    url: COMMISSION,
    status: 200,
    call: ['commissions', 'show', 'api-commission'],
    check: sameJson(commission),
    refused: { url: '/api/commissions/API_Commission', fields: ['id'] },
  },
  {
    route: 'POST /api/commissions/{id}/milestones/{milestoneId}/completion',
    url: `${COMMISSION}/milestones/m1/completion`,
    body: { completedOn: '2097-02-01', link: 'https://example.org/utkast.pdf' },
    status: 200,
    call: [
      'commissions',
      'completeMilestone',
      'api-commission',
      { milestoneId: 'm1', completedOn: '2097-02-01', link: 'https://example.org/utkast.pdf' },
    ],
    refused: { body: { completedOn: '2097-02-01', link: 'ftp://example.org/x' }, fields: ['link'] },
  },
  {
    route: 'POST /api/commissions/{id}/milestones/{milestoneId}/moves',
    url: `${COMMISSION}/milestones/m1/moves`,
    body: { due: '2097-04-01', reason: 'Gruppen behöver mer tid' },
    status: 200,
    call: ['commissions', 'moveMilestone', 'api-commission', { milestoneId: 'm1', due: '2097-04-01', reason: 'Gruppen behöver mer tid' }],
    refused: { body: { due: '2097-04-01' }, fields: ['reason'] },
  },
  {
    route: 'POST /api/commissions/{id}/completion',
    url: `${COMMISSION}/completion`,
    body: { completedOn: '2097-05-01', summary: 'Klart' },
    status: 200,
    call: ['commissions', 'complete', 'api-commission', { completedOn: '2097-05-01', summary: 'Klart' }],
    refused: { body: { summary: 'Klart' }, fields: ['completedOn'] },
  },
  {
    route: 'POST /api/yearly-tasks',
    url: '/api/yearly-tasks',
    body: { tasks: [yearlyTask] },
    status: 200,
    call: ['yearlyTasks', 'sync', [like({ id: 'api-task', on: { month: 3, day: 1 } })]],
    check: sameJson({ synced: [{ scheduleId: 'yearly/api-task', change: 'created' }] }),
    refused: { body: { tasks: [{ ...yearlyTask, on: { month: 2, day: 29 } }] }, fields: ['tasks.0.on.day'] },
  },
  {
    route: 'GET /api/yearly-tasks',
    url: '/api/yearly-tasks?limit=2&offset=1',
    status: 200,
    call: ['yearlyTasks', 'list'],
    check: sameJson({ items: schedules.slice(1), total: 3, limit: 2, offset: 1 }),
    refused: { url: '/api/yearly-tasks?limit=0', fields: ['limit'] },
  },
  {
    route: 'GET /api/yearly-tasks/{id}',
    url: TASK,
    status: 200,
    call: ['yearlyTasks', 'describe', 'api-task'],
    check: sameJson(schedules[0]),
    refused: { url: '/api/yearly-tasks/Api%20Task', fields: ['id'] },
  },
  {
    route: 'POST /api/yearly-tasks/{id}/runs',
    url: `${TASK}/runs`,
    status: 202,
    call: ['yearlyTasks', 'trigger', 'api-task'],
    check: sameJson({ scheduleId: 'yearly/api-task' }),
    refused: { url: '/api/yearly-tasks/Api%20Task/runs', fields: ['id'] },
  },
  {
    route: 'DELETE /api/yearly-tasks/{id}',
    url: TASK,
    status: 204,
    call: ['yearlyTasks', 'remove', 'api-task'],
    refused: { url: '/api/yearly-tasks/Api%20Task', fields: ['id'] },
  },
  {
    route: 'GET /api/overview',
    url: '/api/overview',
    status: 200,
    check: async (response) =>
      expect(await response.json()).toMatchObject({
        today: '2030-03-01',
        answerDeadlines: [like({ guidelineId: 'consent', round: 1 })],
        expiring: [like({ guidelineId: 'accompanying-staff', daysLeft: 121 })],
      }),
  },
  {
    route: 'GET /api/forecast',
    url: '/api/forecast?email=ben.berg%40boras.example&limit=1',
    status: 200,
    check: async (response) =>
      expect(await response.json()).toEqual({
        items: [
          {
            at: '2030-04-01T06:00:00.000Z',
            purpose: 'expiry-reminder',
            workflowId: 'guideline/accompanying-staff',
            kind: 'guideline',
            title: 'Riktlinje för medföljande personal',
            name: 'Ben Berg',
            email: 'ben.berg@boras.example',
            organisationId: 'kommun-boras',
          },
        ],
        total: 2,
        limit: 1,
        offset: 0,
        nextOffset: 1,
      }),
    refused: { url: '/api/forecast?email=ben.berg&organisation=', fields: ['email'] },
  },
  {
    route: 'GET /api/ledger/outcomes',
    url: '/api/ledger/outcomes?subject=expected-child',
    status: 200,
    refused: { url: '/api/ledger/outcomes?subject=nobody%20at%20all&q=', fields: ['subject'] },
  },
  {
    route: 'GET /api/ledger/mails',
    url: '/api/ledger/mails?subject=meeting/VVG/2097-03-09',
    status: 200,
    refused: { url: '/api/ledger/mails?subject=meeting/XYZ/2097-03-09', fields: ['subject'] },
  },
];

const methodOf = (c: RouteCase) => c.route.split(' ')[0];
const changes = (c: RouteCase) => methodOf(c) !== 'GET';

/** Routes of the foundation that the tests of sign-in and of register (webApi.test.ts) cover. */
const foundationRoutes = ['GET /api/session', 'POST /api/session', 'DELETE /api/session', 'GET /api/acts'];

interface ProblemBody {
  type: string;
  status: number;
  errors?: Array<{ field?: string; detail: string }>;
}

const problemOf = async (response: Response): Promise<ProblemBody> => {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as ProblemBody;
};

describe('the HTTP API: every route, in-process with stubbed clients', () => {
  let web: TestApp;
  let calls: ClientCall[];
  let doc: any;

  beforeAll(async () => {
    const stubs = stubClients(answers);
    calls = stubs.calls;
    // The read model's scenario stands on NOW; the clock runs on from there, so that acts keep their order.
    const offset = NOW.getTime() - Date.now();
    web = await testApp({ clients: stubs.clients, now: () => new Date(Date.now() + offset) });
    await seed(web.db, ...registerScenario());
    // The round the stubbed start answers with, as its workflow publishes it: POST answers once the row is there.
    await seedRound(web.db, openRound());
    doc = await bodyOf(await web.browser().request('/api/openapi.json'));
  });
  afterAll(() => web.close());
  beforeEach(() => (calls.length = 0));

  // Signing in hashes a password with scrypt, which is slow by design: once per role.
  const sessions = new Map<Role, ReturnType<TestApp['signedIn']>>();
  const session = (role: Role) => {
    if (!sessions.has(role)) sessions.set(role, web.signedIn(role));
    return sessions.get(role)!;
  };

  const send = async (role: Role, c: RouteCase, input: { url?: string; body?: unknown; csrf?: boolean } = {}) => {
    const { browser, csrf } = await session(role);
    const body = 'body' in input ? input.body : c.body;
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
    if (changes(c) && input.csrf !== false) headers['x-csrf-token'] = csrf;
    return browser.request(input.url ?? c.url, {
      method: methodOf(c),
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };

  test('the cases below are every route of the OpenAPI document', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.filter((r) => !foundationRoutes.includes(r)).sort()).toEqual(cases.map((c) => c.route).sort());
  });

  test('the OpenAPI document validates as OpenAPI 3.1', async () => {
    const result = await validate(structuredClone(doc));
    expect(result.valid ? '' : compileErrors(result)).toBe('');
  });

  test.each(cases.map((c) => [c.route, c] as const))('%s takes its input to the typed client the CLI uses', async (_, c) => {
    const response = await send('admin', c);
    expect(response.status).toBe(c.status);
    expect(calls.map((call) => [call.client, call.method, ...call.args])).toEqual(c.call ? [c.call] : []);
    await c.check?.(response);
  });

  test.each(cases.flatMap((c) => (c.refused ? [[c.route, c, c.refused] as const] : [])))(
    '%s refuses input its schema refuses: 422 naming the field, no client called',
    async (_, c, refused) => {
      const response = await send('admin', c, refused);
      expect(response.status).toBe(422);
      const problem = await problemOf(response);
      expect(problem).toMatchObject({ type: '/api/problems/invalid-input', status: 422 });
      expect(problem.errors?.map((e) => e.field)).toEqual(refused.fields);
      expect(calls).toEqual([]);
    },
  );

  const changing = cases.filter(changes).map((c) => [c.route, c] as const);

  test.each(changing)(
    "%s: the typed client's refusal in the current state is 409 naming the field, recorded as the act's outcome",
    async (_, c) => {
      const [client, method] = c.call!;
      const original = answers[client as keyof typeof answers] as Record<string, () => unknown>;
      const answer = original[method];
      original[method] = () => {
        throw new ValidationError(['status: refused in this state'], Failure.WrongState);
      };
      try {
        const response = await send('admin', c);
        expect(response.status).toBe(409);
        expect((await problemOf(response)).errors).toEqual([{ field: 'status', detail: 'refused in this state' }]);
      } finally {
        original[method] = answer;
      }
      const { browser } = await session('admin');
      const acts = await bodyOf(await browser.request('/api/acts?limit=1'));
      expect(acts.items[0]).toMatchObject({ username: 'admin-user', outcome: Failure.WrongState });
    },
  );

  test.each(changing)('%s is refused to a viewer with 403, and nothing is done or recorded', async (_, c) => {
    const { browser } = await session('viewer');
    const before = (await bodyOf(await browser.request('/api/acts'))).total;
    const response = await send('viewer', c);
    expect(response.status).toBe(403);
    expect((await problemOf(response)).type).toBe('/api/problems/forbidden');
    expect(calls).toEqual([]);
    expect((await bodyOf(await browser.request('/api/acts'))).total).toBe(before);
  });

  test.each(changing)('%s without its CSRF token is refused with 403, and nothing is done', async (_, c) => {
    const response = await send('admin', c, { csrf: false });
    expect(response.status).toBe(403);
    expect(calls).toEqual([]);
  });

  test('every route that changes something names an act that not every role may do; reading is for everyone signed in', () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (foundationRoutes.some((r) => r.endsWith(` ${path}`))) continue;
      for (const [method, operation] of Object.entries(operations as Record<string, any>)) {
        expect({ route: `${method} ${path}`, read: operation['x-act'] === 'read' }).toEqual({
          route: `${method} ${path}`,
          read: method === 'get',
        });
      }
    }
  });

  test('a follow-up timed from the adoption goes to the client as given; one refused names the field of its kind', async () => {
    const c = cases.find((r) => r.route === 'POST /api/guidelines/{id}/follow-ups')!;
    const timed = { title: 'Uppföljning', afterAdoption: { months: 18 }, preparationGroup: [owner] };
    expect((await send('admin', c, { body: timed })).status).toBe(201);
    // With the default the client would give it too.
    expect(calls.map((call) => call.args)).toEqual([['expected-child', { ...timed, afterAdoption: { months: 18, openForDays: 21 } }]]);
    calls.length = 0;
    const refused = await send('admin', c, { body: { ...timed, afterAdoption: { months: 0 } } });
    expect((await problemOf(refused)).errors?.map((e) => e.field)).toEqual(['afterAdoption.months']);
    expect(calls).toEqual([]);
  });

  test('a guideline or a round the read model does not hold is 404 naming the field, and no client is asked', async () => {
    const { browser } = await session('viewer');
    const guidelineMissing = await browser.request('/api/guidelines/unheard-of');
    expect(guidelineMissing.status).toBe(404);
    expect((await problemOf(guidelineMissing)).errors).toEqual([{ field: 'guidelineId', detail: "no guideline 'unheard-of'" }]);
    // The guideline is there, its second round is not.
    const roundMissing = await browser.request('/api/guidelines/consent/rounds/2');
    expect(roundMissing.status).toBe(404);
    expect((await problemOf(roundMissing)).errors).toEqual([{ field: 'round', detail: "guideline 'consent' has no consultation round 2" }]);
    expect(calls).toEqual([]);
  });

  describe('the ledger, read from the database the worker writes', () => {
    let ledger: Ledger;
    beforeAll(() => {
      ledger = new Ledger(web.sqliteFile);
      const outcome = (n: number, subject: string, kind: string) =>
        ledger.recordOutcome({
          key: `${subject}|${n}|${kind}`,
          workflow_id: subject === 'expected-child' ? 'guideline/expected-child/consultation/1' : subject,
          subject_id: subject,
          kind,
          occurred_at: `2097-01-0${n}T08:00:00.000Z`,
          details: JSON.stringify({ n }),
          recorded_at: `2097-01-0${n}T08:00:00.100Z`,
        });
      outcome(1, 'expected-child', 'round-opened');
      outcome(2, 'expected-child', 'response-recorded');
      outcome(3, 'meeting/VVG/2097-03-09', 'meeting-planned');
      outcome(4, 'expected-child', 'round-closed');
      const mail = (n: number, workflowId: string) =>
        ledger.recordMail({
          key: `${workflowId}|${n}`,
          workflow_id: workflowId,
          template: 'invitation',
          recipient: `someone${n}@example.org`,
          subject: 'Remiss',
          message_id: `<${n}@example.org>`,
          due_at: `2097-01-0${n}T07:00:00.000Z`,
          sent_at: `2097-01-0${n}T07:00:01.000Z`,
        });
      mail(1, 'guideline/expected-child/consultation/1');
      mail(2, 'guideline/expected-child');
      mail(3, 'guideline/expected-child-two/consultation/1');
      mail(4, 'meeting/VVG/2097-03-09');
    });
    afterAll(() => ledger.close());

    test("a subject's outcomes, oldest first, with their details, a page at a time", async () => {
      const { browser } = await session('viewer');
      const first = await bodyOf(await browser.request('/api/ledger/outcomes?subject=expected-child&limit=2'));
      expect(first).toMatchObject({ total: 3, limit: 2, offset: 0, nextOffset: 2 });
      expect(first.items.map((o: { kind: string }) => o.kind)).toEqual(['round-opened', 'response-recorded']);
      expect(first.items[1]).toMatchObject({ subject_id: 'expected-child', details: { n: 2 } });
      const last = await bodyOf(await browser.request('/api/ledger/outcomes?subject=expected-child&limit=2&offset=2'));
      expect(last.items.map((o: { kind: string }) => o.kind)).toEqual(['round-closed']);
      expect(last.nextOffset).toBeUndefined();
      expect((await bodyOf(await browser.request('/api/ledger/outcomes'))).total).toBe(4);
    });

    test("a guideline's mails are those of its own workflow and those under it, not another guideline's whose id begins alike", async () => {
      const { browser } = await session('viewer');
      const mails = await bodyOf(await browser.request('/api/ledger/mails?subject=expected-child'));
      expect(mails.items.map((m: { workflow_id: string }) => m.workflow_id)).toEqual([
        'guideline/expected-child/consultation/1',
        'guideline/expected-child',
      ]);
      const meetingMails = await bodyOf(await browser.request('/api/ledger/mails?subject=meeting/VVG/2097-03-09'));
      expect(meetingMails).toMatchObject({ total: 1, items: [{ recipient: 'someone4@example.org', message_id: '<4@example.org>' }] });
    });
  });

  test('a database the worker has not opened yet has an empty ledger, not an error', async () => {
    const fresh = await testApp();
    try {
      const { browser } = await fresh.signedIn('viewer');
      expect(await bodyOf(await browser.request('/api/ledger/mails'))).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
      expect((await bodyOf(await browser.request('/api/ledger/outcomes'))).total).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
