import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { readSheet } from 'read-excel-file/node';
import type { ZodType } from 'zod';
import type { Store } from '../../activities/store/database';
import { ensureMeetingStarted } from '../../activities/meetingStart';
import { createApp } from '../../client/api/app';
import type { ApiClients } from '../../client/api/env';
import { addBusinessDays, isBusinessDay, subtractBusinessDays } from '../../domain/calendar/businessDays';
import { addDays, stockholmDate } from '../../domain/calendar/dates';
import { meetingInputFor } from '../../domain/meeting/bodies';
import { agendaItemSchema } from '../../domain/meeting/meeting';
import { bodies as shippedBodies, organisations } from '../support/directories';
import { owner } from '../support/guidelines';
import { item } from '../support/meetings';
import { until } from '../support/processes';
import { webSettings } from '../support/webApp';
import { addUser, startApi, startWebStack, WebStack } from '../support/webStack';
import type { BlobStore } from '../../activities/documents/blobStore';
import { testLinks } from '../support/links';

/*
 * Every route of the OpenAPI document on the real stack: Temporal's dev server, the worker and the API each in a
 * process of its own, no stubs. A process owner runs a draft through a round, its adoption, implementation and
 * follow-ups and a commission; a secretary plans a year of meetings, puts an item on one and records a meeting's
 * decision and a principal's; an administrator keeps the yearly tasks. Every response is checked against the
 * schema the document gives it, every change is read back through a GET, and the last test fails if any route
 * of the document was not called.
 */

const TASK_QUEUE = 'web-api-e2e';
const password = 'a long enough password';

const today = stockholmDate(Date.now());
const days = (n: number) => addDays(today, n);
const businessDayFrom = (date: string) => (isBusinessDay(date) ? date : addBusinessDays(date, 1));
/** A meeting already held, its items on it from before: a meeting ahead, where the API puts items, holds no decisions. */
const HELD = subtractBusinessDays(today, 1);
const YEAR = 2097;
const VVG_MEETINGS = [businessDayFrom(`${YEAR}-03-09`), businessDayFrom(`${YEAR}-05-11`)];
const SRO_MEETINGS = [HELD, businessDayFrom(`${YEAR}-04-06`)];

const bodies = {
  ...shippedBodies,
  bodies: shippedBodies.bodies.map((b) => ({ ...b, meetings: b.id === 'VVG' ? VVG_MEETINGS : SRO_MEETINGS })),
};

/** The schema the document gives each response (none for one without a body), by route and status, from the app's registry. */
const documented = (() => {
  const app = createApp({
    clients: {} as ApiClients,
    db: {} as Store,
    web: webSettings(),
    organisations,
    bodies,
    links: testLinks,
    blobs: {} as BlobStore,
  });
  const routes = new Set<string>();
  const schemas = new Map<string, ZodType | undefined>();
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const { method, path: route, responses } = definition.route;
    routes.add(`${method.toUpperCase()} ${route}`);
    for (const [status, response] of Object.entries(responses)) {
      const content = 'content' in response ? response.content : undefined;
      schemas.set(`${method.toUpperCase()} ${route} ${status}`, content && (Object.values(content)[0] as { schema: ZodType }).schema);
    }
  }
  return { routes, schemas };
})();

const exercised = new Set<string>();

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** Someone using the API from a script: a session cookie, the CSRF token, and every call checked against the document. */
class ApiUser {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(
    private readonly url: string,
    readonly username?: string,
  ) {}

