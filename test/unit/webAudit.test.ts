import { Ledger } from '../../activities/ledger';
import { recordAct } from '../../activities/store/acts';
import { NOW, registerScenario, seed } from '../support/guidelineSubjects';
import { textOf } from '../support/pageText';
import { bodyOf, TestApp, testApp } from '../support/webApp';

const rowsOf = (html: string) =>
  [...(html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => textOf(r[1]));

describe('the audit: who was mailed what and when, every transition, and who did what on the web; searchable', () => {
  let web: TestApp;

  beforeAll(async () => {
    web = await testApp({ now: () => NOW });
    await seed(web.db, ...registerScenario());
    const ledger = new Ledger(web.sqliteFile);
    try {
      const outcome = (workflowId: string, subjectId: string, kind: string, at: string, details: object) =>
        ledger.recordOutcome({
          key: `${workflowId}|${kind}|${at}`,
          workflow_id: workflowId,
          subject_id: subjectId,
          kind,
          occurred_at: at,
          details: JSON.stringify(details),
          recorded_at: at,
        });
      outcome('guideline/consent', 'consent', 'registered', '2030-01-10T09:00:00.000Z', { guideline: { id: 'consent', version: '0.1' } });
      outcome('guideline/consent', 'consent', 'consultation-started', '2030-01-20T09:00:00.000Z', { round: 1, deadline: '2030-03-20' });
      outcome('guideline/consent/consultation/1', 'consent', 'consultation-response', '2030-02-20T10:00:00.000Z', {
        round: 1,
        organisationId: 'kommun-boras',
        kind: 'no-comments',
      });
      outcome('meeting/VVG/2030-03-25', 'meeting/VVG/2030-03-25', 'agenda-item-added', '2030-02-10T10:00:00.000Z', { itemId: 'pfik' });
      const mail = (workflowId: string, template: string, recipient: string, at: string, subject: string) =>
        ledger.recordMail({
          key: `${workflowId}|${template}|${recipient}`,
          workflow_id: workflowId,
          template,
          recipient,
          subject,
          message_id: `<${recipient}@example.org>`,
          due_at: at,
          sent_at: at,
        });
      mail(
        'guideline/consent/consultation/1',
        'consultation-invitation',
        'vardsamverkan@boras.example',
        '2030-02-01T07:00:00.000Z',
        'Remiss: Rutin för samtycke',
      );
      mail(
        'guideline/consent/consultation/1',
        'consultation-invitation',
        'vardsamverkan@lerum.example',
        '2030-02-01T07:00:00.000Z',
        'Remiss: Rutin för samtycke',
      );
      mail('guideline/consent', 'validity-extended', 'anna.andersson@vgregion.example', '2030-02-02T07:00:00.000Z', 'Giltigheten förlängd');
      mail('meeting/VVG/2030-03-25', 'document-reminder', 'per.holm@vgregion.example', '2030-02-25T07:00:00.000Z', 'Handlingar till VVG');
    } finally {
      ledger.close();
    }
    const act = (at: string, username: string, act: string, target: string, outcome: string) =>
      recordAct(web.db, { at, user_id: username, username, act, target, outcome });
    await act('2030-01-10T09:00:00.000Z', 'anna', 'guideline.register', 'consent', 'done');
    await act('2030-02-20T10:00:00.000Z', 'anna', 'consultation.answer', 'guideline/consent/consultation/1', 'done');
    await act('2030-02-21T10:00:00.000Z', 'sara', 'meeting.addItem', 'meeting/VVG/2030-03-25', 'WrongState');
  });
  afterAll(() => web.close());

  test('the mails, the latest first: when, what, the subject line, to whom, about what, and which version', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/audit')).text();
    expect(html).toContain('<a href="/audit?view=mails" aria-current="page">Utskick</a>');
    expect(rowsOf(html)).toEqual([
      '25 februari 2030 kl. 08:00 Påminnelse om handlingar till sammanträde Handlingar till VVG per.holm@vgregion.example meeting/VVG/2030-03-25',
      '2 februari 2030 kl. 08:00 Besked om förlängd giltighet Giltigheten förlängd anna.andersson@vgregion.example guideline/consent 0.1',
      '1 februari 2030 kl. 08:00 Inbjudan att svara på remiss Remiss: Rutin för samtycke vardsamverkan@lerum.example guideline/consent/consultation/1 remissversion 2',
      '1 februari 2030 kl. 08:00 Inbjudan att svara på remiss Remiss: Rutin för samtycke vardsamverkan@boras.example guideline/consent/consultation/1 remissversion 2',
    ]);
    expect(html).toContain('<a href="/guidelines/consent/rounds/1">guideline/consent/consultation/1</a>');
  });

  test.each([
    ['subject=consent', 3],
    ['subject=guideline/consent/consultation/1', 2],
    ['subject=meeting/VVG/2030-03-25', 1],
    ['q=lerum', 1],
    ['q=REMISS+boras', 1],
    ['q=förlängd', 1],
    ['subject=consent&q=holm', 0],
  ])('mails by %s, on the page and GET /api/ledger/mails', async (query, count) => {
    const { browser } = await web.signedIn('viewer');
    expect(rowsOf(await (await browser.request(`/audit?view=mails&${query}`)).text())).toHaveLength(count);
    expect((await bodyOf(await browser.request(`/api/ledger/mails?${query}`))).total).toBe(count);
  });

  test('the API gives each mail its version where the records know it, oldest first', async () => {
    const { browser } = await web.signedIn('viewer');
    const mails = await bodyOf(await browser.request('/api/ledger/mails?subject=consent'));
    expect(mails.items.map((m: { recipient: string; version?: string }) => [m.recipient, m.version])).toEqual([
      ['vardsamverkan@boras.example', 'remissversion 2'],
      ['vardsamverkan@lerum.example', 'remissversion 2'],
      ['anna.andersson@vgregion.example', '0.1'],
    ]);
  });

  test('the transitions: what happened, about what, with its details; by subject and words', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/audit?view=outcomes&subject=consent')).text();
    expect(rowsOf(html).map((row) => row.split(' Visa uppgifter')[0])).toEqual([
      '20 februari 2030 kl. 11:00 Remissvar registrerat guideline/consent/consultation/1',
      '20 januari 2030 kl. 10:00 Remissomgång startad guideline/consent',
      '10 januari 2030 kl. 10:00 Registrerad guideline/consent',
    ]);
    expect(html).toContain('&quot;organisationId&quot;: &quot;kommun-boras&quot;');
    expect(rowsOf(await (await browser.request('/audit?view=outcomes&q=kommun-boras')).text())).toHaveLength(1);
    const api = await bodyOf(await browser.request('/api/ledger/outcomes?q=pfik'));
    expect(api.items.map((o: { kind: string }) => o.kind)).toEqual(['agenda-item-added']);
  });

  test("the acts on the web: who, what, on what, how it ended; a guideline's cover its rounds'", async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/audit?view=acts&subject=consent')).text();
    expect(rowsOf(html)).toEqual([
      '20 februari 2030 kl. 11:00 anna Registrera remissvar guideline/consent/consultation/1 Utförd',
      '10 januari 2030 kl. 10:00 anna Registrera riktlinje consent Utförd',
    ]);
    expect(rowsOf(await (await browser.request('/audit?view=acts&q=sara')).text())).toEqual([
      '21 februari 2030 kl. 11:00 sara Lägga till punkt meeting/VVG/2030-03-25 Avvisad: fel läge',
    ]);
    const api = await bodyOf(await browser.request('/api/acts?subject=consent&q=answer'));
    expect(api.items.map((a: { act: string }) => a.act)).toEqual(['consultation.answer']);
  });

  test('the tabs keep the filters; a subject that cannot be one is named at its field with 422', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/audit?view=outcomes&subject=consent&q=remiss')).text();
    expect(html).toContain('<a href="/audit?view=acts&amp;subject=consent&amp;q=remiss">Åtgärder i webben</a>');
    expect(html).toContain('<input type="hidden" name="view" value="outcomes"/>');
    const refused = await browser.request('/audit?view=acts&subject=nobody%20at%20all');
    expect(refused.status).toBe(422);
    const text = await refused.text();
    expect(text).toContain(
      '<a href="#f-subject">Gäller: <span lang="en">must be a guideline id, or a workflow id such as meeting/VVG/2027-02-05</span></a>',
    );
    expect(text).toContain('<a href="/audit?view=acts" aria-current="page">Åtgärder i webben</a>');
    expect((await browser.request('/api/acts?subject=nobody%20at%20all')).status).toBe(422);
  });

  test('in English', async () => {
    const { browser } = await web.signedIn('viewer');
    await browser.request('/language/en');
    const html = await (await browser.request('/audit?view=acts&q=sara')).text();
    expect(html).toContain('<h1>Log</h1>');
    expect(rowsOf(html)).toEqual(['21 February 2030 at 11:00 sara Add an agenda item meeting/VVG/2030-03-25 Refused: wrong state']);
  });
});
