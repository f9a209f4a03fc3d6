import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { ClientCall, stubClients } from '../support/apiStubs';
import { AHEAD, aheadVvg, HELD, heldVvg, NOW, seedMeetingSubjects, SRO_HELD } from '../support/meetingSubjects';
import type { Role } from '../../domain/access';
import { TestApp, testApp } from '../support/webApp';

/*
 * The meeting pages in-process: the calendar, an agenda, an item's decision and the principals' decisions, read from
 * a real read model on 15 February 2027 (test/support/meetingSubjects.ts), acting through stub clients.
 */

const presenter = {
  'presenter.name': 'Malin Svärd',
  'presenter.email': 'malin.sward@vastkom.example',
  'presenter.organisationId': 'vastkom',
  'presenter.role': 'processledare',
  'presenter.language': 'sv',
};

let web: TestApp;
let calls: ClientCall[];
/** What the next call of a stubbed act throws, once. */
let refuseNext: ValidationError | undefined;

const answer = (value: unknown) => () => {
  const refusal = refuseNext;
  refuseNext = undefined;
  if (refusal) throw refusal;
  return value;
};

beforeAll(async () => {
  const stub = stubClients({
    meetings: {
      plan: answer(['meeting/VVG/2027-02-12']),
      addItem: answer(aheadVvg),
      submitDocuments: answer(aheadVvg),
      decide: answer({}),
      recordPrincipalDecision: answer({ organisationId: 'kommun-ale', decided: 3, total: 3 }),
      closeTracking: answer({}),
    },
  });
  calls = stub.calls;
  web = await testApp({ clients: stub.clients, now: () => NOW });
  await seedMeetingSubjects(web.db);
});
afterAll(() => web.close());
beforeEach(() => {
  calls.length = 0;
  refuseNext = undefined;
});

const text = async (response: Response) => response.text();

/** One session per role: signing in hashes a password with a memory-hard function, which takes its time. */
const sessions = new Map<Role, ReturnType<TestApp['signedIn']>>();
const as = (role: Role) => {
  if (!sessions.has(role)) sessions.set(role, web.signedIn(role));
  return sessions.get(role)!;
};

