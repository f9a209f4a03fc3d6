import { writeProjection } from '../../activities/store/readModel';
import type { Role } from '../../domain/access';
import { Failure } from '../../domain/failures';
import { surveyReportMarkdown } from '../../domain/followUp/survey';
import { ValidationError } from '../../domain/validation';
import type { ImplementationView } from '../../workflows/followUp/api';
import { stubClients } from '../support/apiStubs';
import {
  closedSurvey,
  GUIDELINE,
  GUIDELINE_TITLE,
  implementationSubject,
  implementationView,
  now,
  preparationGroup,
  seedFollowUps,
  subregions,
  surveySubject,
  surveyView,
} from '../support/followUpSubjects';
import { rowText, textOf } from '../support/pageText';
import { draftView, TestApp, testApp } from '../support/webApp';

const IMPLEMENTATION = `/guidelines/${GUIDELINE}/implementations/1`;
const OPEN = `/guidelines/${GUIDELINE}/follow-ups/1`;
const CLOSED = `/guidelines/${GUIDELINE}/follow-ups/2`;
const SCHEDULED = `/guidelines/${GUIDELINE}/follow-ups/3`;

describe('the implementation and follow-up pages', () => {
  let web: TestApp;
  let stub: ReturnType<typeof stubClients>;
  /** What the next act through the follow-up client does: by default it is taken. */
  let refusal: ValidationError | undefined;
  const answer =
    <T>(value: () => T | Promise<T>) =>
    () => {
      if (refusal) throw refusal;
      return value();
    };
  const callsOf = (method: string) => stub.calls.filter((c) => c.client === 'followUps' && c.method === method);

  beforeAll(async () => {
    stub = stubClients({
      followUps: {
        confirmImplementation: answer(() => ({ organisationId: 'simba', confirmed: 3, total: 6 })),
        submitPart: answer(() => ({ organisationId: 'samla', partId: 'functionality', complete: 1, recipients: 6 })),
        moveFollowUp: answer(() => surveyView({ n: 3 })),
        // As the guideline's workflow does: the new deadline's child publishes its row, and the guideline lists it.
        planImplementation: answer(async () => {
          const view: ImplementationView = { ...implementationView(), n: 2, confirmations: {} };
          await writeProjection(web.db, { ...implementationSubject(view), version: 100 }, () => undefined);
          return { ...draftView(GUIDELINE), implementations: [1, 2].map((n) => ({ n, workflowId: `x/${n}`, deadline: '2027-12-31' })) };
        }),
        planFollowUp: answer(async () => {
          await writeProjection(web.db, { ...surveySubject(surveyView({ n: 4 })), version: 101 }, () => undefined);
          return {
            ...draftView(GUIDELINE),
            followUps: [1, 2, 3, 4].map((n) => ({ n, workflowId: `x/${n}`, title: 't', opensOn: '2028-01-10', closesOn: '2028-01-31' })),
          };
        }),
      },
    });
    web = await testApp({ clients: stub.clients, now });
    await seedFollowUps(web.db);
  });
  afterAll(() => web.close());
  beforeEach(() => {
    refusal = undefined;
    stub.calls.length = 0;
  });

  // A signed-in browser per role: signing in hashes a password with a memory-hard function, which takes a moment.
  const browsers = new Map<Role, ReturnType<TestApp['signedIn']>>();
  const as = (role: Role) => browsers.get(role) ?? browsers.set(role, web.signedIn(role)).get(role)!;
  const page = async (role: Role, path: string) => {
    const { browser } = await as(role);
    const response = await browser.request(path);
    return { status: response.status, html: await response.text() };
  };

  describe('/follow-ups', () => {
    test('lists every implementation deadline and survey with its guideline, state, dates and what has come in, each linked', async () => {
      const { status, html } = await page('viewer', '/follow-ups');
      expect(status).toBe(200);
      expect(html).toContain('<h1>Införande och uppföljning</h1>');
      expect(rowText(html, `<a href="${IMPLEMENTATION}">Införande 1</a>`)).toBe(
        `Införande 1 Införande ${GUIDELINE_TITLE} Pågår Senast 31 december 2027 2 av 6 har bekräftat`,
      );
      expect(rowText(html, `<a href="${OPEN}">Uppföljning av egenvårdsrutinen</a>`)).toBe(
        `Uppföljning av egenvårdsrutinen Uppföljningsenkät ${GUIDELINE_TITLE} Öppen 16 augusti 2027 – 20 september 2027 4 av 18 delar har kommit in`,
      );
      expect(html).toContain(`<a href="/guidelines/${GUIDELINE}">${GUIDELINE_TITLE}</a>`);
      expect(html).toContain(`<a href="${CLOSED}">Fördjupad uppföljning</a>`);
      expect(html).toContain(`<a href="${SCHEDULED}">Uppföljning 2028</a>`);
      // Soonest due first: the closed survey of June, then the open one, the deadline at New Year, the survey of 2028.
      const order = [CLOSED, OPEN, IMPLEMENTATION, SCHEDULED].map((href) => html.indexOf(`<a href="${href}">`));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    test('filters by kind and by state', async () => {
      const surveys = (await page('viewer', '/follow-ups?kind=survey')).html;
      expect(surveys).not.toContain(`href="${IMPLEMENTATION}"`);
      expect(surveys).toContain(`href="${OPEN}"`);
      expect(surveys).toContain('<option value="survey" selected="">Uppföljningsenkäter</option>');
      const finished = (await page('viewer', '/follow-ups?state=finished')).html;
      expect(finished).toContain(`href="${CLOSED}"`);
      expect([OPEN, SCHEDULED, IMPLEMENTATION].filter((href) => finished.includes(`href="${href}"`))).toEqual([]);
      const none = (await page('viewer', '/follow-ups?kind=implementation&state=finished')).html;
      expect(none).toContain('Här finns inga tidsgränser för införande eller uppföljningsenkäter.');
    });

    test('in English', async () => {
      const { browser } = await web.signedIn('viewer');
      await browser.request('/language/en?back=/');
      const html = await (await browser.request('/follow-ups')).text();
      expect(html).toContain('<h1>Implementation and follow-up</h1>');
      expect(html).toContain('2 of 6 have confirmed');
      expect(html).toContain('By <time datetime="2027-12-31">31 December 2027</time>');
    });
  });

  describe('an implementation deadline', () => {
    test('a matrix of implementers by name against their confirmation: date, late, note; the progress; the reminders to come', async () => {
      const { status, html } = await page('viewer', IMPLEMENTATION);
      expect(status).toBe(200);
      expect(html).toContain(`<h1>Införande 1: ${GUIDELINE_TITLE}</h1>`);
      expect(rowText(html, 'Fyrbodal')).toBe('Fyrbodal Bekräftat 20 augusti 2027 Ja Infört i alla kommuner utom en');
      expect(rowText(html, 'Skaraborg')).toBe('Skaraborg Bekräftat 10 januari 2028 För sent');
      expect(rowText(html, 'Göteborgsområdet')).toBe('Göteborgsområdet Inte bekräftat');
      // In the organisations file's order, as the worker resolved them.
      const names = subregions.map((r) => html.indexOf(`<th scope="row">${r.organisationName}</th>`));
      expect(names.every((at) => at > 0) && [...names].sort((a, b) => a - b)).toEqual(names);
      expect(html).toContain('aria-label="Andel som har bekräftat införandet" aria-valuetext="2 av 6 (33 %)"');
      expect(rowText(html, 'Skaraborg')).toContain('För sent');
      const reminder = textOf(html.slice(html.indexOf('<table class="upcoming">')));
      expect(reminder).toContain(
        '1 november 2027 kl. 08:00 Påminnelse om införandet Vårdsamverkan SIMBA (Kungälv, Ale, Stenungsund, Tjörn), ' +
          'Vårdsamverkan Södra Älvsborg, Vårdsamverkan SAMLA (Lerum, Alingsås), Vårdsamverkan Göteborgsområdet',
      );
      expect(reminder).toContain('3 januari 2028 kl. 08:00 Sammanställning till ägaren och beredningsgruppen Anna Andersson, Beredningen');
      expect(html).toContain(`<a href="${IMPLEMENTATION}/report.csv" download="">Ladda ner matrisen (CSV)</a>`);
    });

    test("a viewer sees no confirm form, and a viewer's confirmation is refused with 403 and reaches no client", async () => {
      const { browser, csrf } = await as('viewer');
      expect(await (await browser.request(IMPLEMENTATION)).text()).not.toContain('/confirmations');
      const refused = await browser.postForm(`${IMPLEMENTATION}/confirmations`, {
        _csrf: csrf,
        organisationId: 'simba',
        confirmedOn: '2027-09-01',
      });
      expect(refused.status).toBe(403);
      expect(callsOf('confirmImplementation')).toEqual([]);
    });

    test('the confirm form offers those that have not confirmed, dated today', async () => {
      const { html } = await page('preparation-group', IMPLEMENTATION);
      expect(html).toContain(`<form class="stack" method="post" action="${IMPLEMENTATION}/confirmations#confirm-title" novalidate="">`);
      expect(html).toContain('<option value="simba">SIMBA (Kungälv, Ale, Stenungsund, Tjörn)</option>');
      expect(html).not.toContain('<option value="fyrbodal">');
      expect(html).toContain('name="confirmedOn" value="2027-09-01"');
    });

    test('a confirmation the schema refuses comes back 422 naming the field, and reaches no client', async () => {
      const { browser, csrf } = await as('preparation-group');
      const response = await browser.postForm(`${IMPLEMENTATION}/confirmations`, {
        _csrf: csrf,
        organisationId: 'simba',
        confirmedOn: '2027-02-30',
        note: 'Klart',
      });
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain(
        '<a href="#f-confirmedOn">Bekräftat den: <span lang="en">must be an existing calendar date written YYYY-MM-DD</span></a>',
      );
      expect(html).toContain('<div class="field invalid"><label for="f-confirmedOn">');
      expect(html).toContain('<option value="simba" selected="">');
      expect(html).toContain('>Klart</textarea>');
      expect(callsOf('confirmImplementation')).toEqual([]);
    });

    test("the workflow's refusal comes back 409 at its field", async () => {
      refusal = new ValidationError(["organisationId: 'simba' has already confirmed"], Failure.WrongState);
      const { browser, csrf } = await as('process-owner');
      const response = await browser.postForm(`${IMPLEMENTATION}/confirmations`, {
        _csrf: csrf,
        organisationId: 'simba',
        confirmedOn: '2027-09-01',
      });
      expect(response.status).toBe(409);
      expect(await response.text()).toContain(
        '<a href="#f-organisationId">Organisation: <span lang="en">&#39;simba&#39; has already confirmed</span></a>',
      );
    });

    test('a confirmation goes through the client and back to the page, recorded as the act of who did it', async () => {
      const { browser, csrf } = await as('preparation-group');
      const response = await browser.postForm(`${IMPLEMENTATION}/confirmations`, {
        _csrf: csrf,
        organisationId: 'simba',
        confirmedOn: '2027-09-01',
        note: '',
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`${IMPLEMENTATION}#confirmations`);
      expect(callsOf('confirmImplementation').map((c) => c.args)).toEqual([
        [GUIDELINE, 1, { organisationId: 'simba', confirmedOn: '2027-09-01' }],
      ]);
      const acts = await web.db.selectFrom('api_acts').selectAll().where('act', '=', 'implementation.confirm').execute();
      expect(acts).toContainEqual(
        expect.objectContaining({ username: 'preparation-group-user', target: `guideline/${GUIDELINE}/implementation/1`, outcome: 'done' }),
      );
    });

    test('the matrix downloads as CSV, one row per implementer, a note with a line break quoted', async () => {
      const { browser } = await as('viewer');
      const response = await browser.request(`${IMPLEMENTATION}/report.csv`);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${GUIDELINE}-implementation-1.csv"`);
      const csv = await response.text();
      expect(csv.split('\r\n')).toEqual([
        'organisation_id,organisation,confirmed,confirmed_on,late,note',
        'fyrbodal,Fyrbodal,true,2027-08-20,false,"Infört i alla kommuner\nutom en"',
        'skaraborg,Skaraborg,true,2028-01-10,true,',
        'simba,"SIMBA (Kungälv, Ale, Stenungsund, Tjörn)",false,,,',
        'sodra-alvsborg,Södra Älvsborg,false,,,',
        'samla,"SAMLA (Lerum, Alingsås)",false,,,',
        'goteborgsomradet,Göteborgsområdet,false,,,',
        '',
      ]);
    });

    test('an unknown deadline, guideline or number is a 404 page', async () => {
      for (const path of [
        `/guidelines/${GUIDELINE}/implementations/9`,
        '/guidelines/no-such/implementations/1',
        `/guidelines/${GUIDELINE}/implementations/x`,
      ]) {
        const { status, html } = await page('viewer', path);
        expect({ path, status }).toEqual({ path, status: 404 });
        expect(html).toContain('<h1>Sidan finns inte</h1>');
      }
      expect((await page('viewer', `/guidelines/${GUIDELINE}/implementations/9/report.csv`)).status).toBe(404);
    });

    test("planning one: the process owner's form, refused at its fields with no client called, then taken to the new deadline", async () => {
      expect((await page('preparation-group', `/guidelines/${GUIDELINE}/implementations/new`)).status).toBe(403);
      expect((await page('process-owner', '/guidelines/no-such/implementations/new')).status).toBe(404);
      const { browser, csrf } = await as('process-owner');
      const form = await (await browser.request(`/guidelines/${GUIDELINE}/implementations/new`)).text();
      expect(form).toContain(`<a href="/guidelines/${GUIDELINE}">${GUIDELINE_TITLE}</a>`);
      expect(form).toContain('<label for="f-preparationGroup-0-email">E-post</label>');

      const contact = {
        name: 'Beredningen',
        email: 'beredning@vastkom.example',
        organisationId: 'vastkom',
        role: 'beredning',
        language: 'sv',
      };
      const fields = (overrides: Record<string, string>) => ({
        _csrf: csrf,
        deadline: '2027-12-31',
        implementers: 'subregions',
        ...Object.fromEntries(Object.entries(contact).map(([k, v]) => [`preparationGroup.0.${k}`, v])),
        ...overrides,
      });
      const refused = await browser.postForm(
        `/guidelines/${GUIDELINE}/implementations`,
        fields({ deadline: '', 'preparationGroup.0.email': 'beredning' }),
      );
      expect(refused.status).toBe(422);
      const html = await refused.text();
      expect(html).toContain('<a href="#f-deadline">Sista dag för införandet: <span lang="en">');
      expect(html).toContain(
        '<a href="#f-preparationGroup-0-email">Beredningsgrupp: E-post: <span lang="en">must be an e-mail address</span></a>',
      );
      expect(callsOf('planImplementation')).toEqual([]);

      const planned = await browser.postForm(`/guidelines/${GUIDELINE}/implementations`, fields({}));
      expect(planned.status).toBe(303);
      expect(planned.headers.get('location')).toBe(`/guidelines/${GUIDELINE}/implementations/2`);
      expect(callsOf('planImplementation').map((c) => c.args)).toEqual([
        [GUIDELINE, { deadline: '2027-12-31', implementers: 'subregions', preparationGroup: [contact], reminderPolicy: expect.anything() }],
      ]);
    });
  });

  describe('a follow-up survey', () => {
    test('a matrix of sub-regions against the parts, the progress, the window moved by its rule, the meeting, the reminders to come', async () => {
      const { status, html } = await page('viewer', OPEN);
      expect(status).toBe(200);
      expect(html).toContain('<h1>Uppföljning av egenvårdsrutinen</h1>');
      expect(html).toContain(
        '<th scope="col">Funktionalitet</th><th scope="col">Implementering</th><th scope="col">Följsamhet och resultat</th>',
      );
      expect(rowText(html, 'Fyrbodal')).toBe('Fyrbodal Inkommen 24 augusti 2027 Inkommen 25 augusti 2027 Inkommen 26 augusti 2027');
      expect(rowText(html, 'Skaraborg')).toBe('Skaraborg Inkommen 31 augusti 2027 Saknas Saknas');
      expect(rowText(html, 'SAMLA (Lerum, Alingsås)')).toBe('SAMLA (Lerum, Alingsås) Saknas Saknas Saknas');
      expect(rowText(html, 'Inkomna')).toBe('Inkomna 2 av 6 1 av 6 1 av 6');
      expect(html).toContain('aria-valuetext="1 av 6 (17 %)"');
      const facts = textOf(html.slice(html.indexOf('<dl class="facts">'), html.indexOf('</dl>')));
      expect(facts).toContain('Öppnar 16 augusti 2027');
      expect(facts).toContain('Sista svarsdag 20 september 2027 (flyttad från 18 september 2027)');
      expect(facts).toContain('Resultaten till sammanträde VVG 4 oktober 2027');
      expect(html).toContain('<a href="/meetings/VVG/2027-10-04">');
      expect(html).toContain('Sammanställningen kan laddas ner när enkäten har stängt.');
      const upcoming = textOf(html.slice(html.indexOf('<table class="upcoming">')));
      expect(upcoming).toContain('15 september 2027 kl. 08:00 Påminnelse om delar som saknas Vårdsamverkan Skaraborg, Vårdsamverkan SIMBA');
      expect(upcoming).toContain('20 september 2027 kl. 08:00 Sammanställning till beredningsgruppen Beredningen');
    });

    test('a viewer sees neither form, and is refused 403 on both with no client called', async () => {
      const { browser, csrf } = await as('viewer');
      expect(await (await browser.request(OPEN)).text()).not.toContain('<form class="stack"');
      expect(await (await browser.request(SCHEDULED)).text()).not.toContain('<form class="stack"');
      expect((await browser.postForm(`${OPEN}/submissions`, { _csrf: csrf, 'submit.organisationId': 'samla' })).status).toBe(403);
      expect((await browser.postForm(`${SCHEDULED}/moves`, { _csrf: csrf, 'move.opensOn': '2028-03-01' })).status).toBe(403);
      expect(stub.calls).toEqual([]);
    });

    test('a part the schema refuses comes back 422 at its field, what was typed kept; no client is called', async () => {
      const { browser, csrf } = await as('preparation-group');
      const form = await (await browser.request(OPEN)).text();
      expect(form).toContain('<option value="compliance-and-results">Följsamhet och resultat</option>');
      expect(form).not.toContain('action="/guidelines/self-care/follow-ups/1/moves#move-title"');
      const response = await browser.postForm(`${OPEN}/submissions`, {
        _csrf: csrf,
        'submit.organisationId': 'samla',
        'submit.partId': 'functionality',
        'submit.answer': '',
        'submit.submittedOn': '2027-09-01',
      });
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain('<a href="#f-submit-answer">Svar: <span lang="en">is required</span></a>');
      expect(html).toContain(
        '<textarea id="f-submit-answer" name="submit.answer" rows="6" aria-describedby="f-submit-answer-error" aria-invalid="true">',
      );
      expect(html).toContain('<option value="samla" selected="">');
      expect(callsOf('submitPart')).toEqual([]);
    });

    test('a part goes through the client and back to the survey; a refusal of the state is 409 at its field', async () => {
      const { browser, csrf } = await as('preparation-group');
      const fields = {
        _csrf: csrf,
        'submit.organisationId': 'samla',
        'submit.partId': 'functionality',
        'submit.answer': 'Fungerar',
        'submit.submittedOn': '2027-09-01',
      };
      const done = await browser.postForm(`${OPEN}/submissions`, fields);
      expect(done.status).toBe(303);
      expect(done.headers.get('location')).toBe(`${OPEN}#answers`);
      expect(callsOf('submitPart').map((c) => c.args)).toEqual([
        [GUIDELINE, 1, { organisationId: 'samla', partId: 'functionality', answer: 'Fungerar', submittedOn: '2027-09-01' }],
      ]);

      refusal = new ValidationError(["partId: 'x' is not a part of this survey"], Failure.WrongState);
      const refused = await browser.postForm(`${OPEN}/submissions`, fields);
      expect(refused.status).toBe(409);
      expect(await refused.text()).toContain('<a href="#f-submit-partId">Del: <span lang="en">');
    });

    test('a survey not yet opened takes no parts but can be moved: refused at the field, then moved through the client', async () => {
      const { browser, csrf } = await as('secretary');
      const html = await (await browser.request(SCHEDULED)).text();
      expect(html).not.toContain('/submissions');
      const owner = await page('process-owner', SCHEDULED);
      expect(owner.html).toContain('Svar kan registreras när enkäten har öppnat.');
      expect(html).toContain(`<form class="stack" method="post" action="${SCHEDULED}/moves#move-title" novalidate="">`);
      const fields = {
        _csrf: csrf,
        'move.opensOn': '2029-02-01',
        'move.closesOn': '2029-01-22',
        'move.decisionRef': '',
        'move.reason': '',
      };
      const refused = await browser.postForm(`${SCHEDULED}/moves`, fields);
      expect(refused.status).toBe(422);
      const page422 = await refused.text();
      expect(page422).toContain('<a href="#f-move-closesOn">Sista svarsdag: <span lang="en">must be after opensOn</span></a>');
      expect(page422).toContain('<a href="#f-move-decisionRef">Beslut: <span lang="en">is required');
      expect(callsOf('moveFollowUp')).toEqual([]);

      const moved = await browser.postForm(`${SCHEDULED}/moves`, {
        ...fields,
        'move.closesOn': '2029-02-22',
        'move.decisionRef': 'VVG 2027-09-01 § 4',
      });
      expect(moved.status).toBe(303);
      expect(moved.headers.get('location')).toBe(`${SCHEDULED}#moves`);
      expect(callsOf('moveFollowUp').map((c) => c.args)).toEqual([
        [GUIDELINE, 3, { opensOn: '2029-02-01', closesOn: '2029-02-22', decisionRef: 'VVG 2027-09-01 § 4' }],
      ]);
    });

    test("once closed: the meeting the results went to, and its reports as the worker's, made from the view", async () => {
      const { html } = await page('viewer', CLOSED);
      expect(html).toContain('<span class="status">Stängd</span>');
      expect(html).toContain(`<a href="${CLOSED}/report.md" download="">Sammanställning (Markdown)</a>`);
      expect(html).toContain(`<a href="${CLOSED}/report.csv" download="">Alla svar (CSV)</a>`);
      const { browser } = await as('viewer');
      const markdown = await browser.request(`${CLOSED}/report.md`);
      expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      const view = closedSurvey();
      expect(await markdown.text()).toBe(surveyReportMarkdown('Fördjupad uppföljning', subregions, view.plan.parts, view.submissions));
      const csv = await (await browser.request(`${CLOSED}/report.csv`)).text();
      const lines = csv.split('\r\n');
      expect(lines[0]).toBe('organisation_id,organisation,part,submitted_on,answer');
      expect(lines).toContain('fyrbodal,Fyrbodal,implementation,2027-08-25,"Införd i\nalla kommuner"');
      expect(lines).toHaveLength(1 + 6 * 3 + 1);
      expect((await browser.request(`${OPEN}/report.csv`)).status).toBe(404);
      expect((await browser.request(`${OPEN}/report.md`)).status).toBe(404);
    });

    test('planning one: refused at the fields of the timing chosen, with no client called, then taken to the new survey', async () => {
      const { browser, csrf } = await as('process-owner');
      const form = await (await browser.request(`/guidelines/${GUIDELINE}/follow-ups/new`)).text();
      expect(form).toContain('<option value="subregions" selected="">De sex delregionerna</option>');
      const contact = preparationGroup[0];
      const fields = (overrides: Record<string, string>) => ({
        _csrf: csrf,
        title: 'Uppföljning efter ett och ett halvt år',
        'recipientGroups.0.group': 'subregions',
        timing: 'dates',
        opensOn: '2028-01-10',
        closesOn: '2028-01-31',
        'afterAdoption.months': '',
        'afterAdoption.openForDays': '',
        'targetMeeting.body': '',
        'targetMeeting.date': '',
        'preparationGroup.0.name': contact.name,
        'preparationGroup.0.email': contact.email,
        'preparationGroup.0.organisationId': contact.organisationId,
        'preparationGroup.0.role': contact.role,
        'preparationGroup.0.language': 'sv',
        ...overrides,
      });
      const dated = await browser.postForm(`/guidelines/${GUIDELINE}/follow-ups`, fields({ closesOn: '2028-01-05' }));
      expect(dated.status).toBe(422);
      const datedPage = await dated.text();
      expect(datedPage).toContain('<a href="#f-closesOn">Sista svarsdag: <span lang="en">must be after opensOn</span></a>');
      const timed = await browser.postForm(
        `/guidelines/${GUIDELINE}/follow-ups`,
        fields({ timing: 'afterAdoption', 'afterAdoption.months': '0' }),
      );
      expect(timed.status).toBe(422);
      expect(await timed.text()).toContain(
        '<a href="#f-afterAdoption-months">Månader efter antagandet: <span lang="en">must be at least 1</span></a>',
      );
      expect(callsOf('planFollowUp')).toEqual([]);

      const planned = await browser.postForm(
        `/guidelines/${GUIDELINE}/follow-ups`,
        fields({ timing: 'afterAdoption', 'afterAdoption.months': '18' }),
      );
      expect(planned.status).toBe(303);
      expect(planned.headers.get('location')).toBe(`/guidelines/${GUIDELINE}/follow-ups/4`);
      expect(callsOf('planFollowUp')[0].args).toEqual([
        GUIDELINE,
        expect.objectContaining({ title: 'Uppföljning efter ett och ett halvt år', afterAdoption: { months: 18, openForDays: 21 } }),
      ]);
    });

    test('in English, with the words of the matrix and the forms', async () => {
      const { browser } = await web.signedIn('process-owner');
      await browser.request('/language/en?back=/');
      const html = await (await browser.request(OPEN)).text();
      expect(html).toMatch(/<html lang="en">/);
      expect(rowText(html, 'Skaraborg')).toBe('Skaraborg Received 31 August 2027 Missing Missing');
      expect(html).toContain('Last day to answer');
      expect(html).toContain('<h2 id="submit-title">Record an answer to a part</h2>');
      expect(textOf(html)).toContain('15 September 2027 at 08:00 Reminder of missing parts');
    });
  });
});