  /** `route` as the document names it; its {parameters} filled from `params`, and `params.query` its query string. */
  async call(method: string, route: string, params: Record<string, string | number> = {}, body?: unknown): Promise<Answer> {
    const concrete = route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
    const query = params.query === undefined ? '' : `?${params.query}`;
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.url}${concrete}${query}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      this.cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const type = response.headers.get('content-type') ?? '';
    const binary = /spreadsheetml/.test(type);
    const parsed = /json/.test(type) ? await response.json() : binary ? Buffer.from(await response.arrayBuffer()) : await response.text();
    const key = `${method} ${route}`;
    exercised.add(key);
    const answer = `${key} ${response.status}`;
    if (!documented.schemas.has(answer)) throw new Error(`${answer} is not in the document: ${JSON.stringify(parsed)}`);
    const schema = documented.schemas.get(answer);
    // A file's bytes are checked by reading them back, not against a schema.
    const mismatch = binary
      ? undefined
      : schema
        ? schema.safeParse(parsed).error?.issues
        : parsed === ''
          ? undefined
          : 'a body where none is documented';
    if (mismatch) throw new Error(`${answer} does not match the document: ${JSON.stringify(mismatch)}`);
    return { status: response.status, headers: response.headers, body: parsed };
  }

  async signIn(): Promise<void> {
    this.csrf = (await this.call('GET', '/api/session')).body.csrfToken;
    const signedIn = await this.call('POST', '/api/session', {}, { username: this.username, password });
    expect(signedIn.status).toBe(200);
    this.csrf = signedIn.body.csrfToken;
  }
}

let stack: WebStack;
let api: Awaited<ReturnType<typeof startApi>>;
let connection: Connection;
let dir: string;
let anna: ApiUser;
let sara: ApiUser;
let adam: ApiUser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-api-e2e-'));
  const bodiesFile = path.join(dir, 'bodies.json');
  fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
  stack = await startWebStack(TASK_QUEUE, { BODIES_FILE: bodiesFile });
  [api] = await Promise.all([
    startApi(stack.env),
    addUser(stack.env, { username: 'anna', name: 'Anna Andersson', role: 'process-owner', password }),
    addUser(stack.env, { username: 'sara', name: 'Sara Sekreterare', role: 'secretary', password }),
    addUser(stack.env, { username: 'adam', name: 'Adam Admin', role: 'admin', password }),
  ]);
  [anna, sara, adam] = ['anna', 'sara', 'adam'].map((username) => new ApiUser(api.url, username));
  await Promise.all([anna.signIn(), sara.signIn(), adam.signIn()]);
  connection = await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS });
}, 180_000);