describe('the calendar', () => {
  test("each body's meetings of the year with their state from the read model, and the calendar's years", async () => {
    const { browser } = await as('viewer');
    const html = await text(await browser.request('/meetings'));
    expect(html).toContain('<h1>Sammanträden 2027</h1>');
    expect(html).toContain('<h2 id="body-VVG">VVG:s sammanträden 2027</h2>');
    expect(html).toContain('<h2 id="body-SRO">SRO:s sammanträden 2027</h2>');
    const row = (date: string) => html.slice(html.indexOf(`<a href="/meetings/VVG/${date}">`)).split('</tr>')[0];
    expect(row(HELD)).toMatch(
      /12 februari 2027.*<td>Hållet<\/td><td class="number">3<\/td><td class="number">0<\/td><td class="number">1<\/td>/s,
    );
    expect(row(AHEAD)).toMatch(/<td>Planerat<\/td><td class="number">1<\/td><td class="number">1<\/td><td class="number">0<\/td>/);
    expect(row('2027-06-11')).toMatch(/<td>Inte påbörjat<\/td><td class="number">–<\/td>/);
    expect(html).toContain('<a href="/meetings?year=2020">2020</a>');
    expect(html).toContain('<a href="/meetings?year=2027" aria-current="page">2027</a>');
    expect(html).not.toContain('action="/meetings"');

    const earlier = await text(await browser.request('/meetings?year=2020'));
    expect(earlier).toContain('<a href="/meetings/VVG/2020-02-10">');
    expect((await browser.request('/meetings?year=twenty')).status).toBe(404);
  });

  test("a secretary starts a body's year; a refusal names its problem and calls no client; a viewer may not", async () => {
    const { browser, csrf } = await as('secretary');
    const html = await text(await browser.request('/meetings'));
    expect(html).toContain('<button type="submit">Påbörja VVG:s sammanträden 2027</button>');

    const planned = await browser.postForm('/meetings', { _csrf: csrf, body: 'VVG', year: '2027' });
    expect(planned.status).toBe(303);
    expect(planned.headers.get('location')).toBe('/meetings?year=2027');
    expect(calls).toEqual([{ client: 'meetings', method: 'plan', args: ['VVG', 2027] }]);
    calls.length = 0;

    const refused = await browser.postForm('/meetings', { _csrf: csrf, body: 'NHS', year: '2027' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toMatch(/role="alert".*body: <span lang="en">Invalid option/s);
    expect(calls).toEqual([]);

    const viewer = await as('viewer');
    expect((await viewer.browser.postForm('/meetings', { _csrf: viewer.csrf, body: 'VVG', year: '2027' })).status).toBe(403);
    expect(calls).toEqual([]);
  });
});

describe('an agenda', () => {
  test('its items with kind, subject, presenter, minutes, documents and decision; its deadline and the agenda sent', async () => {
    const { browser } = await as('secretary');
    const html = await text(await browser.request(`/meetings/VVG/${HELD}`));
    expect(html).toContain('<h1>Sammanträde i VVG <time datetime="2027-02-12">12 februari 2027</time></h1>');
    expect(html).toContain('<span class="status">Hållet</span>');
    expect(html).toMatch(/Sista dag för handlingar<\/dt><dd><time datetime="(\d{4}-\d{2}-\d{2})">/);
    expect(html).toContain(`<time datetime="${heldVvg.schedule.documentDeadline}">`);
    expect(html).toContain('Dagordningen har skickats ut.');
    const consent = html.slice(html.indexOf('<li id="item-consent">')).split('</dl>')[0];
    expect(consent).toContain('<h3>Riktlinje för samtycke</h3>');
    expect(consent).toContain('<dd>Ställningstagande</dd>');
    expect(consent).toContain('Riktlinje <a href="/guidelines/consent">consent</a>');
    expect(consent).toContain('<dd>Malin Svärd, presenter</dd>');
    expect(consent).toContain('<dd>10 min</dd>');
    expect(consent).toContain('<a href="https://samverkan.example/samtycke.pdf">Förslag till förlängning</a>');
    expect(consent).toContain(
      `<a class="button" href="/meetings/VVG/${HELD}/items/consent/decision" aria-label="Registrera beslut: Riktlinje för samtycke">Registrera beslut</a>`,
    );
    const sentBack = html.slice(html.indexOf('<li id="item-survey-plan">')).split('</dl>')[0];
    expect(sentBack).toContain(
      `<span class="decision">Återkommer <a href="/meetings/VVG/${AHEAD}">VVG <time datetime="${AHEAD}">16 april 2027</time></a>: Justera enkäten</span>`,
    );
    expect(sentBack).not.toContain('Registrera beslut');
    // A meeting held takes no items and no documents.
    expect(html).not.toContain('Lägg till en punkt');
    expect(html).not.toContain('Lämna in en handling');
  });

  test('a meeting ahead: where an item came from, its missing documents, and the forms to add an item and hand in', async () => {
    const { browser, csrf } = await as('secretary');
    const html = await text(await browser.request(`/meetings/VVG/${AHEAD}`));
    expect(html).toContain(
      `<dt>Återkommer från</dt><dd><a href="/meetings/VVG/${HELD}">VVG <time datetime="${HELD}">12 februari 2027</time></a></dd>`,
    );
    expect(html).toContain('<span class="missing">Inga handlingar ännu.</span>');
    expect(html).toContain('Dagordningen skickas ut <time');
    expect(html).toContain(`<form class="stack" method="post" action="/meetings/VVG/${AHEAD}/items" novalidate="">`);
    expect(html).toContain('<label for="f-needsSro">Går vidare till SRO</label>');
    expect(html).toContain(`<input type="hidden" name="_csrf" value="${csrf}"/>`);
    expect(html).toContain('<option value="survey-plan">Uppföljning av egenvård</option>');
    expect(html).not.toContain('Registrera beslut');
  });

  test("a calendar meeting nobody has started shows its dates; SRO's form asks nothing of SRO; a date not in the calendar is 404", async () => {
    const { browser } = await as('secretary');
    const html = await text(await browser.request('/meetings/SRO/2027-03-12'));
    expect(html).toContain('<span class="status">Inte påbörjat</span>');
    expect(html).toContain('Inget är planerat på sammanträdet ännu.');
    expect(html).not.toContain('f-needsSro');
    expect(html).not.toContain('Lämna in en handling');
    const missing = await browser.request('/meetings/VVG/2027-02-13');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>Sidan finns inte</h1>');
    expect((await browser.request('/meetings/NHS/2027-02-12')).status).toBe(404);
    expect((await browser.request('/meetings/VVG/2027-02-30')).status).toBe(404);
  });

  test('a viewer sees the agenda without a form or a button, and is refused every act with 403', async () => {
    const { browser, csrf } = await as('viewer');
    const held = await text(await browser.request(`/meetings/VVG/${HELD}`));
    expect(held).not.toContain('Registrera beslut');
    expect(held).toContain('Inget beslut ännu.');
    const ahead = await text(await browser.request(`/meetings/VVG/${AHEAD}`));
    expect(ahead).not.toContain('<form class="stack"');
    expect((await browser.request(`/meetings/VVG/${HELD}/items/consent/decision`)).status).toBe(403);
    for (const path of [`/meetings/VVG/${AHEAD}/items`, `/meetings/VVG/${AHEAD}/documents`, `/meetings/VVG/${HELD}/decisions`]) {
      expect((await browser.postForm(path, { _csrf: csrf, itemId: 'consent' })).status).toBe(403);
    }
    expect(calls).toEqual([]);
  });

  test('an item is added through the client; a refused one comes back 422 at its fields with what was typed, and calls nothing', async () => {
    const { browser, csrf } = await as('secretary');
    const form = { _csrf: csrf, itemId: 'consent', title: 'Riktlinje för samtycke', kind: 'decision', minutes: '20', ...presenter };
    const refused = await browser.postForm(`/meetings/VVG/${AHEAD}/items`, {
      ...form,
      title: '',
      minutes: 'tjugo',
      'presenter.email': 'malin-at-vastkom',
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('<a href="#f-title">Rubrik: <span lang="en">is required</span></a>');
    expect(html).toContain('<a href="#f-minutes">Minuter: <span lang="en">must be a whole number of minutes</span></a>');
    expect(html).toContain('<a href="#f-presenter-email">Föredragande: E-post: <span lang="en">must be an e-mail address</span></a>');
    expect(html).toContain('value="malin-at-vastkom"');
    expect(calls).toEqual([]);

    const added = await browser.postForm(`/meetings/VVG/${AHEAD}/items`, {
      ...form,
      'subject.type': 'guideline',
      'subject.id': 'consent',
      documentsExpected: 'true',
      needsSro: 'true',
    });
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe(`/meetings/VVG/${AHEAD}`);
    expect(calls).toEqual([
      {
        client: 'meetings',
        method: 'addItem',
        args: [
          'VVG',
          AHEAD,
          {
            itemId: 'consent',
            title: 'Riktlinje för samtycke',
            kind: 'decision',
            minutes: 20,
            subject: { type: 'guideline', id: 'consent' },
            presenter: {
              name: 'Malin Svärd',
              email: 'malin.sward@vastkom.example',
              organisationId: 'vastkom',
              role: 'processledare',
              language: 'sv',
            },
            documentsExpected: true,
            documents: [],
            needsSro: true,
          },
        ],
      },
    ]);

    // The meeting's own refusal, at the field it names, with 409.
    refuseNext = new ValidationError(["itemId: 'consent' is already on the agenda"], Failure.WrongState);
    const again = await browser.postForm(`/meetings/VVG/${AHEAD}/items`, form);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(
      '<a href="#f-itemId">Punktens id: <span lang="en">&#39;consent&#39; is already on the agenda</span></a>',
    );
  });

  test('a document is handed in for the item chosen; a refused one names its field and calls nothing', async () => {
    const { browser, csrf } = await as('preparation-group');
    const refused = await browser.postForm(`/meetings/VVG/${AHEAD}/documents`, {
      _csrf: csrf,
      'submission.itemId': 'survey-plan',
      'submission.documents.0.title': 'Enkäten',
      'submission.documents.0.link': 'ftp://example.org/enkat.pdf',
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain(
      '<a href="#f-submission-documents-0-link">Länk till handlingen: <span lang="en">must be an http(s) or file link</span></a>',
    );
    expect(html).toContain('<option value="survey-plan" selected="">Uppföljning av egenvård</option>');
    expect(calls).toEqual([]);

    const handedIn = await browser.postForm(`/meetings/VVG/${AHEAD}/documents`, {
      _csrf: csrf,
      'submission.itemId': 'survey-plan',
      'submission.documents.0.title': 'Enkäten',
      'submission.documents.0.link': 'https://samverkan.example/enkat.pdf',
    });
    expect(handedIn.status).toBe(303);
    expect(calls).toEqual([
      {
        client: 'meetings',
        method: 'submitDocuments',
        args: ['VVG', AHEAD, { itemId: 'survey-plan', documents: [{ title: 'Enkäten', link: 'https://samverkan.example/enkat.pdf' }] }],
      },
    ]);

    refuseNext = new ValidationError([`meeting: VVG ${AHEAD} has already been held`], Failure.WrongState);
    const late = await browser.postForm(`/meetings/VVG/${AHEAD}/documents`, {
      _csrf: csrf,
      'submission.itemId': 'survey-plan',
      'submission.documents.0.title': 'Enkäten',
      'submission.documents.0.link': 'https://samverkan.example/enkat.pdf',
    });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain(`meeting: <span lang="en">VVG ${AHEAD} has already been held</span>`);
  });
});

describe("an item's decision", () => {
  const decide = async (date: string, fields: Record<string, string>) => {
    const { browser, csrf } = await as('secretary');
    return browser.postForm(`/meetings/${date === SRO_HELD ? 'SRO' : 'VVG'}/${date}/decisions`, { _csrf: csrf, ...fields });
  };
  const decided = () => calls.filter((c) => c.method === 'decide').map((c) => c.args);

  test('the form offers what the domain allows for the item: a guideline adopted or extended, a send-back to a later meeting', async () => {
    const { browser } = await as('secretary');
    const html = await text(await browser.request(`/meetings/VVG/${HELD}/items/consent/decision`));
    expect(html).toContain('<h1>Beslut: Riktlinje för samtycke</h1>');
    for (const choice of ['adopt', 'extend', 'approve', 'note', 'send-back']) expect(html).toContain(`<option value="${choice}">`);
    expect(html).not.toContain('<option value="recommend-principals">');
    expect(html).toContain(`<option value="${AHEAD}">VVG 16 april 2027</option>`);
    expect(html).not.toContain(`<option value="${HELD}">`);
    expect(html).toContain('<label for="f-extend-validUntil">Förlängs till och med</label>');

    const roadmap = await text(await browser.request(`/meetings/VVG/${HELD}/items/roadmap/decision`));
    expect(roadmap).not.toContain('<option value="adopt">');
    expect(roadmap).not.toContain('f-extend-validUntil');

    const sro = await text(await browser.request(`/meetings/SRO/${SRO_HELD}/items/accompanying/decision`));
    expect(sro).toContain('<option value="recommend-principals">Rekommenderar huvudmännen att ställa sig bakom</option>');

    // Nothing to decide twice, nor before the meeting: back to the agenda.
    const again = await browser.request(`/meetings/VVG/${HELD}/items/survey-plan/decision`);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/meetings/VVG/${HELD}`);
    expect((await browser.request(`/meetings/VVG/${AHEAD}/items/survey-plan/decision`)).status).toBe(303);
    expect((await browser.request(`/meetings/VVG/${HELD}/items/no-such/decision`)).status).toBe(404);
  });

  test('every outcome goes to the client as the API takes it, with only its own fields', async () => {
    const cases: Array<[string, Record<string, string>, Record<string, unknown>]> = [
      [
        HELD,
        {
          itemId: 'consent',
          choice: 'adopt',
          'adopt.validFrom': '2027-03-01',
          'adopt.validUntil': '2029-02-28',
          'extend.validUntil': '2030-01-01',
        },
        { outcome: 'endorse', action: 'adopt', itemId: 'consent', validFrom: '2027-03-01', validUntil: '2029-02-28' },
      ],
      [
        HELD,
        {
          itemId: 'consent',
          choice: 'extend',
          'extend.validUntil': '2028-12-31',
          'extend.version': '2.1',
          'extend.editorialChanges': '',
          text: 'Förlängs',
        },
        { outcome: 'endorse', action: 'extend', itemId: 'consent', validUntil: '2028-12-31', version: '2.1', text: 'Förlängs' },
      ],
      [HELD, { itemId: 'roadmap', choice: 'approve' }, { outcome: 'endorse', action: 'approve', itemId: 'roadmap' }],
      [HELD, { itemId: 'roadmap', choice: 'note' }, { outcome: 'note', itemId: 'roadmap' }],
      [
        HELD,
        { itemId: 'roadmap', choice: 'send-back', 'sendBack.toMeeting': AHEAD, 'sendBack.reason': 'Mer underlag' },
        { outcome: 'send-back', itemId: 'roadmap', toMeeting: AHEAD, reason: 'Mer underlag' },
      ],
      [
        SRO_HELD,
        { itemId: 'accompanying', choice: 'recommend-principals', 'recommend.decideBy': '2027-09-30' },
        { outcome: 'recommend-principals', itemId: 'accompanying', decideBy: '2027-09-30' },
      ],
    ];
    for (const [date, fields] of cases) {
      const response = await decide(date, fields);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/meetings/${date === SRO_HELD ? 'SRO' : 'VVG'}/${date}`);
    }
    expect(decided()).toEqual(cases.map(([date, , decision]) => [date === SRO_HELD ? 'SRO' : 'VVG', date, decision]));
  });

  test('a refused decision names the field of its own outcome, keeps what was typed, and calls no client', async () => {
    const noChoice = await decide(HELD, { itemId: 'consent', choice: '' });
    expect(noChoice.status).toBe(422);
    expect(await noChoice.text()).toContain('<a href="#f-choice">Beslut: ');

    const noDate = await decide(HELD, { itemId: 'consent', choice: 'extend', 'extend.validUntil': '', 'extend.version': '2.1' });
    expect(noDate.status).toBe(422);
    const html = await noDate.text();
    expect(html).toContain('<a href="#f-extend-validUntil">Om giltigheten förlängs: Förlängs till och med: ');
    expect(html).toContain('aria-describedby="f-extend-validUntil-hint f-extend-validUntil-error" aria-invalid="true"');
    expect(html).toContain('<option value="extend" selected="">');
    expect(html).toContain('value="2.1"');

    const noMeeting = await decide(HELD, { itemId: 'roadmap', choice: 'send-back', 'sendBack.reason': 'Mer underlag' });
    expect(noMeeting.status).toBe(422);
    expect(await noMeeting.text()).toContain('<a href="#f-sendBack-toMeeting">Om punkten återkommer: Sammanträde: ');
    expect(decided()).toEqual([]);

    // The meeting's own rule, at the field of the outcome chosen.
    refuseNext = new ValidationError(['validUntil: 2026-12-31 has already passed'], Failure.WrongState);
    const passed = await decide(HELD, { itemId: 'consent', choice: 'extend', 'extend.validUntil': '2026-12-31' });
    expect(passed.status).toBe(409);
    expect(await passed.text()).toContain(
      '<a href="#f-extend-validUntil">Om giltigheten förlängs: Förlängs till och med: <span lang="en">2026-12-31 has already passed</span></a>',
    );

    // One about the meeting stays the meeting's, whatever the outcome chosen.
    refuseNext = new ValidationError([`meeting: VVG ${HELD} has not been held yet`], Failure.WrongState);
    const early = await decide(HELD, {
      itemId: 'roadmap',
      choice: 'send-back',
      'sendBack.toMeeting': AHEAD,
      'sendBack.reason': 'Mer underlag',
    });
    expect(early.status).toBe(409);
    expect(await early.text()).toContain(`<li>meeting: <span lang="en">VVG ${HELD} has not been held yet</span></li>`);
  });
});

describe("the principals' decisions", () => {
  const path = `/meetings/SRO/${SRO_HELD}/principals/self-care`;

  test('who has decided, what and when, who is silent, and the reminders; linked from the agenda', async () => {
    const { browser } = await as('viewer');
    const agenda = await text(await browser.request(`/meetings/SRO/${SRO_HELD}`));
    expect(agenda).toContain(`(<a href="${path}">Huvudmännens beslut</a>)`);
    const html = await text(await browser.request(path));
    expect(html).toContain('<h1>Huvudmännens beslut: Riktlinje för egenvård</h1>');
    expect(html).toContain('aria-valuetext="2 av 3 (67 %)"');
    expect(html).toMatch(
      /<th scope="row">Borås<\/th><td>Antagit<\/td><td><time datetime="2027-02-01">1 februari 2027<\/time><\/td><td>KS § 42<\/td>/,
    );
    expect(html).toMatch(/<th scope="row">Västra Götalandsregionen<\/th><td>Avslagit<\/td>/);
    expect(html).toContain('<ul class="silent"><li>Ale kommun</li></ul>');
    expect(html).toContain('<time datetime="2027-07-01">1 juli 2027</time>');
    expect(html).not.toContain('<form class="stack"');
    expect((await browser.request(`/meetings/SRO/${SRO_HELD}/principals/no-such`)).status).toBe(404);
  });

  test("a principal's decision and the closing go through the client; refusals name the field and call nothing; a viewer gets 403", async () => {
    const { browser, csrf } = await as('process-owner');
    const html = await text(await browser.request(path));
    expect(html).toContain('<option value="kommun-ale">Ale kommun</option>');

    const refused = await browser.postForm(`${path}/decisions`, {
      _csrf: csrf,
      organisationId: 'kommun-ale',
      decision: '',
      decidedOn: '2027-02-14',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('<a href="#f-decision">Beslut: ');
    const noReason = await browser.postForm(`${path}/closure`, { _csrf: csrf, reason: '' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('<a href="#f-reason">Skäl: <span lang="en">is required</span></a>');
    expect(calls).toEqual([]);

    const recorded = await browser.postForm(`${path}/decisions`, {
      _csrf: csrf,
      organisationId: 'kommun-ale',
      decision: 'adopted',
      decidedOn: '2027-02-14',
      reference: '',
    });
    expect(recorded.status).toBe(303);
    expect(recorded.headers.get('location')).toBe(path);
    const closed = await browser.postForm(`${path}/closure`, { _csrf: csrf, reason: 'Alla har beslutat' });
    expect(closed.status).toBe(303);
    expect(calls).toEqual([
      {
        client: 'meetings',
        method: 'recordPrincipalDecision',
        args: ['SRO', SRO_HELD, 'self-care', { organisationId: 'kommun-ale', decision: 'adopted', decidedOn: '2027-02-14' }],
      },
      { client: 'meetings', method: 'closeTracking', args: ['SRO', SRO_HELD, 'self-care', { reason: 'Alla har beslutat' }] },
    ]);
    calls.length = 0;

    refuseNext = new ValidationError(["organisationId: 'kommun-tjorn' is not one of the principals"], Failure.WrongState);
    const stranger = await browser.postForm(`${path}/decisions`, {
      _csrf: csrf,
      organisationId: 'kommun-tjorn',
      decision: 'adopted',
      decidedOn: '2027-02-14',
    });
    expect(stranger.status).toBe(409);
    expect(await stranger.text()).toContain(
      '<a href="#f-organisationId">Huvudman: <span lang="en">&#39;kommun-tjorn&#39; is not one of the principals</span></a>',
    );

    const viewer = await as('viewer');
    expect((await viewer.browser.postForm(`${path}/decisions`, { _csrf: viewer.csrf, organisationId: 'kommun-ale' })).status).toBe(403);
    expect((await viewer.browser.postForm(`${path}/closure`, { _csrf: viewer.csrf, reason: 'x' })).status).toBe(403);
    expect(calls.filter((c) => c.method !== 'recordPrincipalDecision')).toEqual([]);
  });
});

test('in English: the calendar, an agenda, a decision and the principals', async () => {
  const { browser } = await web.signedIn('secretary');
  await browser.request('/language/en?back=%2F');
  const calendar = await text(await browser.request('/meetings'));
  expect(calendar).toMatch(/<html lang="en">/);
  expect(calendar).toContain('<h2 id="body-VVG">VVG meetings 2027</h2>');
  expect(calendar).toContain('<td>Not started</td>');
  const agenda = await text(await browser.request(`/meetings/VVG/${HELD}`));
  expect(agenda).toContain('<h1>VVG meeting <time datetime="2027-02-12">12 February 2027</time></h1>');
  expect(agenda).toContain(
    '<span class="decision">Returns on <a href="/meetings/VVG/2027-04-16">VVG <time datetime="2027-04-16">16 April 2027</time></a>',
  );
  const decision = await text(await browser.request(`/meetings/VVG/${HELD}/items/consent/decision`));
  expect(decision).toContain('<option value="extend">Endorses – its validity is extended</option>');
  const principals = await text(await browser.request(`/meetings/SRO/${SRO_HELD}/principals/self-care`));
  expect(principals).toContain('<h2>Have not decided</h2>');
});
