import { Failure, RefusalType } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { seedGuideline } from '../support/consultationSubjects';
import { owner } from '../support/guidelines';
import { bodyOf, draftView, stubGuidelines, TestApp, testApp } from '../support/webApp';

const draft = {
  draft: true,
  id: 'expected-child',
  title: 'Riktlinje vid oro för ett väntat barn',
  kind: 'guideline',
  owner,
  responsibleBody: 'VVG',
};

const problemOf = async (response: Response) => {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as {
    type: string;
    title: string;
    status: number;
    detail?: string;
    errors?: Array<{ field?: string; detail: string }>;
  };
};

describe('the HTTP API: problems, acts, the guideline routes', () => {
  let web: TestApp;
  let stub: ReturnType<typeof stubGuidelines>;
  let failure: Error | undefined;

  beforeAll(async () => {
    stub = stubGuidelines({
      register: async (input) => {
        if (failure) throw failure;
        // As the workflow does once started: its row in the read model, which GET /api/guidelines/{id} reads.
        const view = draftView((input as { id: string }).id);
        await seedGuideline(web.db, view);
        return view;
      },
    });
    web = await testApp({ guidelines: stub.client });
  });
  afterAll(() => web.close());
  beforeEach(() => {
    stub.calls.length = 0;
    failure = undefined;
  });

  test('a process owner registers a draft: 201, its state and Location, the act recorded with the user', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    const response = await browser.postJson('/api/guidelines', draft, csrf);
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe('/api/guidelines/expected-child');
    expect(await response.json()).toMatchObject({ guidelineId: 'expected-child', status: 'draft' });
    expect(stub.calls).toEqual([
      { method: 'register', args: [expect.objectContaining({ draft: true, id: 'expected-child', title: draft.title })] },
    ]);

    const acts = await bodyOf(await browser.request('/api/acts'));
    expect(acts).toMatchObject({ total: 1, items: [{ act: 'guideline.register', target: 'expected-child', outcome: 'done' }] });
    expect(acts.items[0].username).toBe('process-owner-user');
  });

  test('a guideline in force is registered with the same input as the CLI, and read back by anyone signed in', async () => {
    const owning = await web.signedIn('admin');
    const inForce = { ...draft, draft: undefined, id: 'consent', validFrom: '2026-01-01', validUntil: '2028-12-31' };
    expect((await owning.browser.postJson('/api/guidelines', inForce, owning.csrf)).status).toBe(201);
    expect(stub.calls[0].args[0]).toMatchObject({ id: 'consent', validFrom: '2026-01-01', validUntil: '2028-12-31' });

    const { browser } = await web.signedIn('viewer');
    const shown = await browser.request('/api/guidelines/consent');
    expect(shown.status).toBe(200);
    expect(await shown.json()).toMatchObject({ guidelineId: 'consent' });
  });

  test('a body that fails its schema is 422 naming each field, and reaches no client', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    const response = await browser.postJson(
      '/api/guidelines',
      { ...draft, id: 'Not An Id', title: '', owner: { ...owner, email: 'nope' } },
      csrf,
    );
    expect(response.status).toBe(422);
    const p = await problemOf(response);
    expect(p).toMatchObject({ type: '/api/problems/invalid-input', status: 422 });
    expect(p.errors?.map((e) => e.field)).toEqual(['id', 'title', 'owner.email']);
    expect(p.errors?.find((e) => e.field === 'owner.email')?.detail).toBe('must be an e-mail address');
    // Validity is checked by the same refinement as the CLI's.
    const backwards = await browser.postJson(
      '/api/guidelines',
      { ...draft, draft: false, validFrom: '2027-01-01', validUntil: '2026-01-01' },
      csrf,
    );
    expect((await problemOf(backwards)).errors).toEqual([{ field: 'validUntil', detail: 'must be after validFrom' }]);
    const malformedId = await browser.request('/api/guidelines/Not%20An%20Id');
    expect((await problemOf(malformedId)).errors?.map((e) => e.field)).toEqual(['id']);
    expect(stub.calls).toEqual([]);
  });

  test.each<[RefusalType, number]>([
    [Failure.InvalidInput, 422],
    [Failure.WrongState, 409],
    [Failure.NotFound, 404],
    [Failure.Busy, 503],
  ])("the typed client's %s refusal is %i with its field named", async (type, status) => {
    const { browser, csrf } = await web.signedIn('process-owner');
    failure = new ValidationError(["owner.organisationId: unknown organisation 'atlantis'"], type);
    const response = await browser.postJson('/api/guidelines', draft, csrf);
    expect(response.status).toBe(status);
    expect((await problemOf(response)).errors).toEqual([{ field: 'owner.organisationId', detail: "unknown organisation 'atlantis'" }]);
    expect(response.headers.get('retry-after')).toBe(status === 503 ? '1' : null);
    const acts = await bodyOf(await browser.request('/api/acts?limit=1'));
    expect(acts.items[0]).toMatchObject({ act: 'guideline.register', outcome: type });
  });

  test('an unexpected error is 500 and shows nothing internal', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    failure = new Error('connect ECONNREFUSED 127.0.0.1:7233 at /srv/secret/path.ts');
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await browser.postJson('/api/guidelines', draft, csrf);
    quiet.mockRestore();
    expect(response.status).toBe(500);
    const text = JSON.stringify(await problemOf(response));
    expect(text).not.toMatch(/ECONNREFUSED|secret|7233/);
  });

  test('unknown routes are 404 problems; malformed JSON is 400; a body over a megabyte 413; one that is not JSON 415', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    expect((await problemOf(await browser.request('/api/nothing-here'))).status).toBe(404);
    const malformed = await browser.request('/api/guidelines', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: '{"id":',
    });
    expect((await problemOf(malformed)).status).toBe(400);
    const huge = await browser.postJson('/api/guidelines', { ...draft, title: 'x'.repeat(2 * 1024 * 1024) }, csrf);
    expect((await problemOf(huge)).status).toBe(413);
    const text = await browser.request('/api/guidelines', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-csrf-token': csrf },
      body: 'hi',
    });
    expect((await problemOf(text)).status).toBe(415);
    expect(stub.calls).toEqual([]);
  });

  test('lists are paged: a limit with a maximum, an offset, the total and where the next page starts', async () => {
    const { browser } = await web.signedIn('viewer');
    const all = await bodyOf(await browser.request('/api/acts?limit=200'));
    expect(all.total).toBeGreaterThan(2);
    const first = await bodyOf(await browser.request('/api/acts?limit=2'));
    expect(first).toMatchObject({ limit: 2, offset: 0, total: all.total, nextOffset: 2 });
    expect(first.items).toEqual(all.items.slice(0, 2));
    const last = await bodyOf(await browser.request(`/api/acts?limit=2&offset=${all.total - 1}`));
    expect(last.items).toEqual(all.items.slice(-1));
    expect(last.nextOffset).toBeUndefined();
    const tooMany = await browser.request('/api/acts?limit=201');
    expect((await problemOf(tooMany)).errors?.map((e) => e.field)).toEqual(['limit']);
  });

  test('the OpenAPI 3.1 document comes from the schemas, names each act, and has an interactive page', async () => {
    const browser = web.browser();
    const doc = await bodyOf(await browser.request('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/acts',
      '/api/annual-wheel/{year}',
      '/api/commissions',
      '/api/commissions/{id}',
      '/api/commissions/{id}/completion',
      '/api/commissions/{id}/milestones/{milestoneId}/completion',
      '/api/commissions/{id}/milestones/{milestoneId}/moves',
      '/api/forecast',
      '/api/guidelines',
      '/api/guidelines/{id}',
      '/api/guidelines/{id}/adoption',
      '/api/guidelines/{id}/extensions',
      '/api/guidelines/{id}/follow-ups',
      '/api/guidelines/{id}/follow-ups/{n}',
      '/api/guidelines/{id}/follow-ups/{n}/moves',
      '/api/guidelines/{id}/follow-ups/{n}/submissions',
      '/api/guidelines/{id}/implementations',
      '/api/guidelines/{id}/implementations/{n}',
      '/api/guidelines/{id}/implementations/{n}/confirmations',
      '/api/guidelines/{id}/retirement',
      '/api/guidelines/{id}/rounds',
      '/api/guidelines/{id}/rounds/{round}',
      '/api/guidelines/{id}/rounds/{round}/answers',
      '/api/guidelines/{id}/rounds/{round}/answers.csv',
      '/api/guidelines/{id}/rounds/{round}/answers.xlsx',
      '/api/guidelines/{id}/rounds/{round}/closure',
      '/api/guidelines/{id}/rounds/{round}/extensions',
      '/api/guidelines/{id}/rounds/{round}/recipients',
      '/api/guidelines/{id}/rounds/{round}/withdrawals',
      '/api/ledger/mails',
      '/api/ledger/outcomes',
      '/api/meetings',
      '/api/meetings/{body}/{date}',
      '/api/meetings/{body}/{date}/decisions',
      '/api/meetings/{body}/{date}/items',
      '/api/meetings/{body}/{date}/items/{itemId}/documents',
      '/api/meetings/{body}/{date}/items/{itemId}/principals',
      '/api/meetings/{body}/{date}/items/{itemId}/principals/closure',
      '/api/meetings/{body}/{date}/items/{itemId}/principals/decisions',
      '/api/overview',
      '/api/session',
      '/api/yearly-tasks',
      '/api/yearly-tasks/{id}',
      '/api/yearly-tasks/{id}/runs',
    ]);
    const register = doc.paths['/api/guidelines'].post;
    expect(register['x-act']).toBe('guideline.register');
    expect(register.security).toEqual([{ session: [], csrf: [] }]);
    expect(register.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/GuidelineRegistration' });
    expect(doc.components.schemas.GuidelineRegistration.oneOf).toHaveLength(2);
    expect(Object.keys(register.responses).sort()).toEqual(['201', '401', '403', '404', '409', '422', '500', '503']);
    expect(doc.paths['/api/guidelines/{id}'].get['x-act']).toBe('read');
    expect(doc.components.securitySchemes.csrf).toEqual({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
    const docs = await browser.request('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/api/openapi.json');
  });

  test('the app loads whatever loaded the domain schemas first (the process of npm run api does)', () => {
    jest.isolateModules(() => {
      require('../../domain/guideline/guideline');
      expect(() => require('../../client/api/app')).not.toThrow();
    });
  });
});
