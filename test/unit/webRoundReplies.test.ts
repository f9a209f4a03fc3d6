import fs from 'node:fs';
import path from 'node:path';
import { storeDocument } from '../../activities/documents/documents';
import type { ResponseRecord } from '../../domain/consultation/progress';
import { consultationWorkflowId } from '../../domain/ids';
import { stubClients } from '../support/apiStubs';
import { GUIDELINE, openRound, seedGuideline, seedRound } from '../support/consultationSubjects';
import { textOf } from '../support/pageText';
import { testApp, TestApp } from '../support/webApp';

/*
 * What a round's page shows of answers that came by the organisations' own links and replies, and the act of
 * classifying a reply: the same answer, with the kind the process owner reads it as.
 */

const ROUND = `/guidelines/${GUIDELINE}/rounds/1`;
const WORKFLOW = consultationWorkflowId(GUIDELINE, 1);
const pdf = fs.readFileSync(path.join(__dirname, '../fixtures/documents/yttrande.pdf'));

let web: TestApp;
let calls: ReturnType<typeof stubClients>['calls'];

beforeEach(async () => {
  const stubs = stubClients({
    consultations: { recordResponse: () => ({ organisationId: 'kommun-uddevalla', late: false, replaced: true, answered: 4, total: 6 }) },
  });
  calls = stubs.calls;
  web = await testApp({ clients: stubs.clients, now: () => new Date('2097-02-20T10:00:00Z') });
  await seedGuideline(web.db);
  const document = await storeDocument(web.db, web.deps.blobs, {
    bytes: pdf,
    filename: 'Yttrande Uddevalla.pdf',
    workflowId: WORKFLOW,
    organisationId: 'kommun-uddevalla',
    via: 'email',
    from: 'registrator@kommun-uddevalla.example',
  });
  const reply: ResponseRecord = {
    organisationId: 'kommun-uddevalla',
    kind: 'unclassified',
    text: 'Vi har synpunkter, se bilaga.',
    receivedOn: '2097-02-19',
    documents: [document],
    receivedVia: 'email',
    receivedFrom: 'registrator@kommun-uddevalla.example',
    late: false,
    recordedAt: '2097-02-19T09:00:00.000Z',
  };
  const round = openRound();
  await seedRound(web.db, { ...round, responses: { ...round.responses, 'kommun-uddevalla': reply } });
  await web.db
    .insertInto('inbound_replies')
    .values({
      id: 'b7f3c1de-0000-4000-8000-000000000001',
      message_id: '<svar@uddevalla.example>',
      act: 'consultation.answer',
      workflow_id: WORKFLOW,
      organisation_id: 'kommun-uddevalla',
      contact_email: 'registrator@kommun-uddevalla.example',
      from_address: 'registrator@kommun-uddevalla.example',
      subject: 'Re: Synpunkter önskas',
      text: 'Vi har synpunkter, se bilaga.',
      documents: JSON.stringify([document]),
      refused_attachments: JSON.stringify([{ filename: 'makro.exe', problem: 'the file is not a PDF' }]),
      received_at: '2097-02-19T09:00:00.000Z',
      outcome: 'answered',
    })
    .execute();
});
afterEach(() => web.close());

describe('answers by reply on the round page', () => {
  test('the reply, its attachment to download, the refused one, and the form to classify it; the answer says how it came', async () => {
    const { browser } = await web.signedIn('process-owner');
    const html = await (await browser.request(ROUND)).text();
    const text = textOf(html);
    expect(text).toContain('Svar via e-post (1)');
    expect(text).toContain('Uddevalla Från registrator@kommun-uddevalla.example Mottaget 19 februari 2097 Ämne Re: Synpunkter önskas');
    expect(text).toContain('makro.exe: the file is not a PDF');
    expect(text).toContain('Svar via e-post, att klassa (via e-post, registrator@kommun-uddevalla.example)');
    const href = /<a href="(\/documents\/[0-9a-f-]+)">Yttrande Uddevalla.pdf<\/a>/.exec(html)![1];
    const download = await browser.request(href);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Yttrande%20Uddevalla.pdf");
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    expect(html).toContain('name="classify.kommun-uddevalla"');
  });

  test('classifying records the same answer with the kind chosen, and nothing else changes', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    const response = await browser.postForm(`${ROUND}/classifications`, {
      _csrf: csrf,
      organisationId: 'kommun-uddevalla',
      'classify.kommun-uddevalla': 'comments',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${ROUND}?done=classification`);
    expect(calls.map((c) => c.args)).toEqual([
      [
        GUIDELINE,
        1,
        expect.objectContaining({
          organisationId: 'kommun-uddevalla',
          kind: 'comments',
          text: 'Vi har synpunkter, se bilaga.',
          receivedOn: '2097-02-19',
          receivedVia: 'email',
          receivedFrom: 'registrator@kommun-uddevalla.example',
          documents: [expect.objectContaining({ filename: 'Yttrande Uddevalla.pdf' })],
        }),
      ],
    ]);
  });

  test.each([
    ['an answer that is not a reply to classify', 'kommun-boras', 'comments', 409],
    ['no kind chosen', 'kommun-uddevalla', '', 422],
    ["'unclassified' again", 'kommun-uddevalla', 'unclassified', 422],
  ])('%s is refused at the field, and no client is called', async (_, organisationId, kind, status) => {
    const { browser, csrf } = await web.signedIn('process-owner');
    const response = await browser.postForm(`${ROUND}/classifications`, {
      _csrf: csrf,
      organisationId,
      [`classify.${organisationId}`]: kind,
    });
    expect(response.status).toBe(status);
    expect(await response.text()).toContain('class="error-summary"');
    expect(calls).toEqual([]);
  });

  test('a viewer sees the reply but no form, may not classify, and may download; signed out, nothing', async () => {
    const { browser, csrf } = await web.signedIn('viewer');
    const html = await (await browser.request(ROUND)).text();
    expect(html).not.toContain('classify.kommun-uddevalla');
    const refused = await browser.postForm(`${ROUND}/classifications`, {
      _csrf: csrf,
      organisationId: 'kommun-uddevalla',
      'classify.kommun-uddevalla': 'comments',
    });
    expect(refused.status).toBe(403);
    expect(calls).toEqual([]);
    const href = /<a href="(\/documents\/[0-9a-f-]+)">/.exec(html)![1];
    expect((await browser.request(href)).status).toBe(200);
    const signedOut = await web.browser().request(href);
    expect(signedOut.status).not.toBe(200);
    expect(Buffer.from(await signedOut.arrayBuffer()).includes(pdf)).toBe(false);
  });
});
