import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { ClientCall, stubClients } from '../support/apiStubs';
import { GUIDELINE, openRound, seedGuideline, seedRound } from '../support/consultationSubjects';
import { owner } from '../support/guidelines';
import { bodyOf, Browser, draftView, TestApp, testApp } from '../support/webApp';

/*
 * A consultation round's pages in-process: the round read from the read model (seeded as its workflow would
 * write it), its acts through stubbed typed clients. What the page shows, each form's refusal at its field with
 * no client called, what a role that may not act sees and gets, and both languages.
 */

const ROUND = `/guidelines/${GUIDELINE}/rounds/1`;
const NOW = new Date('2097-02-10T10:00:00Z');

/** The part of a page inside `<section aria-labelledby="id">`. */
const section = (html: string, id: string) => {
  const m = new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(html);
  if (!m) throw new Error(`no section ${id}`);
  return m[1];
};
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

/** What each method of the stubbed consultation client answers, set by the test that calls it. */
const answers: Record<string, (...args: unknown[]) => unknown> = {};

describe("a consultation round's pages", () => {
  let web: TestApp;
  let calls: ClientCall[];

  beforeAll(async () => {
    const stubs = stubClients({ consultations: answers });
    calls = stubs.calls;
    web = await testApp({ clients: stubs.clients, now: () => NOW });
    await seedGuideline(web.db);
    await seedRound(web.db, openRound());
  });
  afterAll(() => web.close());
  beforeEach(() => {
    calls.length = 0;
    for (const method of Object.keys(answers)) delete answers[method];
  });

  // Signing in hashes a password with scrypt, which is slow by design: once per role.
  const sessions = new Map<string, Promise<{ browser: Browser; csrf: string }>>();
  const session = (role: 'process-owner' | 'preparation-group' | 'viewer') => {
    if (!sessions.has(role)) sessions.set(role, web.signedIn(role));
    return sessions.get(role)!;
  };
  const page = async (role: 'process-owner' | 'preparation-group' | 'viewer', url = ROUND) => {
    const response = await (await session(role)).browser.request(url);
    return { status: response.status, html: await response.text() };
  };
  const post = async (
    url: string,
    fields: Record<string, string>,
    role: 'process-owner' | 'preparation-group' | 'viewer' = 'process-owner',
  ) => {
    const { browser, csrf } = await session(role);
    return browser.postForm(url, { _csrf: csrf, ...fields });
  };

  describe('the round, read from the read model', () => {
    test('its document, opening day, deadline as given and in force with the rule that moved it, extension and process owner', async () => {
      const { status, html } = await page('viewer');
      expect(status).toBe(200);
      expect(html).toContain('<h1>Remissomgång 1: Riktlinje vid oro för ett väntat barn</h1>');
      expect(html).toContain('<span class="status">Öppen för svar</span>');
      expect(html).toContain(
        '<a href="https://samverkan.example/vantat-barn.pdf">Riktlinje vid oro för ett väntat barn</a>, remissversion 1',
      );
      expect(html).toContain('<time datetime="2097-01-07">7 januari 2097</time>');
      expect(html).toContain(
        '<dd class="deadline"><time datetime="2097-03-02">2 mars 2097</time> är en ledig dag och flyttas till nästa vardag: <strong><time datetime="2097-03-04">4 mars 2097</time></strong></dd>',
      );
      expect(html).toContain(
        'förlängd från <time datetime="2097-02-28">28 februari 2097</time> till <time datetime="2097-03-02">2 mars 2097</time>. Fler kommuner behöver tid',
      );
      expect(html).toContain(`${owner.name}, ${owner.role} (<a href="mailto:${owner.email}">${owner.email}</a>)`);
      expect(html).toContain(`<a href="/guidelines/${GUIDELINE}">Till riktlinjen</a>`);
    });

    test('a deadline in force as given is stated once, with no move', async () => {
      await seedRound(web.db, openRound({ round: 3, deadline: '2097-03-04', deadlineInForce: '2097-03-04' }));
      const { html } = await page('viewer', `/guidelines/${GUIDELINE}/rounds/3`);
      expect(html).toContain('<dd class="deadline"><time datetime="2097-03-04">4 mars 2097</time></dd>');
    });

    test('the progress bar counts the answers of those not withdrawn; the late ones are counted', async () => {
      const { html } = await page('viewer');
      expect(html).toContain('<progress max="6" value="3" aria-label="Andel mottagare som har svarat" aria-valuetext="3 av 6 (50 %)">');
      expect(html).toContain('1 svar kom in efter sista svarsdag.');
    });

    test('exactly the silent organisations, by sub-region, each with its contact; withdrawn ones are not silent', async () => {
      const silent = section((await page('viewer')).html, 'silent-title');
      expect(silent).toContain('Har inte svarat (3)');
      expect(all(silent, /<h3>([^<]+)<\/h3>/g)).toEqual(['Fyrbodal', 'Södra Älvsborg', 'Regionens förvaltningar']);
      expect(all(silent, /data-organisation="([^"]+)"/g)).toEqual(['kommun-uddevalla', 'kommun-mark', 'vgr-habilitering-halsa']);
      expect(silent).toContain(
        'Kontakt: Registrator Mark, <a href="mailto:registrator@kommun-mark.example">registrator@kommun-mark.example</a>',
      );
    });

    test('every organisation grouped by sub-region (named from the directory), then the administrations, each with its status', async () => {
      const organisations = section((await page('viewer')).html, 'organisations-title');
      expect(all(organisations, /<h3 id="group-([^"]+)">/g)).toEqual(['fyrbodal', 'simba', 'sodra-alvsborg', 'regional-administration']);
      // A group whose only organisation was withdrawn counts nobody.
      expect(organisations).toContain('<h3 id="group-simba">SIMBA (Kungälv, Ale, Stenungsund, Tjörn)</h3>');
      expect(organisations).toContain('Fyrbodal<span class="group-count"> (1 av 2 har svarat)</span>');
      expect([...organisations.matchAll(/<tr data-organisation="([^"]+)" data-status="([^"]+)">/g)].map((m) => [m[1], m[2]])).toEqual([
        ['kommun-bengtsfors', 'answered'],
        ['kommun-uddevalla', 'not-answered'],
        ['kommun-ale', 'withdrawn'],
        ['kommun-boras', 'answered'],
        ['kommun-mark', 'not-answered'],
        ['vgr-narhalsan', 'answered'],
        ['vgr-habilitering-halsa', 'not-answered'],
      ]);
      const row = (id: string) => new RegExp(`<tr data-organisation="${id}"[\\s\\S]*?</tr>`).exec(organisations)![0];
      expect(row('kommun-bengtsfors')).toContain('<th scope="row">Bengtsfors</th>');
      expect(row('kommun-bengtsfors')).toContain(
        '<td>Synpunkter</td><td><time datetime="2097-02-03">3 februari 2097</time></td><td>Dnr 2097/14</td>',
      );
      expect(row('kommun-bengtsfors')).toContain('<p class="comment">Förtydliga ansvaret vid utskrivning.\nSe bilaga.</p>');
      expect(row('vgr-narhalsan')).toContain(
        '<td>Avstår</td><td><time datetime="2097-03-05">5 mars 2097</time><span class="late">Sent inkommet</span></td>',
      );
      expect(row('kommun-uddevalla')).toContain('<span class="recipient-status not-answered">Har inte svarat</span>');
      expect(row('kommun-ale')).toContain('<span class="recipient-status withdrawn">Borttagen</span>');
    });

    test('the reminders to come, to those still silent, and the exports through the API', async () => {
      const { html } = await page('viewer');
      const reminders = section(html, 'reminders-title');
      expect(reminders).toContain(
        '<td><time datetime="2097-02-27">27 februari 2097</time></td><td>3</td><td>de 3 som inte har svarat</td>',
      );
      expect(html).toContain(`<a href="/api/guidelines/${GUIDELINE}/rounds/1/answers.csv" download="">`);
      expect(html).toContain(`<a href="/api/guidelines/${GUIDELINE}/rounds/1/answers.xlsx" download="">`);
    });

    test('in English on the switch', async () => {
      const { browser } = await session('viewer');
      await browser.request(`/language/en?back=${encodeURIComponent(ROUND)}`);
      try {
        const html = await (await browser.request(ROUND)).text();
        expect(html).toMatch(/<html lang="en">/);
        expect(html).toContain('<h1>Consultation round 1: Riktlinje vid oro för ett väntat barn</h1>');
        expect(html).toContain(
          'is a day off and moves to the next business day: <strong><time datetime="2097-03-04">4 March 2097</time></strong>',
        );
        expect(html).toContain('aria-valuetext="3 of 6 (50 %)"');
        expect(section(html, 'silent-title')).toContain('Not answered (3)');
        expect(html).toContain('<h3 id="group-regional-administration">The region&#39;s administrations');
        expect(html).toContain('<td>Declines</td>');
        expect(html).toContain('<span class="late">Late</span>');
      } finally {
        await browser.request('/language/sv?back=%2F');
      }
    });

    test('an unknown round, a round that is not a number and an unknown guideline are 404 pages', async () => {
      for (const url of [`/guidelines/${GUIDELINE}/rounds/9`, `/guidelines/${GUIDELINE}/rounds/first`, '/guidelines/no-such/rounds/1']) {
        const { status, html } = await page('viewer', url);
        expect({ url, status }).toEqual({ url, status: 404 });
        expect(html).toContain('<h1>Sidan finns inte</h1>');
      }
    });

    test('a viewer sees no form; a preparation group only the answer form; a process owner every act', async () => {
      const forms = (html: string) => all(html, /<form class="stack" method="post" action="([^"]+)"/g);
      expect(forms((await page('viewer')).html)).toEqual([]);
      expect(forms((await page('preparation-group')).html)).toEqual([`${ROUND}/answers`]);
      expect(forms((await page('process-owner')).html)).toEqual(
        ['answers', 'extensions', 'recipients', 'withdrawals', 'closure'].map((p) => `${ROUND}/${p}`),
      );
    });

    test('the answer and withdrawal forms offer the organisations still on the round; the addition form the others', async () => {
      const { html } = await page('process-owner');
      const options = (name: string) => {
        const select = new RegExp(`<select id="f-${name}"[\\s\\S]*?</select>`).exec(html)![0];
        return all(select, /<option value="([^"]*)"/g).filter(Boolean);
      };
      const onRound = ['kommun-bengtsfors', 'kommun-boras', 'vgr-habilitering-halsa', 'kommun-mark', 'vgr-narhalsan', 'kommun-uddevalla'];
      expect(options('answer-organisationId')).toEqual(onRound);
      expect(options('withdrawal-organisationId')).toEqual(onRound);
      expect(options('addition-organisationId')).toContain('kommun-ale');
      expect(options('addition-organisationId')).not.toContain('kommun-boras');
    });

    test('a closed round shows why it was closed and no forms', async () => {
      await seedRound(web.db, openRound({ round: 2, status: 'closed', closeReason: 'Alla har haft tid att svara' }));
      const { html } = await page('process-owner', `/guidelines/${GUIDELINE}/rounds/2`);
      expect(html).toContain('<span class="status">Avslutad</span>');
      expect(html).toContain('<dd>Alla har haft tid att svara</dd>');
      expect(html).not.toContain('<form class="stack"');
    });

    test('a round that has not opened takes no answers yet; it can still be extended', async () => {
      await seedRound(web.db, openRound({ round: 4, status: 'scheduled' }));
      const { html } = await page('process-owner', `/guidelines/${GUIDELINE}/rounds/4`);
      expect(html).toContain('Svar kan registreras när remissen har öppnat.');
      expect(html).not.toContain('/rounds/4/answers"');
      expect(html).toContain('/rounds/4/extensions"');
    });
  });

  describe('the acts on the round', () => {
    const cases: Array<{
      act: string;
      path: string;
      fields: Record<string, string>;
      method: string;
      args: unknown[];
      refused: Record<string, string>;
      summary: string;
    }> = [
      {
        act: 'answer',
        path: 'answers',
        fields: {
          'answer.organisationId': 'kommun-mark',
          'answer.kind': 'comments',
          'answer.receivedOn': '2097-02-09',
          'answer.text': 'Bra förslag',
          'answer.documentRef': '',
        },
        method: 'recordResponse',
        args: [{ organisationId: 'kommun-mark', kind: 'comments', receivedOn: '2097-02-09', text: 'Bra förslag' }],
        refused: { 'answer.organisationId': 'kommun-mark', 'answer.kind': 'maybe', 'answer.receivedOn': '2097-02-30' },
        summary: '<a href="#f-answer-kind">Registrera svar: Typ av svar: <span lang="en">',
      },
      {
        act: 'extension',
        path: 'extensions',
        fields: { 'extension.deadline': '2097-03-15', 'extension.reason': 'Kommunerna behöver tid' },
        method: 'extendDeadline',
        args: [{ deadline: '2097-03-15', reason: 'Kommunerna behöver tid' }],
        refused: { 'extension.deadline': '2097-03-15', 'extension.reason': '' },
        summary: '<a href="#f-extension-reason">Förläng svarstiden: Skäl: <span lang="en">',
      },
      {
        act: 'addition',
        path: 'recipients',
        fields: { 'addition.organisationId': 'kommun-lerum' },
        method: 'addRecipient',
        args: ['kommun-lerum'],
        refused: { 'addition.organisationId': '' },
        summary: '<a href="#f-addition-organisationId">Lägg till mottagare: Organisation: <span lang="en">',
      },
      {
        act: 'withdrawal',
        path: 'withdrawals',
        fields: { 'withdrawal.organisationId': 'kommun-mark', 'withdrawal.reason': 'Berörs inte' },
        method: 'withdrawRecipient',
        args: [{ organisationId: 'kommun-mark', reason: 'Berörs inte' }],
        refused: { 'withdrawal.organisationId': 'kommun-mark', 'withdrawal.reason': '' },
        summary: '<a href="#f-withdrawal-reason">Ta bort mottagare: Skäl: <span lang="en">',
      },
      {
        act: 'closure',
        path: 'closure',
        fields: { 'closure.reason': '' },
        method: 'close',
        args: [{}],
        refused: { 'closure.reason': 'x'.repeat(2001) },
        summary: '<a href="#f-closure-reason">Avsluta remissomgången: Sammanfattning eller skäl: <span lang="en">',
      },
    ];
    const each = cases.map((c) => [c.act, c] as const);

    test.each(each)('%s: through the typed client with what the API would send, recorded, then 303 back to the page', async (_, c) => {
      answers[c.method] = () => openRound();
      const response = await post(`${ROUND}/${c.path}`, c.fields);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`${ROUND}?done=${c.act}`);
      expect(calls.map((call) => [call.method, ...call.args])).toEqual([[c.method, GUIDELINE, 1, ...c.args]]);
      const { browser } = await session('process-owner');
      const acts = await bodyOf(await browser.request('/api/acts?limit=1'));
      expect(acts.items[0]).toMatchObject({
        target: `guideline/${GUIDELINE}/consultation/1`,
        outcome: 'done',
        username: 'process-owner-user',
      });
      expect(await (await browser.request(`${ROUND}?done=${c.act}`)).text()).toMatch(/<p class="notice" role="status">[^<]+<\/p>/);
    });

    test.each(each)('%s: refused by the schema, 422 with the problem at its field and what was typed; no client called', async (_, c) => {
      const response = await post(`${ROUND}/${c.path}`, c.refused);
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain('<div class="error-summary" role="alert" aria-labelledby="error-summary-title">');
      expect(html).toContain(c.summary);
      const field = /href="#(f-[\w-]+)"/.exec(c.summary)![1];
      expect(html).toMatch(new RegExp(`aria-describedby="[^"]*${field}-error" aria-invalid="true"`));
      expect(calls).toEqual([]);
    });

    test.each(each)("%s: the typed client's refusal in the round's state is 409, at the field it names", async (_, c) => {
      answers[c.method] = () => {
        throw new ValidationError(['organisationId: refused in this state'], Failure.WrongState);
      };
      const response = await post(`${ROUND}/${c.path}`, c.fields);
      expect(response.status).toBe(409);
      const html = await response.text();
      expect(html).toContain('refused in this state');
      // Where the act has that field, the problem is at it; otherwise it is named in the summary.
      if (c.act === 'answer') expect(html).toContain('<a href="#f-answer-organisationId">');
    });

    test.each(each)('%s: refused to a viewer with 403, and no client called', async (_, c) => {
      const response = await post(`${ROUND}/${c.path}`, c.fields, 'viewer');
      expect(response.status).toBe(403);
      expect(calls).toEqual([]);
    });

    test('the preparation group may record an answer but not close the round', async () => {
      answers.recordResponse = () => openRound();
      expect((await post(`${ROUND}/answers`, cases[0].fields, 'preparation-group')).status).toBe(303);
      expect((await post(`${ROUND}/closure`, {}, 'preparation-group')).status).toBe(403);
      expect(calls.map((call) => call.method)).toEqual(['recordResponse']);
    });

    test("a refused form's address, asked for again (a reload, the language switch), leads back to its page", async () => {
      const { browser } = await session('viewer');
      for (const path of ['answers', 'extensions', 'recipients', 'withdrawals', 'closure']) {
        const again = await browser.request(`${ROUND}/${path}`);
        expect({ path, status: again.status, location: again.headers.get('location') }).toEqual({ path, status: 303, location: ROUND });
      }
      expect((await browser.request(`/guidelines/${GUIDELINE}/rounds`)).headers.get('location')).toBe(`/guidelines/${GUIDELINE}`);
    });

    test('an act on a round the read model does not hold is a 404, and no client called', async () => {
      expect((await post(`/guidelines/${GUIDELINE}/rounds/9/answers`, cases[0].fields)).status).toBe(404);
      expect(calls).toEqual([]);
    });
  });

  describe('starting a round', () => {
    const NEW = `/guidelines/${GUIDELINE}/rounds/new`;
    const form = (overrides: Record<string, string> = {}) => ({
      'document.title': 'Riktlinje vid oro för ett väntat barn',
      'document.version': 'remissversion 2',
      'document.link': 'https://samverkan.example/vantat-barn-2.pdf',
      'groups.all-municipalities': 'true',
      'groups.regional-administrations': 'true',
      opensOn: '2097-02-10',
      deadline: '2097-05-28',
      'processOwner.name': owner.name,
      'processOwner.email': owner.email,
      'processOwner.organisationId': owner.organisationId,
      'processOwner.role': owner.role,
      'processOwner.language': 'sv',
      'reminderPolicy.businessDaysBefore': '30, 14, 3',
      'reminderPolicy.sendAt': '08:00',
      'reminderPolicy.quietPeriods': '07-01–07-31',
      deadlineRule: '',
      ...overrides,
    });

    test('the form: the process owner from the guideline, today as the opening day, the policy and deadline rule with their defaults', async () => {
      const { status, html } = await page('process-owner', NEW);
      expect(status).toBe(200);
      expect(html).toContain('<h1>Starta remissomgång</h1>');
      expect(html).toContain(`<form class="stack round-form" method="post" action="/guidelines/${GUIDELINE}/rounds" novalidate="">`);
      expect(html).toContain('name="document.title" value="Riktlinje vid oro för ett väntat barn"');
      expect(html).toContain(`name="processOwner.email" value="${owner.email}"`);
      expect(html).toContain('<option value="vgr" selected="">Västra Götalandsregionen</option>');
      expect(html).toContain('name="opensOn" value="2097-02-10"');
      expect(html).toContain('name="reminderPolicy.businessDaysBefore" value="30, 14, 3"');
      expect(html).toContain('name="reminderPolicy.quietPeriods" value="07-01–07-31"');
      expect(html).toContain('<option value="" selected="">Enligt VVG:s regel: flyttas till nästa vardag (standard)</option>');
      expect(html).toContain('<label for="f-groups-subregion">Kommunerna i en delregion</label>');
      expect(html).toContain('<input type="checkbox" id="f-org-kommun-ale" name="groups.organisationIds" value="kommun-ale"/>');
    });

    test('refused by the schema: 422, each problem at its field (a group at its control), what was typed kept; no client called', async () => {
      const response = await post(
        `/guidelines/${GUIDELINE}/rounds`,
        form({
          'document.link': 'ftp://samverkan.example/x.pdf',
          'groups.all-municipalities': '',
          'groups.regional-administrations': '',
          'reminderPolicy.quietPeriods': 'juli',
        }),
      );
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain(
        '<a href="#f-document-link">Remissdokument: Länk till dokumentet: <span lang="en">must be an http(s) link</span></a>',
      );
      expect(html).toContain('<a href="#f-recipientGroups">Mottagare: <span lang="en">needs at least one group</span></a>');
      expect(html).toContain(
        '<a href="#f-reminderPolicy-quietPeriods">Tysta perioder: <span lang="en">must be a day of the year written MM-DD</span></a>',
      );
      // The period's two halves have the same problem: it is shown once.
      expect(html.match(/must be a day of the year written MM-DD/g)).toHaveLength(2);
      expect(html).toContain('value="ftp://samverkan.example/x.pdf"');
      expect(calls).toEqual([]);
    });

    test('an opening day gone by is refused at its field; no client called', async () => {
      const response = await post(`/guidelines/${GUIDELINE}/rounds`, form({ opensOn: '2097-02-09' }));
      expect(response.status).toBe(422);
      expect(await response.text()).toContain('<a href="#f-opensOn">Remissen öppnar: <span lang="en">');
      expect(calls).toEqual([]);
    });

    test('started: the groups, dates, owner and policy go to the typed client as the API would send them; 303 to the round', async () => {
      answers.start = async () => {
        await seedRound(web.db, openRound({ round: 5 }));
        return { guideline: draftView(GUIDELINE), round: openRound({ round: 5 }) };
      };
      const response = await post(
        `/guidelines/${GUIDELINE}/rounds`,
        form({ 'groups.subregion': 'samla', deadlineRule: 'keep', 'reminderPolicy.quietPeriods': '07-01 - 07-31, 12-24/12-31' }),
      );
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/guidelines/${GUIDELINE}/rounds/5?done=start`);
      expect(calls.map((c) => [c.method, ...c.args])).toEqual([
        [
          'start',
          GUIDELINE,
          {
            document: {
              title: 'Riktlinje vid oro för ett väntat barn',
              version: 'remissversion 2',
              link: 'https://samverkan.example/vantat-barn-2.pdf',
            },
            recipientGroups: [
              { group: 'all-municipalities' },
              { group: 'regional-administrations' },
              { group: 'subregion-municipalities', subregion: 'samla' },
            ],
            opensOn: '2097-02-10',
            deadline: '2097-05-28',
            processOwner: { ...owner, language: 'sv' },
            reminderPolicy: {
              businessDaysBefore: [30, 14, 3],
              sendAt: '08:00',
              quietPeriods: [
                { from: '07-01', to: '07-31' },
                { from: '12-24', to: '12-31' },
              ],
            },
            deadlineRule: 'keep',
          },
        ],
      ]);
      const started = await page('process-owner', response.headers.get('location')!);
      expect(started.html).toContain('<p class="notice" role="status">Remissomgången är startad.</p>');
    });

    test('named organisations go as one group; a problem with one of them is shown at the list', async () => {
      answers.start = () => {
        throw new ValidationError(["recipientGroups.0.organisationIds.1: unknown organisation 'kommun-x'"]);
      };
      const { browser, csrf } = await session('process-owner');
      const body = new URLSearchParams({
        _csrf: csrf,
        ...form({ 'groups.all-municipalities': '', 'groups.regional-administrations': '' }),
      });
      body.append('groups.organisationIds', 'kommun-lerum');
      body.append('groups.organisationIds', 'kommun-x');
      const response = await browser.request(`/guidelines/${GUIDELINE}/rounds`, { method: 'POST', body });
      expect(response.status).toBe(422);
      expect((calls[0].args[1] as { recipientGroups: unknown }).recipientGroups).toEqual([
        { group: 'organisations', organisationIds: ['kommun-lerum', 'kommun-x'] },
      ]);
      const html = await response.text();
      expect(html).toContain(
        `<a href="#f-groups-organisationIds">Enskilda organisationer: <span lang="en">unknown organisation &#39;kommun-x&#39;</span></a>`,
      );
      expect(html).toContain('<details class="named-organisations" open="">');
      expect(html).toContain(
        '<input type="checkbox" id="f-org-kommun-lerum" name="groups.organisationIds" value="kommun-lerum" checked=""/>',
      );
    });

    test("the guideline's refusal in its state is 409", async () => {
      answers.start = () => {
        throw new ValidationError(['status: the guideline is in-force; a consultation round starts from a draft'], Failure.WrongState);
      };
      const response = await post(`/guidelines/${GUIDELINE}/rounds`, form());
      expect(response.status).toBe(409);
      expect(await response.text()).toContain('the guideline is in-force');
    });

    test('a guideline in force offers no form; an unknown guideline is a 404', async () => {
      await seedGuideline(web.db, { ...draftView('in-force-one'), status: 'in-force' });
      const refused = await page('process-owner', '/guidelines/in-force-one/rounds/new');
      expect(refused.status).toBe(409);
      expect(refused.html).toContain('Riktlinjen kan inte skickas på remiss nu');
      expect(refused.html).not.toContain('<form class="stack');
      expect((await page('process-owner', '/guidelines/no-such/rounds/new')).status).toBe(404);
    });

    test('a viewer and a preparation group get 403 for the form and for starting; no client called', async () => {
      for (const role of ['viewer', 'preparation-group'] as const) {
        expect((await page(role, NEW)).status).toBe(403);
        expect((await post(`/guidelines/${GUIDELINE}/rounds`, form(), role)).status).toBe(403);
      }
      expect(calls).toEqual([]);
    });

    test('in English', async () => {
      const { browser } = await session('process-owner');
      await browser.request('/language/en?back=%2F');
      try {
        const html = await (await browser.request(NEW)).text();
        expect(html).toContain('<h1>Start a consultation round</h1>');
        expect(html).toContain('By the rule of VVG: it moves to the next business day (default)');
      } finally {
        await browser.request('/language/sv?back=%2F');
      }
    });
  });
});
