import { Ledger } from '../../activities/ledger';
import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { ClientCall, stubClients } from '../support/apiStubs';
import { draft, NOW, registerScenario, seed } from '../support/guidelineSubjects';
import { sectionText, textOf } from '../support/pageText';
import { bodyOf, draftView, TestApp, testApp } from '../support/webApp';

const PAGE = '/guidelines/accompanying-staff';

describe("a guideline's page, from the read model and the ledger: its facts, its whole life, and the decisions on it", () => {
  let web: TestApp;
  let calls: ClientCall[];
  const answers: Record<string, (...args: unknown[]) => unknown> = {};

  beforeAll(async () => {
    const stubs = stubClients({ guidelines: answers });
    calls = stubs.calls;
    web = await testApp({ clients: stubs.clients, now: () => NOW });
    await seed(web.db, ...registerScenario(), draft('new-draft', 'Rutin för läkemedelsgenomgång'));
    const ledger = new Ledger(web.sqliteFile);
    try {
      ledger.recordOutcome({
        key: 'guideline/accompanying-staff|registered',
        workflow_id: 'guideline/accompanying-staff',
        subject_id: 'accompanying-staff',
        kind: 'registered',
        occurred_at: '2026-11-20T10:00:00.000Z',
        details: JSON.stringify({
          guideline: { id: 'accompanying-staff', version: '1.0', validFrom: '2027-01-01', validUntil: '2029-12-31' },
        }),
        recorded_at: '2026-11-20T10:00:00.100Z',
      });
      ledger.recordOutcome({
        key: 'guideline/accompanying-staff|extended|2030-06-30',
        workflow_id: 'guideline/accompanying-staff',
        subject_id: 'accompanying-staff',
        kind: 'extended',
        occurred_at: '2029-12-10T13:00:00.000Z',
        details: JSON.stringify({ validUntil: '2030-06-30', version: '2.0', period: 2 }),
        recorded_at: '2029-12-10T13:00:00.100Z',
      });
      const mail = (workflowId: string, template: string, recipient: string, dueAt: string) =>
        ledger.recordMail({
          key: `${workflowId}|${template}|${recipient}|${dueAt}`,
          workflow_id: workflowId,
          template,
          recipient,
          subject: 'Påminnelse',
          message_id: `<${recipient}@example.org>`,
          due_at: dueAt,
          sent_at: dueAt.replace(':00.000Z', ':01.000Z'),
        });
      for (const to of ['anna.andersson@vgregion.example', 'ben.berg@boras.example']) {
        mail('guideline/accompanying-staff', 'expiry-reminder', to, '2029-07-01T06:00:00.000Z');
      }
      mail(
        'guideline/accompanying-staff/implementation/1',
        'implementation-reminder',
        'vardsamverkan@skaraborg.example',
        '2030-02-25T07:00:00.000Z',
      );
      // Another guideline's whose id begins alike is not this one's.
      mail('guideline/accompanying-staff-two', 'expiry-reminder', 'someone@example.org', '2029-08-01T06:00:00.000Z');
    } finally {
      ledger.close();
    }
  });
  afterAll(() => web.close());
  beforeEach(() => {
    calls.length = 0;
    for (const key of Object.keys(answers)) delete answers[key];
  });

  test('its facts, its validity periods, and its life so far: registration, extension, every reminder sent with its recipients', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request(PAGE)).text();
    expect(html).toContain('<h1>Riktlinje för medföljande personal</h1>');
    expect(textOf(html)).toContain(
      'Status Gäller Id accompanying-staff Typ Riktlinje Ansvarigt organ VVG Ägare Anna Andersson, process owner (anna.andersson@vgregion.example) ' +
        'Prenumeranter Ben Berg Giltighet 1 januari 2027 – 30 juni 2030 Version 2.0',
    );
    expect(sectionText(html, 'periods', 'timeline')).toBe(
      'Giltighetsperioder Period Från och med Till och med Beslut 1 1 januari 2027 31 december 2029 2 1 januari 2030 30 juni 2030 VVG 2029-12-10 §5',
    );
    const past = textOf(html.slice(html.indexOf('Det som har hänt'), html.indexOf('Det som kommer')));
    expect(past).toBe(
      'Det som har hänt ' +
        '20 november 2026 Registrerad som gällande ' +
        '1 juli 2029 kl. 08:00 Skickat: Påminnelse om att giltigheten upphör (version 1.0) 2 mottagare anna.andersson@vgregion.example ben.berg@boras.example ' +
        '10 december 2029 Giltigheten förlängd: giltig till och med 30 juni 2030 (tidigare till och med 31 december 2029); beslut VVG 2029-12-10 §5. ' +
        'Förlängs i väntan på revidering; version 2.0; redaktionella ändringar: Nya kontaktuppgifter ' +
        '25 februari 2030 kl. 08:00 Skickat: Påminnelse om att bekräfta införandet (gäller Införande 1) (version 2.0) 1 mottagare vardsamverkan@skaraborg.example',
    );
    expect(html).toContain('<a href="/guidelines/accompanying-staff/implementations/1">Införande 1</a>');
  });

  test('what is to come: its implementation deadline, and every reminder the engine will send, with its recipients', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request(PAGE)).text();
    const ahead = textOf(html.slice(html.indexOf('Det som kommer')));
    expect(ahead).toContain(
      '1 april 2030 kl. 08:00 Planerat: Påminnelse om att giltigheten upphör 2 mottagare Anna Andersson <anna.andersson@vgregion.example> Ben Berg <ben.berg@boras.example>',
    );
    expect(ahead).toContain('31 maj 2030 kl. 08:00 Planerat: Påminnelse om att giltigheten upphör 2 mottagare');
    expect(ahead).toContain('25 mars 2030 Införande 1 (pågår): ska vara infört 25 mars 2030; 1 av 6 har bekräftat');
    expect(ahead).toContain(
      '11 mars 2030 kl. 08:00 Planerat: Påminnelse om att bekräfta införandet (gäller Införande 1) 5 mottagare Vårdsamverkan Skaraborg',
    );
    expect(ahead).toContain('1 augusti 2030 kl. 08:00 Planerat: Besked om att riktlinjen har upphört 1 mottagare VVG:s sekreterare');
    expect(html).toContain('<details><summary>2 mottagare</summary>');
  });

  test("a draft on a round: the round's progress with a link to it, and its reminder to those still silent", async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/guidelines/consent')).text();
    expect(textOf(html)).toContain('Remissomgång 1 (pågår): sista svarsdag 20 mars 2030; 1 av 3 har svarat');
    expect(html).toContain('<a href="/guidelines/consent/rounds/1">Remissomgång 1</a>');
    const ahead = textOf(html.slice(html.indexOf('Det som kommer')));
    expect(ahead).toContain('15 mars 2030 kl. 08:00 Planerat: Påminnelse om remissvar (gäller Remissomgång 1) 2 mottagare');
    expect(ahead).not.toContain('vardsamverkan@boras.example');
    expect(html).not.toContain('<h2 id="periods">');
  });

  test.each([
    ['viewer', 'accompanying-staff', []],
    ['process-owner', 'accompanying-staff', ['extensions/new', 'retirement/new', 'implementations/new', 'follow-ups/new']],
    ['secretary', 'accompanying-staff', ['extensions/new', 'retirement/new']],
    ['preparation-group', 'accompanying-staff', []],
    ['process-owner', 'new-draft', ['adoption/new', 'retirement/new', 'rounds/new']],
    ['process-owner', 'consent', []],
    ['secretary', 'self-care', ['extensions/new', 'retirement/new']],
    ['admin', 'old-agreement', []],
  ] as const)('a %s on %s is offered only what the role and the state allow', async (role, id, offered) => {
    const { browser } = await web.signedIn(role);
    const html = await (await browser.request(`/guidelines/${id}`)).text();
    const links = [...html.matchAll(/<a class="button" href="\/guidelines\/[a-z-]+\/([a-z-]+\/new)">/g)].map((m) => m[1]);
    expect(links).toEqual(offered);
    expect(html.includes('<h2 id="actions">')).toBe(offered.length > 0);
  });

  test('an unknown guideline, or an id that cannot be one, is a 404 page', async () => {
    const { browser } = await web.signedIn('viewer');
    for (const path of ['/guidelines/no-such', '/guidelines/Not%20An%20Id', '/guidelines/no-such/extensions/new']) {
      const response = await browser.request(path);
      expect(response.status).toBe(path.endsWith('/new') ? 403 : 404);
    }
    const { browser: secretary } = await web.signedIn('secretary');
    expect((await secretary.request('/guidelines/no-such/extensions/new')).status).toBe(404);
  });

  test('extending: the form shows the current end; refused input is named at its field, with 422, and nothing is done', async () => {
    const { browser, csrf } = await web.signedIn('secretary');
    const form = await (await browser.request(`${PAGE}/extensions/new`)).text();
    expect(textOf(form)).toContain('Gäller i dag till och med 30 juni 2030.');
    expect(form).toContain('<form class="stack" method="post" action="/guidelines/accompanying-staff/extensions" novalidate="">');
    const refused = await browser.postForm(`${PAGE}/extensions`, { _csrf: csrf, validUntil: '2031-02-30', decisionRef: '', note: '' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('<a href="#f-validUntil">Ny sista giltiga dag: <span lang="en">');
    expect(html).toContain('<a href="#f-decisionRef">Beslut: <span lang="en">is required (for example the minutes paragraph)</span></a>');
    expect(html).toContain('<a href="#f-note">Motivering: <span lang="en">is required</span></a>');
    expect(html).toContain('value="2031-02-30"');
    expect(calls).toEqual([]);
  });

  test('extending: done through the typed client, recorded as the act of whoever did it, then back to the page', async () => {
    answers.extend = () => draftView('accompanying-staff');
    const { browser, csrf } = await web.signedIn('secretary');
    const response = await browser.postForm(`${PAGE}/extensions`, {
      _csrf: csrf,
      validUntil: '2031-12-31',
      decisionRef: 'VVG 2030-03-10 §4',
      note: 'Förlängs oförändrad',
      version: ' ',
      editorialChanges: '',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(PAGE);
    expect(calls.map((c) => [c.method, ...c.args])).toEqual([
      ['extend', 'accompanying-staff', { validUntil: '2031-12-31', decisionRef: 'VVG 2030-03-10 §4', note: 'Förlängs oförändrad' }],
    ]);
    const acts = await bodyOf(await browser.request('/api/acts?limit=1'));
    expect(acts.items[0]).toMatchObject({
      username: 'secretary-user',
      act: 'guideline.extend',
      target: 'accompanying-staff',
      outcome: 'done',
    });
  });

  test("extending: the guideline's own refusal in its state comes back at its field with 409", async () => {
    answers.extend = () => {
      throw new ValidationError(['validUntil: must be after the current end of validity 2030-06-30'], Failure.WrongState);
    };
    const { browser, csrf } = await web.signedIn('process-owner');
    const response = await browser.postForm(`${PAGE}/extensions`, {
      _csrf: csrf,
      validUntil: '2030-05-31',
      decisionRef: 'VVG §4',
      note: 'Kortare',
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain(
      '<a href="#f-validUntil">Ny sista giltiga dag: <span lang="en">must be after the current end of validity 2030-06-30</span></a>',
    );
    expect(html).toContain('aria-describedby="f-validUntil-hint f-validUntil-error" aria-invalid="true"');
  });

  test('adopting a draft: the form, then the decision through the typed client', async () => {
    answers.adopt = () => draftView('new-draft');
    const { browser, csrf } = await web.signedIn('process-owner');
    expect((await browser.request('/guidelines/new-draft/adoption/new')).status).toBe(200);
    const response = await browser.postForm('/guidelines/new-draft/adoption', {
      _csrf: csrf,
      validFrom: '2030-04-01',
      validUntil: '2032-03-31',
      decisionRef: 'SRO 2030-03-15 §2',
      note: '',
    });
    expect(response.headers.get('location')).toBe('/guidelines/new-draft');
    expect(calls.map((c) => [c.method, ...c.args])).toEqual([
      ['adopt', 'new-draft', { validFrom: '2030-04-01', validUntil: '2032-03-31', decisionRef: 'SRO 2030-03-15 §2' }],
    ]);
  });

  test('a decision its state refuses is refused on its form at once, with 409, naming why', async () => {
    const { browser } = await web.signedIn('process-owner');
    const response = await browser.request(`${PAGE}/adoption/new`);
    expect(response.status).toBe(409);
    expect(textOf(await response.text())).toContain(
      'status: the guideline is in-force; only a draft or a guideline awaiting a decision can be adopted',
    );
    const retired = await browser.request('/guidelines/old-agreement/retirement/new');
    expect(retired.status).toBe(409);
  });

  test('retiring: a role that may not is refused with 403 and sees no button; one that may retires through the client', async () => {
    const viewer = await web.signedIn('viewer');
    expect((await viewer.browser.request('/guidelines/self-care/retirement/new')).status).toBe(403);
    expect((await viewer.browser.postForm('/guidelines/self-care/retirement', { _csrf: viewer.csrf, reason: 'Ersatt' })).status).toBe(403);
    expect(await (await viewer.browser.request('/guidelines/self-care')).text()).not.toContain('retirement/new');
    expect(calls).toEqual([]);

    answers.retire = () => draftView('self-care');
    const { browser, csrf } = await web.signedIn('secretary');
    const response = await browser.postForm('/guidelines/self-care/retirement', {
      _csrf: csrf,
      reason: 'Ersatt av en ny rutin',
      decisionRef: '',
    });
    expect(response.headers.get('location')).toBe('/guidelines/self-care');
    expect(calls.map((c) => [c.method, ...c.args])).toEqual([['retire', 'self-care', { reason: 'Ersatt av en ny rutin' }]]);
  });

  test('a form without its CSRF token is refused and nothing is done', async () => {
    const { browser } = await web.signedIn('secretary');
    expect((await browser.postForm('/guidelines/self-care/retirement', { reason: 'Ersatt' })).status).toBe(403);
    expect(calls).toEqual([]);
  });

  test('in English', async () => {
    const { browser } = await web.signedIn('process-owner');
    await browser.request('/language/en');
    const html = await (await browser.request(PAGE)).text();
    expect(html).toContain('<span class="status">In force</span>');
    expect(textOf(html)).toContain('Actions Extend the validity Retire the guideline Plan an implementation Plan a follow-up');
    expect(textOf(html)).toContain('1 April 2030 at 08:00 Planned: Reminder that the validity ends 2 recipients');
    const form = await (await browser.request(`${PAGE}/extensions/new`)).text();
    expect(form).toContain('<label for="f-validUntil">New last valid day</label>');
  });
});
