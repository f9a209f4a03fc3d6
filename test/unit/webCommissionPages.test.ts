import { writeProjection } from '../../activities/store/readModel';
import type { Role } from '../../domain/access';
import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { commissionProjection } from '../../workflows/commission/commissionProjection';
import { stubClients } from '../support/apiStubs';
import { annSofie, COMMISSION, commissionView, now, secretary, seedCommissions } from '../support/commissionSubjects';
import { rowText, textOf } from '../support/pageText';
import { TestApp, testApp } from '../support/webApp';

const PAGE = `/commissions/${COMMISSION}`;

describe('the commission pages', () => {
  let web: TestApp;
  let stub: ReturnType<typeof stubClients>;
  let refusal: ValidationError | undefined;
  const answer =
    (value: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      if (refusal) throw refusal;
      return value(...args);
    };
  const callsOf = (method: string) => stub.calls.filter((c) => c.client === 'commissions' && c.method === method);

  beforeAll(async () => {
    stub = stubClients({
      commissions: {
        completeMilestone: answer(() => commissionView()),
        moveMilestone: answer(() => commissionView()),
        complete: answer(() => commissionView({ status: 'completed' })),
        // As the workflow does: it publishes its first row as it starts.
        start: answer(async (input) => {
          const view = commissionView({
            commissionId: 'new-one',
            workflowId: 'commission/new-one',
            title: (input as { title: string }).title,
          });
          await writeProjection(web.db, { ...commissionProjection(view), version: 100 }, () => secretary);
          return view;
        }),
      },
    });
    web = await testApp({ clients: stub.clients, now });
    await seedCommissions(web.db);
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
    const response = await (await as(role)).browser.request(path);
    return { status: response.status, html: await response.text() };
  };

  test('the list: each commission with who gave it, its state, next milestone, how many done and overdue, and its meeting', async () => {
    const { status, html } = await page('viewer', '/commissions');
    expect(status).toBe(200);
    expect(rowText(html, `<a href="${PAGE}">Hälso- och sjukvård vid korttidsvistelse enligt LSS</a>`)).toBe(
      'Hälso- och sjukvård vid korttidsvistelse enligt LSS VVG 10 juni 2027 Pågår Analys, 30 augusti 2027 1 av 3 1 VVG 18 oktober 2027',
    );
    expect(html).toContain('<td><span class="tag is-overdue">1</span></td>');
    expect(rowText(html, '<a href="/commissions/roadmap-2030">Färdplan för god och nära vård</a>')).toBe(
      'Färdplan för god och nära vård SRO 15 januari 2027 Avslutat Inga 1 av 1 Inga SRO 12 mars 2027',
    );
    expect(html).toContain('<a href="/meetings/VVG/2027-10-18">');
    expect(html).not.toContain('/commissions/new');
    expect((await page('secretary', '/commissions')).html).toContain('<a class="button" href="/commissions/new">Nytt uppdrag</a>');
    const completed = (await page('viewer', '/commissions?state=completed')).html;
    expect(completed).toContain('roadmap-2030');
    expect(completed).not.toContain(PAGE);
  });

  test("a commission's page: task, group, report back, milestones due, done, overdue and moved, and the mail to come", async () => {
    const { html } = await page('viewer', PAGE);
    expect(html).toContain('<h1>Hälso- och sjukvård vid korttidsvistelse enligt LSS</h1>');
    const facts = textOf(html.slice(html.indexOf('<dl class="facts">'), html.indexOf('</dl>')));
    expect(facts).toContain('Givet av VVG 10 juni 2027');
    expect(facts).toContain('Ann-Sofie Rundberg, arbetsgrupp (ann-sofie.rundberg@vgregion.example)');
    expect(facts).toContain('Återrapport till VVG 18 oktober 2027. Punkten står på sammanträdets dagordning.');
    expect(rowText(html, 'Första utkast (<a href="https://samverkan.example/utkast.pdf">Länk</a>)')).toBe(
      'Första utkast (Länk) 16 augusti 2027 Klart 12 augusti 2027',
    );
    expect(rowText(html, 'Analys')).toBe('Analys 30 augusti 2027 Försenat');
    expect(html).toContain('<span class="tag is-overdue">Försenat</span>');
    expect(rowText(html, 'Slutrapport')).toBe('Slutrapport 15 oktober 2027 Pågår från 30 september 2027: Gruppen behöver mer tid');
    const upcoming = textOf(html.slice(html.indexOf('<table class="upcoming">')));
    expect(upcoming).toContain('1 oktober 2027 kl. 08:00 Påminnelse om delmål Ann-Sofie Rundberg, Malin Svärd');
    expect(upcoming).toContain(`18 oktober 2027 kl. 08:00 Försenat delmål, till sekreteraren ${secretary.name}`);
  });

  test('a viewer sees no form and is refused 403 on every act, with no client called', async () => {
    const { browser, csrf } = await as('viewer');
    expect(await (await browser.request(PAGE)).text()).not.toContain('<form class="stack"');
    for (const path of ['/milestones/completions', '/milestones/moves', '/completion']) {
      expect((await browser.postForm(`${PAGE}${path}`, { _csrf: csrf })).status).toBe(403);
    }
    expect((await browser.postForm('/commissions', { _csrf: csrf })).status).toBe(403);
    expect((await browser.request('/commissions/new')).status).toBe(403);
    expect(stub.calls).toEqual([]);
  });

  test('the preparation group may mark milestones done, but not move them or complete the commission', async () => {
    const { html } = await page('preparation-group', PAGE);
    expect(html).toContain(`action="${PAGE}/milestones/completions#done-title"`);
    expect(html).toContain('<option value="analysis">Analys</option>');
    expect(html).not.toContain('<option value="first-draft">');
    expect(html).toContain('name="done.completedOn" value="2027-09-01"');
    expect(html).not.toContain(`action="${PAGE}/milestones/moves`);
    expect(html).not.toContain(`action="${PAGE}/completion`);
    const { browser, csrf } = await as('preparation-group');
    expect((await browser.postForm(`${PAGE}/completion`, { _csrf: csrf, 'complete.summary': 'Klart' })).status).toBe(403);
  });

  test('a milestone done: refused at its fields with no client called, then done through the client', async () => {
    const { browser, csrf } = await as('preparation-group');
    const refused = await browser.postForm(`${PAGE}/milestones/completions`, {
      _csrf: csrf,
      'done.milestoneId': 'analysis',
      'done.completedOn': '2027-9-1',
      'done.link': 'ftp://samverkan.example/analys',
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain(
      '<a href="#f-done-completedOn">Klart den: <span lang="en">must be an existing calendar date written YYYY-MM-DD</span></a>',
    );
    expect(html).toContain('<a href="#f-done-link">Länk till resultatet (valfri): <span lang="en">must be an http(s) link</span></a>');
    expect(html).toContain('value="ftp://samverkan.example/analys"');
    expect(callsOf('completeMilestone')).toEqual([]);

    const done = await browser.postForm(`${PAGE}/milestones/completions`, {
      _csrf: csrf,
      'done.milestoneId': 'analysis',
      'done.completedOn': '2027-09-01',
      'done.link': '',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${PAGE}#milestones`);
    expect(callsOf('completeMilestone').map((c) => c.args)).toEqual([[COMMISSION, { milestoneId: 'analysis', completedOn: '2027-09-01' }]]);
  });

  test('a milestone moved: refused at its field, refused by the workflow with 409, and moved', async () => {
    const { browser, csrf } = await as('secretary');
    const fields = { _csrf: csrf, 'move.milestoneId': 'final-report', 'move.due': '2027-11-05', 'move.reason': '' };
    const refused = await browser.postForm(`${PAGE}/milestones/moves`, fields);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('<a href="#f-move-reason">Skäl: <span lang="en">is required</span></a>');
    expect(callsOf('moveMilestone')).toEqual([]);

    refusal = new ValidationError(["due: 'final-report' is already due on 2027-11-05"], Failure.WrongState);
    const wrong = await browser.postForm(`${PAGE}/milestones/moves`, { ...fields, 'move.reason': 'Mer tid' });
    expect(wrong.status).toBe(409);
    expect(await wrong.text()).toContain('<a href="#f-move-due">Nytt datum: <span lang="en">');

    refusal = undefined;
    const moved = await browser.postForm(`${PAGE}/milestones/moves`, { ...fields, 'move.reason': 'Mer tid' });
    expect(moved.status).toBe(303);
    expect(callsOf('moveMilestone').map((c) => c.args)).toContainEqual([
      COMMISSION,
      { milestoneId: 'final-report', due: '2027-11-05', reason: 'Mer tid' },
    ]);
  });

  test('the commission completed: refused without a summary, then completed through the client', async () => {
    const { browser, csrf } = await as('process-owner');
    const refused = await browser.postForm(`${PAGE}/completion`, {
      _csrf: csrf,
      'complete.completedOn': '2027-09-01',
      'complete.summary': '',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('<a href="#f-complete-summary">Sammanfattning: <span lang="en">is required</span></a>');
    expect(callsOf('complete')).toEqual([]);
    const done = await browser.postForm(`${PAGE}/completion`, {
      _csrf: csrf,
      'complete.completedOn': '2027-09-01',
      'complete.summary': 'Rutinen är klar',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${PAGE}#content`);
    expect(callsOf('complete').map((c) => c.args)).toEqual([[COMMISSION, { completedOn: '2027-09-01', summary: 'Rutinen är klar' }]]);
  });

  test('a completed commission offers no acts and links the draft its result became', async () => {
    const { html } = await page('process-owner', '/commissions/roadmap-2030');
    expect(html).not.toContain('<form class="stack"');
    expect(textOf(html)).toContain('Avslutades den 12 mars 2027: Färdplanen antogs (Utkast till riktlinje)');
    expect(html).toContain('<a href="/guidelines/roadmap">Utkast till riktlinje</a>');
  });

  describe('starting one', () => {
    const contactFields = (i: number, c: typeof annSofie) => Object.fromEntries(Object.entries(c).map(([k, v]) => [`group.${i}.${k}`, v]));
    const form = (csrf: string, overrides: Record<string, string> = {}) => ({
      _csrf: csrf,
      id: 'new-one',
      title: 'Samordnad individuell plan',
      task: 'Ta fram en gemensam rutin.',
      'commissionedBy.body': 'VVG',
      'commissionedBy.date': '2027-09-01',
      ...contactFields(0, annSofie),
      'group.1.name': '',
      'group.1.email': '',
      'group.1.organisationId': '',
      'group.1.role': '',
      'group.1.language': 'sv',
      'milestones.0.id': 'draft',
      'milestones.0.title': 'Utkast',
      'milestones.0.due': '2027-09-20',
      'milestones.1.id': 'final',
      'milestones.1.title': 'Slutrapport',
      'milestones.1.due': '2027-10-04',
      ...Object.fromEntries([2, 3, 4].flatMap((i) => ['id', 'title', 'due'].map((k) => [`milestones.${i}.${k}`, '']))),
      'reportBack.body': 'VVG',
      'reportBack.date': '',
      'reportBack.nextMeetingIn.year': '2027',
      'reportBack.nextMeetingIn.month': '10',
      ...overrides,
    });

    test('refused at its fields, the groups of fields included, with no client called', async () => {
      const { browser, csrf } = await as('secretary');
      const blank = await (await browser.request('/commissions/new')).text();
      expect(blank).toContain('<legend>Delmål 5</legend>');
      expect(blank).toContain('<option value="10">oktober</option>');

      const noMilestones = Object.fromEntries([0, 1].flatMap((i) => ['id', 'title', 'due'].map((k) => [`milestones.${i}.${k}`, ''])));
      const refused = await browser.postForm(
        '/commissions',
        form(csrf, { ...noMilestones, 'group.0.email': 'ann-sofie', 'reportBack.date': '2027-10-18' }),
      );
      expect(refused.status).toBe(422);
      const html = await refused.text();
      expect(html).toContain(
        '<a href="#f-group-0-email">Arbetsgrupp, person 1: E-post: <span lang="en">must be an e-mail address</span></a>',
      );
      expect(html).toContain('<a href="#f-milestones">Delmål: <span lang="en">needs at least one milestone</span></a>');
      expect(html).toContain('<span class="message" id="f-milestones-error"><span lang="en">needs at least one milestone</span></span>');
      expect(html).toContain(
        '<a href="#f-reportBack">Återrapport till: <span lang="en">needs either date or nextMeetingIn, not both</span></a>',
      );

      const gap = await browser.postForm(
        '/commissions',
        form(csrf, {
          'milestones.1.id': '',
          'milestones.1.title': '',
          'milestones.1.due': '',
          'milestones.2.id': 'late',
          'milestones.2.title': 'Sent',
          'milestones.2.due': '2027-10-01',
        }),
      );
      expect(gap.status).toBe(422);
      expect(await gap.text()).toContain('<a href="#f-milestones-1-id">Delmål 2: Id: <span lang="en">');
      expect(callsOf('start')).toEqual([]);
    });

    test('started through the client with the rows filled in, then its page', async () => {
      const { browser, csrf } = await as('secretary');
      const started = await browser.postForm('/commissions', form(csrf));
      expect(started.status).toBe(303);
      expect(started.headers.get('location')).toBe('/commissions/new-one');
      const [input] = callsOf('start')[0].args as [Record<string, unknown>];
      expect(input).toMatchObject({
        id: 'new-one',
        group: [annSofie],
        milestones: [
          { id: 'draft', title: 'Utkast', due: '2027-09-20' },
          { id: 'final', title: 'Slutrapport', due: '2027-10-04' },
        ],
        reportBack: { body: 'VVG', nextMeetingIn: { year: 2027, month: 10 }, minutes: 20 },
      });
      const acts = await web.db.selectFrom('api_acts').selectAll().where('act', '=', 'commission.start').execute();
      expect(acts).toEqual([expect.objectContaining({ target: 'commission/new-one', outcome: 'done' })]);
      expect((await page('secretary', '/commissions/new-one')).html).toContain('<h1>Samordnad individuell plan</h1>');
    });
  });

  test('an unknown commission, or one no id could name, is a 404 page', async () => {
    expect((await page('viewer', '/commissions/no-such')).status).toBe(404);
    expect((await page('viewer', '/commissions/Not%20an%20id')).status).toBe(404);
    const { browser, csrf } = await as('process-owner');
    expect((await browser.postForm('/commissions/no-such/completion', { _csrf: csrf })).status).toBe(404);
  });

  test('in English', async () => {
    const { browser } = await web.signedIn('preparation-group');
    await browser.request('/language/en?back=/');
    const html = await (await browser.request(PAGE)).text();
    expect(rowText(html, 'Analys')).toBe('Analys 30 August 2027 Overdue');
    expect(html).toContain('<h2 id="done-title">Mark a milestone as done</h2>');
    expect(textOf(html)).toContain('Reports back to VVG 18 October 2027. The item is on the meeting');
    expect(await (await browser.request('/commissions')).text()).toContain('<h1>Commissions</h1>');
  });
});
