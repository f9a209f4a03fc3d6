import fs from 'node:fs';
import path from 'node:path';
import { issueLink } from '../../activities/links/personalLinks';
import { stockholmInstant } from '../../domain/calendar/dates';
import { followUpWorkflowId, implementationWorkflowId, meetingWorkflowId, principalsWorkflowId } from '../../domain/ids';
import type { PersonalAct } from '../../domain/links/personalLink';
import { stubClients } from '../support/apiStubs';
import { GUIDELINE, seedFollowUps } from '../support/followUpSubjects';
import { testLinks } from '../support/links';
import { AHEAD, seedMeetingSubjects, SRO_HELD } from '../support/meetingSubjects';
import { textOf } from '../support/pageText';
import { Browser, testApp, TestApp } from '../support/webApp';

/*
 * The other asks, each through its own link: confirm an implementation, submit a survey part, record a principal's
 * decision, hand in a meeting's documents. Each runs its staff act's client call for the link's organisation only,
 * marked as come through the link and from whom.
 */

const pdf = fs.readFileSync(path.join(__dirname, '../fixtures/documents/yttrande.pdf'));
// Before VVG's April meeting, in the survey's window, and with the principals still deciding.
const NOW = new Date(stockholmInstant('2027-04-01', '10:00'));
const contact = (organisationId: string) => ({ name: `Kontakt ${organisationId}`, email: `kontakt@${organisationId}.example` });

let web: TestApp;
let calls: ReturnType<typeof stubClients>['calls'];

beforeEach(async () => {
  const stubs = stubClients({
    followUps: { confirmImplementation: () => ({}), submitPart: () => ({}) },
    meetings: { recordPrincipalDecision: () => ({}), submitDocuments: () => ({}) },
  });
  calls = stubs.calls;
  web = await testApp({ clients: stubs.clients, now: () => NOW });
  await seedFollowUps(web.db);
  await seedMeetingSubjects(web.db);
});
afterEach(() => web.close());

const link = (act: PersonalAct, workflowId: string, organisationId: string, who = contact(organisationId)) =>
  issueLink(web.db, testLinks.secret, { act, workflowId, organisationId, contact: who });