afterAll(async () => {
  await connection?.close();
  await api?.process.stop();
  await stack?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const DRAFT = 'api-draft';
const draft = { draft: true, id: DRAFT, title: 'Riktlinje för samtycke', kind: 'guideline', owner, responsibleBody: 'VVG' };
// Mail of the round, the survey and the deadline goes out at midnight, so that what opens today opens now.
const atMidnight = { businessDaysBefore: [3], sendAt: '00:00' };
const DEADLINE = businessDayFrom(days(25));

test('a process owner registers a draft and runs its consultation round: answers, extension, one more, one withdrawn, the CSV, closed', async () => {
  const registered = await anna.call('POST', '/api/guidelines', {}, draft);
  expect(registered.status).toBe(201);
  expect(registered.headers.get('location')).toBe(`/api/guidelines/${DRAFT}`);
  expect((await anna.call('GET', '/api/guidelines/{id}', { id: DRAFT })).body).toMatchObject({ guidelineId: DRAFT, status: 'draft' });

  const started = await anna.call(
    'POST',
    '/api/guidelines/{id}/rounds',
    { id: DRAFT },
    {
      document: { title: draft.title, version: '0.9', link: 'https://example.org/samtycke.pdf' },
      recipientGroups: [{ group: 'organisations', organisationIds: ['kommun-boras', 'kommun-alingsas', 'vastkom'] }],
      opensOn: today,
      // A business day within the overview's 30 days, whatever today is.
      deadline: DEADLINE,
      reminderPolicy: atMidnight,
      processOwner: owner,
    },
  );
  expect(started.status).toBe(201);
  expect(started.headers.get('location')).toBe(`/api/guidelines/${DRAFT}/rounds/1`);
  const round = { id: DRAFT, round: 1 };
  const progress = () => anna.call('GET', '/api/guidelines/{id}/rounds/{round}', round);
  await until('the round to open', async () => (await progress()).body.status === 'open');

  const answered = await anna.call('POST', '/api/guidelines/{id}/rounds/{round}/answers', round, {
    organisationId: 'kommun-boras',
    kind: 'comments',
    text: 'Tydligare om samtycke för barn',
    receivedOn: today,
  });
  expect(answered.body).toEqual({ organisationId: 'kommun-boras', late: false, replaced: false, answered: 1, total: 3 });

  // The overview and the forecast read what the answer left in the read model: who is still silent, and whom the
  // round will remind.
  const overview = (await anna.call('GET', '/api/overview')).body;
  expect(overview).toMatchObject({ today, until: days(30) });
  expect(overview.answerDeadlines).toEqual([
    {
      workflowId: `guideline/${DRAFT}/consultation/1`,
      guidelineId: DRAFT,
      round: 1,
      title: draft.title,
      deadline: DEADLINE,
      answered: 1,
      total: 3,
      // By sub-region, then name: VästKom's group is its kind, Alingsås's its sub-region SAMLA.
      silent: [
        { organisationId: 'vastkom', organisationName: 'VästKom' },
        { organisationId: 'kommun-alingsas', organisationName: 'Alingsås' },
      ],
    },
  ]);
  const forecast = (await anna.call('GET', '/api/forecast', { query: 'organisation=kommun-alingsas' })).body;
  expect(forecast.items).toEqual([
    expect.objectContaining({
      purpose: 'consultation-reminder',
      workflowId: `guideline/${DRAFT}/consultation/1`,
      organisationId: 'kommun-alingsas',
    }),
  ]);
  const boras = (await anna.call('GET', '/api/forecast', { query: 'email=vardsamverkan%40boras.example' })).body;
  expect(boras.total).toBe(0);

  const extended = await anna.call('POST', '/api/guidelines/{id}/rounds/{round}/extensions', round, {
    deadline: days(45),
    reason: 'Kommunerna behöver mer tid',
  });
  expect(extended.body.deadline).toBe(days(45));
  const added = await anna.call('POST', '/api/guidelines/{id}/rounds/{round}/recipients', round, { organisationId: 'kommun-lerum' });
  expect(added.body.recipients.map((r: { organisationId: string }) => r.organisationId)).toContain('kommun-lerum');
  const withdrawn = await anna.call('POST', '/api/guidelines/{id}/rounds/{round}/withdrawals', round, {
    organisationId: 'vastkom',
    reason: 'Inte berörd',
  });
  expect(withdrawn.body.withdrawn).toEqual(['vastkom']);

  // The same state through GET: exactly the silent organisations, the new deadline, the answer.
  const seen = (await progress()).body;
  expect(seen).toMatchObject({ deadline: days(45), progress: { total: 3, answered: 1 } });
  expect(seen.progress.notAnswered.map((o: { organisationId: string }) => o.organisationId).sort()).toEqual([
    'kommun-alingsas',
    'kommun-lerum',
  ]);
  expect(seen.responses['kommun-boras']).toMatchObject({ kind: 'comments', receivedOn: today, late: false });

  const csv = await anna.call('GET', '/api/guidelines/{id}/rounds/{round}/answers.csv', round);
  expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const rows = (csv.body as string).trim().split('\r\n');
  expect(rows[0]).toBe('organisation_id,organisation,group,status,kind,received_on,late,document_ref,text');
  expect(rows.find((r) => r.startsWith('kommun-boras,'))).toContain(`answered,comments,${today},false`);
  expect(rows.find((r) => r.startsWith('vastkom,'))).toContain('withdrawn');

  const xlsx = await anna.call('GET', '/api/guidelines/{id}/rounds/{round}/answers.xlsx', round);
  expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="${DRAFT}-round-1.xlsx"`);
  const sheet = await readSheet(xlsx.body);
  // The CSV's organisations in the CSV's order, each with the same status.
  expect(sheet.map((row) => [row[0], row[3]])).toEqual(rows.map((r) => r.split(',')).map((r) => [r[0], r[3]]));

  const closed = await anna.call('POST', '/api/guidelines/{id}/rounds/{round}/closure', round, { reason: 'Remissen är klar' });
  expect(closed.body.status).toBe('closed');
  expect((await progress()).body).toMatchObject({ status: 'closed', closeReason: 'Remissen är klar' });
  const late = await anna.call('POST', '/api/guidelines/{id}/rounds/{round}/answers', round, {
    organisationId: 'kommun-alingsas',
    kind: 'no-comments',
    receivedOn: today,
  });
  expect(late.status).toBe(409);
  expect(late.body.errors).toEqual([{ field: 'round', detail: `round 1 of ${DRAFT} is closed` }]);
  expect((await progress()).body.progress.answered).toBe(1);
  await until('the guideline to await its decision', async () => {
    return (await anna.call('GET', '/api/guidelines/{id}', { id: DRAFT })).body.status === 'awaiting-decision';
  });
});

test('the draft is adopted and extended, listed as expiring, and another guideline retired', async () => {
  const adopted = await anna.call(
    'POST',
    '/api/guidelines/{id}/adoption',
    { id: DRAFT },
    {
      validFrom: today,
      validUntil: days(3 * 365),
      decisionRef: `SRO ${today} §4`,
    },
  );
  expect(adopted.body).toMatchObject({ status: 'in-force', adoption: { validFrom: today, validUntil: days(3 * 365) } });
  const extended = await anna.call(
    'POST',
    '/api/guidelines/{id}/extensions',
    { id: DRAFT },
    {
      validUntil: days(4 * 365),
      note: 'Förlängd ett år',
      decisionRef: `VVG ${today} §5`,
    },
  );
  expect(extended.body.extensions).toHaveLength(1);
  expect((await anna.call('GET', '/api/guidelines/{id}', { id: DRAFT })).body.guideline.validUntil).toBe(days(4 * 365));

  const listed = await until('the register to list the guideline', async () => {
    const page = (await anna.call('GET', '/api/guidelines', { query: 'expiringWithin=3650d&body=VVG' })).body;
    return page.items.some((g: { guidelineId: string }) => g.guidelineId === DRAFT) ? page : undefined;
  });
  expect(listed.items.find((g: { guidelineId: string }) => g.guidelineId === DRAFT)).toEqual({
    guidelineId: DRAFT,
    title: draft.title,
    status: 'in-force',
    responsibleBody: 'VVG',
    kind: 'guideline',
    validFrom: today,
    validUntil: days(4 * 365),
  });
  const otherBody = (await anna.call('GET', '/api/guidelines', { query: 'expiringWithin=3650d&body=SRO' })).body;
  expect(otherBody.items.map((g: { guidelineId: string }) => g.guidelineId)).not.toContain(DRAFT);
  const searched = (await anna.call('GET', '/api/guidelines', { query: 'q=samtycke&status=in-force' })).body;
  expect(searched.items.map((g: { guidelineId: string }) => g.guidelineId)).toEqual([DRAFT]);

  const retiring = { ...draft, draft: false, id: 'api-retiring', validFrom: today, validUntil: days(365) };
  expect((await anna.call('POST', '/api/guidelines', {}, retiring)).status).toBe(201);
  const retired = await anna.call('POST', '/api/guidelines/{id}/retirement', { id: 'api-retiring' }, { reason: 'Ersatt av api-draft' });
  expect(retired.body.status).toBe('retired');
  expect((await anna.call('GET', '/api/guidelines/{id}', { id: 'api-retiring' })).body.retirement).toMatchObject({
    reason: 'Ersatt av api-draft',
  });
});

test('its implementation deadline is confirmed by one sub-region; one follow-up takes an answer and another is moved', async () => {
  const planned = await anna.call(
    'POST',
    '/api/guidelines/{id}/implementations',
    { id: DRAFT },
    {
      deadline: days(90),
      implementers: 'subregions',
      preparationGroup: [owner],
    },
  );
  expect(planned.status).toBe(201);
  expect(planned.headers.get('location')).toBe(`/api/guidelines/${DRAFT}/implementations/1`);
  const implementation = { id: DRAFT, n: 1 };
  await until('the implementation to start', async () => {
    const answer = await anna.call('GET', '/api/guidelines/{id}/implementations/{n}', implementation);
    return answer.status === 200 ? answer : undefined;
  });
  const confirmed = await anna.call('POST', '/api/guidelines/{id}/implementations/{n}/confirmations', implementation, {
    organisationId: 'fyrbodal',
    confirmedOn: today,
  });
  expect(confirmed.body).toEqual({ organisationId: 'fyrbodal', confirmed: 1, total: 6 });
  const status = (await anna.call('GET', '/api/guidelines/{id}/implementations/{n}', implementation)).body;
  expect(status.confirmations.fyrbodal).toMatchObject({ confirmedOn: today, late: false });
  expect(status.notConfirmed.map((o: { organisationId: string }) => o.organisationId)).not.toContain('fyrbodal');

  const survey = (n: number) => anna.call('GET', '/api/guidelines/{id}/follow-ups/{n}', { id: DRAFT, n });
  const now = await anna.call(
    'POST',
    '/api/guidelines/{id}/follow-ups',
    { id: DRAFT },
    {
      title: 'Uppföljning av samtycket',
      opensOn: today,
      closesOn: days(21),
      reminderPolicy: atMidnight,
      preparationGroup: [owner],
      recipientGroups: [{ group: 'organisations', organisationIds: ['fyrbodal', 'skaraborg'] }],
    },
  );
  expect(now.headers.get('location')).toBe(`/api/guidelines/${DRAFT}/follow-ups/1`);
  await until('the follow-up to open', async () => {
    const answer = await survey(1);
    return answer.status === 200 && answer.body.status === 'open';
  });
  const submitted = await anna.call(
    'POST',
    '/api/guidelines/{id}/follow-ups/{n}/submissions',
    { id: DRAFT, n: 1 },
    {
      organisationId: 'fyrbodal',
      partId: 'functionality',
      answer: 'Fungerar väl',
      submittedOn: today,
    },
  );
  expect(submitted.body).toEqual({ organisationId: 'fyrbodal', partId: 'functionality', complete: 0, recipients: 2 });
  expect((await survey(1)).body.submissions.fyrbodal.functionality).toMatchObject({ answer: 'Fungerar väl' });

  const later = await anna.call(
    'POST',
    '/api/guidelines/{id}/follow-ups',
    { id: DRAFT },
    {
      title: 'Fördjupad uppföljning',
      opensOn: `${YEAR}-09-01`,
      closesOn: `${YEAR}-09-30`,
      preparationGroup: [owner],
    },
  );
  expect(later.headers.get('location')).toBe(`/api/guidelines/${DRAFT}/follow-ups/2`);
  await until('the second follow-up to start', async () => (await survey(2)).status === 200);
  const moved = await anna.call(
    'POST',
    '/api/guidelines/{id}/follow-ups/{n}/moves',
    { id: DRAFT, n: 2 },
    {
      opensOn: `${YEAR}-10-01`,
      closesOn: `${YEAR}-10-29`,
      decisionRef: `VVG ${today} §9`,
    },
  );
  expect(moved.body.plan).toMatchObject({ opensOn: `${YEAR}-10-01`, closesOn: `${YEAR}-10-29` });
  expect((await survey(2)).body.moves).toEqual([
    expect.objectContaining({ previous: { opensOn: `${YEAR}-09-01`, closesOn: `${YEAR}-09-30` } }),
  ]);
});

test("a secretary plans a year of meetings, puts an item with its documents on one, and records a held meeting's recommendation and a principal's decision", async () => {
  const planned = await sara.call('POST', '/api/meetings', {}, { body: 'VVG', year: YEAR });
  expect(planned.body.meetingIds).toEqual(VVG_MEETINGS.map((date) => `meeting/VVG/${date}`));
  const meeting = { body: 'VVG', date: VVG_MEETINGS[0] };
  expect((await sara.call('GET', '/api/meetings/{body}/{date}', meeting)).body).toMatchObject({ status: 'planned', items: [] });

  const added = await sara.call(
    'POST',
    '/api/meetings/{body}/{date}/items',
    meeting,
    item({ itemId: 'api-item', title: 'Riktlinje för samtycke', subject: { type: 'guideline', id: DRAFT } }),
  );
  expect(added.body.documentsMissing).toEqual(['api-item']);
  const documents = [{ title: 'Riktlinjen', link: 'https://example.org/samtycke.pdf' }];
  const submitted = await sara.call(
    'POST',
    '/api/meetings/{body}/{date}/items/{itemId}/documents',
    { ...meeting, itemId: 'api-item' },
    { documents },
  );
  expect(submitted.body.documentsMissing).toEqual([]);
  const agenda = (await sara.call('GET', '/api/meetings/{body}/{date}', meeting)).body;
  expect(agenda.items).toEqual([expect.objectContaining({ itemId: 'api-item', documents })]);

  const wheel = (await sara.call('GET', '/api/annual-wheel/{year}', { year: YEAR })).body;
  expect(wheel.meetings.find((m: { body: string; date: string }) => m.body === 'VVG' && m.date === VVG_MEETINGS[0])).toMatchObject({
    started: true,
    items: [{ itemId: 'api-item', subject: { type: 'guideline', id: DRAFT } }],
  });

  // Items go only on meetings ahead and decisions only on meetings held, so the held one is started with its agenda.
  const client = new Client({ connection });
  const recommendation = agendaItemSchema.parse(
    item({ itemId: 'api-recommend', title: 'Rekommendation om samtycke', subject: { type: 'guideline', id: DRAFT } }),
  );
  await ensureMeetingStarted(client, TASK_QUEUE, { ...meetingInputFor(bodies, 'SRO', HELD), items: [recommendation] });
  const held = { body: 'SRO', date: HELD };
  await until('the meeting to be held', async () => (await sara.call('GET', '/api/meetings/{body}/{date}', held)).body.status === 'held');
  const decided = await sara.call('POST', '/api/meetings/{body}/{date}/decisions', held, {
    outcome: 'recommend-principals',
    itemId: 'api-recommend',
    decideBy: days(60),
  });
  expect(decided.body).toMatchObject({
    outcome: 'recommend-principals',
    principals: 50,
    effects: { trackingWorkflowId: `meeting/SRO/${HELD}/principals/api-recommend` },
  });
  expect((await sara.call('GET', '/api/meetings/{body}/{date}', held)).body.items[0].decision).toMatchObject({
    outcome: 'recommend-principals',
  });

  const tracking = { ...held, itemId: 'api-recommend' };
  const recorded = await sara.call('POST', '/api/meetings/{body}/{date}/items/{itemId}/principals/decisions', tracking, {
    organisationId: 'kommun-boras',
    decision: 'adopted',
    decidedOn: today,
    reference: 'KS § 42',
  });
  expect(recorded.body).toEqual({ organisationId: 'kommun-boras', decided: 1, total: 50 });
  const progress = (await sara.call('GET', '/api/meetings/{body}/{date}/items/{itemId}/principals', tracking)).body;
  expect(progress.decisions['kommun-boras']).toMatchObject({ decision: 'adopted', reference: 'KS § 42' });
  expect(progress.progress).toMatchObject({ decided: 1, adopted: 1 });
  const closed = await sara.call('POST', '/api/meetings/{body}/{date}/items/{itemId}/principals/closure', tracking, {
    reason: 'Följs upp i nästa årsrapport',
  });
  expect(closed.body.status).toBe('closed');
  expect((await sara.call('GET', '/api/meetings/{body}/{date}/items/{itemId}/principals', tracking)).body.status).toBe('closed');
});

test('a commission: started, a milestone done and another moved, then completed', async () => {
  const started = await anna.call(
    'POST',
    '/api/commissions',
    {},
    {
      id: 'api-commission',
      title: 'Se över samtycket för barn',
      task: 'Föreslå ändringar i riktlinjen',
      commissionedBy: { body: 'VVG', date: today },
      group: [owner],
      milestones: [
        { id: 'm1', title: 'Nuläge', due: days(30) },
        { id: 'm2', title: 'Förslag', due: days(60) },
      ],
      reportBack: { body: 'VVG', date: VVG_MEETINGS[1] },
    },
  );
  expect(started.status).toBe(201);
  expect(started.headers.get('location')).toBe('/api/commissions/api-commission');
  const commission = { id: 'api-commission' };
  const done = await anna.call(
    'POST',
    '/api/commissions/{id}/milestones/{milestoneId}/completion',
    { ...commission, milestoneId: 'm1' },
    {
      completedOn: today,
    },
  );
  expect(done.body.milestones[0]).toMatchObject({ id: 'm1', status: 'completed', completedOn: today });
  const moved = await anna.call(
    'POST',
    '/api/commissions/{id}/milestones/{milestoneId}/moves',
    { ...commission, milestoneId: 'm2' },
    {
      due: days(75),
      reason: 'Gruppen behöver mer tid',
    },
  );
  expect(moved.body.milestones[1]).toMatchObject({ id: 'm2', due: days(75), moves: [expect.objectContaining({ previousDue: days(60) })] });
  const completed = await anna.call('POST', '/api/commissions/{id}/completion', commission, {
    completedOn: today,
    summary: 'Förslaget är klart',
  });
  expect(completed.body.status).toBe('completed');
  const shown = (await anna.call('GET', '/api/commissions/{id}', commission)).body;
  expect(shown).toMatchObject({
    status: 'completed',
    completion: { summary: 'Förslaget är klart' },
    reportBack: { date: VVG_MEETINGS[1] },
  });
});

test('an administrator syncs a yearly task, lists, shows and triggers it, and removes it', async () => {
  const task = { id: 'api-task', title: 'Årlig genomgång', description: 'Gå igenom årets riktlinjer', owner, on: { month: 3, day: 1 } };
  const synced = await adam.call('POST', '/api/yearly-tasks', {}, { tasks: [task] });
  expect(synced.body).toEqual({ synced: [{ scheduleId: 'yearly/api-task', change: 'created' }] });
  const listed = await until('the task to be listed', async () => {
    const page = (await adam.call('GET', '/api/yearly-tasks', { query: 'limit=10' })).body;
    return page.total === 1 ? page : undefined;
  });
  expect(listed.items[0]).toMatchObject({ scheduleId: 'yearly/api-task', task: { id: 'api-task', title: task.title }, paused: false });
  const shown = (await adam.call('GET', '/api/yearly-tasks/{id}', { id: 'api-task' })).body;
  expect(shown).toMatchObject({ timezone: 'Europe/Stockholm', calendar: { dayOfMonth: 1 } });

  const triggered = await adam.call('POST', '/api/yearly-tasks/{id}/runs', { id: 'api-task' });
  expect(triggered).toMatchObject({ status: 202, body: { scheduleId: 'yearly/api-task' } });
  await until(
    'the run to show',
    async () => (await adam.call('GET', '/api/yearly-tasks/{id}', { id: 'api-task' })).body.recentRuns.length === 1,
  );

  expect((await adam.call('DELETE', '/api/yearly-tasks/{id}', { id: 'api-task' })).status).toBe(204);
  const gone = await adam.call('GET', '/api/yearly-tasks/{id}', { id: 'api-task' });
  expect(gone.body.errors).toEqual([{ field: 'id', detail: "no yearly task 'api-task'" }]);
});

test("the ledger holds the guideline's transitions and the round's mail; the acts, who did them", async () => {
  const outcomes = (await anna.call('GET', '/api/ledger/outcomes', { query: `subject=${DRAFT}&limit=200` })).body;
  const kinds = outcomes.items.map((o: { kind: string }) => o.kind);
  for (const kind of ['consultation-opened', 'consultation-response', 'consultation-deadline-extended', 'consultation-closed']) {
    expect(kinds).toContain(kind);
  }
  expect(outcomes.items.every((o: { subject_id: string }) => o.subject_id === DRAFT)).toBe(true);
  expect(outcomes.items.find((o: { kind: string }) => o.kind === 'consultation-response').details).toMatchObject({
    organisationId: 'kommun-boras',
  });
  const firstTwo = (await anna.call('GET', '/api/ledger/outcomes', { query: `subject=${DRAFT}&limit=2` })).body;
  expect(firstTwo).toMatchObject({ total: outcomes.total, nextOffset: 2, items: outcomes.items.slice(0, 2) });

  const mails = await until('the invitations in the ledger', async () => {
    const page = (await anna.call('GET', '/api/ledger/mails', { query: `subject=${DRAFT}&limit=200` })).body;
    const recipients = page.items.map((m: { recipient: string }) => m.recipient);
    return ['boras', 'alingsas', 'vastkom'].every((org) => recipients.includes(`vardsamverkan@${org}.example`)) ? page : undefined;
  });
  expect(mails.items.every((m: { workflow_id: string }) => m.workflow_id.startsWith(`guideline/${DRAFT}`))).toBe(true);
  const alingsas = (await anna.call('GET', '/api/ledger/mails', { query: `subject=${DRAFT}&q=alingsas` })).body;
  expect(alingsas.items.length).toBeGreaterThan(0);
  for (const mail of alingsas.items) expect(mail).toMatchObject({ recipient: 'vardsamverkan@alingsas.example', version: '0.9' });
  const opened = (await anna.call('GET', '/api/ledger/outcomes', { query: `subject=${DRAFT}&q=consultation-opened` })).body;
  expect(opened.items.map((o: { kind: string }) => o.kind)).toEqual(['consultation-opened']);

  const acts = (await adam.call('GET', '/api/acts', { query: 'limit=200' })).body;
  expect(acts.items).toContainEqual(expect.objectContaining({ username: 'anna', act: 'consultation.answer', outcome: 'done' }));
  expect(acts.items).toContainEqual(expect.objectContaining({ username: 'sara', act: 'meeting.decide', outcome: 'done' }));
  expect(acts.items).toContainEqual(expect.objectContaining({ username: 'adam', act: 'yearlyTask.remove', outcome: 'done' }));
  const answers = (await adam.call('GET', '/api/acts', { query: `subject=${DRAFT}&q=answer` })).body;
  expect(answers.items.map((a: { act: string; target: string }) => [a.act, a.target])).toEqual([
    ['consultation.answer', `guideline/${DRAFT}/consultation/1`],
    ['consultation.answer', `guideline/${DRAFT}/consultation/1`],
  ]);
});

test('signing out ends the session', async () => {
  expect((await anna.call('DELETE', '/api/session')).status).toBe(204);
  expect((await anna.call('GET', '/api/session')).body.user).toBeNull();
});

test('every route of the OpenAPI document was called', () => {
  expect([...documented.routes].filter((route) => !exercised.has(route)).sort()).toEqual([]);
});