async function opened(token: string): Promise<{ browser: Browser; html: string; csrf: string; status: number }> {
  const browser = web.browser();
  const response = await browser.request(`/l/${token}`);
  const html = await response.text();
  return { browser, html, csrf: /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', status: response.status };
}

describe('the other asks through their links', () => {
  test('an implementer confirms its implementation', async () => {
    const token = await link('implementation.confirm', implementationWorkflowId(GUIDELINE, 1), 'goteborgsomradet');
    const { browser, html, csrf, status } = await opened(token);
    expect(status).toBe(200);
    expect(textOf(html)).toContain('Riktlinje för egenvård ska vara fullt infört senast 31 december 2027');
    const response = await browser.postForm(`/l/${token}`, { _csrf: csrf, confirmedOn: '2027-03-30', note: 'Klart i alla kommuner' });
    expect(response.status).toBe(303);
    expect(calls.map((c) => [c.method, ...c.args])).toEqual([
      [
        'confirmImplementation',
        GUIDELINE,
        1,
        {
          organisationId: 'goteborgsomradet',
          confirmedOn: '2027-03-30',
          note: 'Klart i alla kommuner',
          receivedVia: 'link',
          receivedFrom: 'kontakt@goteborgsomradet.example',
        },
      ],
    ]);
  });

  test('one that has confirmed sees its confirmation and no form', async () => {
    const { html } = await opened(await link('implementation.confirm', implementationWorkflowId(GUIDELINE, 1), 'fyrbodal'));
    expect(textOf(html)).toContain('Bekräftat 20 augusti 2027');
    expect(html).not.toContain('name="confirmedOn"');
  });

  test('a sub-region submits a part it has not, and sees those it has', async () => {
    const token = await link('followUp.submit', followUpWorkflowId(GUIDELINE, 1), 'skaraborg');
    const { browser, html, csrf } = await opened(token);
    expect(textOf(html)).toContain('Funktionalitet Skickat 31 augusti 2027: Delvis');
    expect(html).not.toContain('<option value="functionality"');
    const response = await browser.postForm(`/l/${token}`, {
      _csrf: csrf,
      partId: 'implementation',
      answer: 'Införd i hälften av kommunerna',
    });
    expect(response.status).toBe(303);
    expect(calls.map((c) => c.args)).toEqual([
      [
        GUIDELINE,
        1,
        {
          organisationId: 'skaraborg',
          partId: 'implementation',
          answer: 'Införd i hälften av kommunerna',
          submittedOn: '2027-04-01',
          receivedVia: 'link',
          receivedFrom: 'kontakt@skaraborg.example',
        },
      ],
    ]);
  });

  test("a survey part without its answer is refused at the field, and the client isn't called", async () => {
    const token = await link('followUp.submit', followUpWorkflowId(GUIDELINE, 1), 'skaraborg');
    const { browser, csrf } = await opened(token);
    const response = await browser.postForm(`/l/${token}`, { _csrf: csrf, partId: 'implementation', answer: '' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('<a href="#f-answer">Svar: ');
    expect(calls).toEqual([]);
  });

  test('a principal records its decision', async () => {
    const token = await link('principals.record', principalsWorkflowId('SRO', SRO_HELD, 'self-care'), 'kommun-ale');
    const { browser, html, csrf } = await opened(token);
    expect(textOf(html)).toContain('SRO 2027-01-22 rekommenderade huvudmännen att ställa sig bakom Riktlinje för egenvård');
    const response = await browser.postForm(`/l/${token}`, {
      _csrf: csrf,
      decision: 'adopted',
      decidedOn: '2027-03-28',
      reference: 'KS § 12',
    });
    expect(response.status).toBe(303);
    expect(calls.map((c) => [c.method, ...c.args])).toEqual([
      [
        'recordPrincipalDecision',
        'SRO',
        SRO_HELD,
        'self-care',
        {
          organisationId: 'kommun-ale',
          decision: 'adopted',
          decidedOn: '2027-03-28',
          reference: 'KS § 12',
          receivedVia: 'link',
          receivedFrom: 'kontakt@kommun-ale.example',
        },
      ],
    ]);
  });

  test('a presenter hands in a document for their own item; it is stored and linked for the meeting', async () => {
    const presenter = { name: 'Malin Svärd', email: 'malin.sward@vastkom.example' };
    const token = await link('meeting.submitDocument', meetingWorkflowId('VVG', AHEAD), 'vastkom', presenter);
    const { browser, html, csrf } = await opened(token);
    expect(textOf(html)).toContain('Uppföljning av egenvård Inga handlingar ännu');
    const form = new FormData();
    form.append('_csrf', csrf);
    form.append('itemId', 'survey-plan');
    form.append('title', 'Förslag till uppföljning');
    form.append('files', new Blob([new Uint8Array(pdf)]), 'forslag.pdf');
    const response = await browser.request(`/l/${token}`, { method: 'POST', body: form });
    expect(response.status).toBe(303);
    const [stored] = await web.db.selectFrom('documents').selectAll().execute();
    expect(calls.map((c) => [c.method, ...c.args])).toEqual([
      [
        'submitDocuments',
        'VVG',
        AHEAD,
        {
          itemId: 'survey-plan',
          documents: [{ title: 'Förslag till uppföljning', link: `http://localhost:3000/documents/${stored.id}` }],
          receivedVia: 'link',
          receivedFrom: 'malin.sward@vastkom.example',
        },
      ],
    ]);
  });

  test("a presenter's link hands in for their own items only, and a link of one who presents nothing opens nothing", async () => {
    const presenter = { name: 'Malin Svärd', email: 'malin.sward@vastkom.example' };
    const token = await link('meeting.submitDocument', meetingWorkflowId('VVG', AHEAD), 'vastkom', presenter);
    const { browser, csrf } = await opened(token);
    const form = new FormData();
    form.append('_csrf', csrf);
    form.append('itemId', 'some-other-item');
    form.append('files', new Blob([new Uint8Array(pdf)]), 'forslag.pdf');
    expect((await browser.request(`/l/${token}`, { method: 'POST', body: form })).status).toBe(422);
    expect(await web.db.selectFrom('documents').selectAll().execute()).toEqual([]);
    const stranger = await link('meeting.submitDocument', meetingWorkflowId('VVG', AHEAD), 'kommun-ale');
    expect((await opened(stranger)).status).toBe(404);
    expect(calls).toEqual([]);
  });
});
