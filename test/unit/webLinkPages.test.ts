import fs from 'node:fs';
import path from 'node:path';
import { issueLink } from '../../activities/links/personalLinks';
import { issueFeed } from '../../activities/links/calendarFeeds';
import { preferencesOf } from '../../activities/store/contactPreferences';
import { stockholmInstant } from '../../domain/calendar/dates';
import { MAX_DOCUMENT_BYTES } from '../../domain/documents/mediaType';
import { Failure } from '../../domain/failures';
import { consultationWorkflowId } from '../../domain/ids';
import type { PersonalAct } from '../../domain/links/personalLink';
import { ValidationError } from '../../domain/validation';
import { GUIDELINE, openRound, seedRound } from '../support/consultationSubjects';
import { answeringConsultations } from '../support/answeringConsultations';
import { testLinks } from '../support/links';
import { textOf } from '../support/pageText';
import { Browser, testApp, TestApp } from '../support/webApp';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/documents', name));
const ROUND = consultationWorkflowId(GUIDELINE, 1);
const uddevalla = { name: 'Registrator Uddevalla', email: 'registrator@kommun-uddevalla.example' };
// The fixture round's deadline, 2 March 2097, moved by the rule to Monday 4 March; it is 20 February.
const NOW = new Date(stockholmInstant('2097-02-20', '10:00'));

let web: TestApp;
let answered: ReturnType<typeof answeringConsultations>;

beforeEach(async () => {
  answered = answeringConsultations();
  web = await testApp({ clients: { consultations: answered.client }, now: () => NOW });
  await seedRound(web.db, openRound());
});
afterEach(() => web.close());

const link = (organisationId = 'kommun-uddevalla', act: PersonalAct = 'consultation.answer', workflowId = ROUND, contact = uddevalla) =>
  issueLink(web.db, testLinks.secret, { act, workflowId, organisationId, contact });

/** The link's page as an organisation opens it: no account, the sign-in token of its cookie for the form. */
async function opened(token: string): Promise<{ browser: Browser; html: string; csrf: string; status: number }> {
  const browser = web.browser();
  const response = await browser.request(`/l/${token}`);
  const html = await response.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? (await browser.csrfToken());
  return { browser, html, csrf, status: response.status };
}

function post(browser: Browser, token: string, fields: Record<string, string>, files: Array<{ name: string; bytes: Buffer }> = []) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.bytes)]), f.name);
  return browser.request(`/l/${token}`, { method: 'POST', body: form });
}

const documents = () => web.db.selectFrom('documents').selectAll().execute();

describe("a consultation round through an organisation's own link", () => {
  test('the page shows the document, the deadline in force with its move, that nothing is answered yet, and the form', async () => {
    const token = await link();
    const response = await web.browser().request(`/l/${token}`);
    // The document's link leads away from the page: the token must not go with it.
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const { html, status } = await opened(token);
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain('Riktlinje vid oro för ett väntat barn för Uddevalla');
    expect(text).toContain('Sista dag 4 mars 2097 (flyttad från 2 mars 2097)');
    expect(text).toContain('Ni har inte svarat ännu.');
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).not.toContain('Logga ut');
  });

  test('an answer with a PDF runs the staff Update, as come through the link from its contact, and the page says so', async () => {
    const token = await link();
    const { browser, csrf } = await opened(token);
    const response = await post(browser, token, { _csrf: csrf, kind: 'comments', text: 'Se bifogat yttrande.' }, [
      { name: 'Yttrande Uddevalla.pdf', bytes: fixture('yttrande.pdf') },
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/l/${token}?sent=1`);
    const [stored] = await documents();
    expect(stored).toMatchObject({ filename: 'Yttrande Uddevalla.pdf', organisation_id: 'kommun-uddevalla', received_via: 'link' });
    expect(answered.state.answers).toEqual([
      {
        guidelineId: GUIDELINE,
        round: 1,
        input: {
          organisationId: 'kommun-uddevalla',
          kind: 'comments',
          text: 'Se bifogat yttrande.',
          receivedOn: '2097-02-20',
          receivedVia: 'link',
          receivedFrom: 'registrator@kommun-uddevalla.example',
          documents: [
            { id: stored.id, filename: 'Yttrande Uddevalla.pdf', mediaType: 'application/pdf', size: fixture('yttrande.pdf').length },
          ],
        },
      },
    ]);
    expect(textOf(await (await browser.request(`/l/${token}?sent=1`)).text())).toContain('Tack! Det är registrerat.');
  });

  test('an organisation that has answered sees its answer and may change it', async () => {
    const { html } = await opened(
      await link('kommun-bengtsfors', 'consultation.answer', ROUND, { name: 'B', email: 'b@bengtsfors.example' }),
    );
    const text = textOf(html);
    expect(text).toContain('Ert svar hittills Ert svar Vi har synpunkter Inkom 3 februari 2097');
    expect(text).toContain('Förtydliga ansvaret vid utskrivning.');
    expect(text).toContain('Ändra svaret');
  });

  test('the link acts for its own organisation only: an organisation named in the form is not taken', async () => {
    const token = await link();
    const { browser, csrf } = await opened(token);
    await post(browser, token, { _csrf: csrf, kind: 'no-comments', organisationId: 'kommun-boras' });
    expect(answered.state.answers.map((a) => a.input.organisationId)).toEqual(['kommun-uddevalla']);
  });

  test('a program named .pdf is refused, naming the file, and nothing is stored or recorded', async () => {
    const token = await link();
    const { browser, csrf } = await opened(token);
    const response = await post(browser, token, { _csrf: csrf, kind: 'comments' }, [
      { name: 'yttrande.pdf', bytes: fixture('program.exe') },
    ]);
    expect(response.status).toBe(422);
    expect(textOf(await response.text())).toContain(
      'Bifoga filer: yttrande.pdf: the file is not a PDF, Word, OpenDocument or image (PNG, JPEG, GIF, WebP) file',
    );
    expect(await documents()).toEqual([]);
    expect(answered.state.answers).toEqual([]);
  });

  test('an answer without its kind is refused at the field, and the file sent with it is not stored', async () => {
    const token = await link();
    const { browser, csrf } = await opened(token);
    const response = await post(browser, token, { _csrf: csrf, text: 'Synpunkter' }, [{ name: 'y.pdf', bytes: fixture('yttrande.pdf') }]);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#f-kind">Ert svar: ');
    expect(html).toContain('Synpunkter</textarea>');
    expect(await documents()).toEqual([]);
    expect(answered.state.answers).toEqual([]);
  });

  test('an upload larger than a document may be is refused whole (413), and nothing is stored', async () => {
    const token = await link();
    const { browser, csrf } = await opened(token);
    const large = Buffer.alloc(MAX_DOCUMENT_BYTES + 2 * 1024 * 1024);
    fixture('yttrande.pdf').copy(large);
    const response = await post(browser, token, { _csrf: csrf, kind: 'comments' }, [{ name: 'stor.pdf', bytes: large }]);
    expect(response.status).toBe(413);
    expect(await documents()).toEqual([]);
    expect(answered.state.answers).toEqual([]);
  });

  test('a round that refuses the answer meanwhile says so at the form, as it would to staff', async () => {
    const token = await link();
    const { browser, csrf } = await opened(token);
    answered.state.refuseWith = new ValidationError(['round: the round is closed and takes no more answers'], Failure.WrongState);
    const response = await post(browser, token, { _csrf: csrf, kind: 'no-comments' });
    expect(response.status).toBe(409);
    expect(textOf(await response.text())).toContain('the round is closed and takes no more answers');
  });

  test('without the form token of its cookie a post is refused, and nothing is recorded', async () => {
    const token = await link();
    const response = await post(web.browser(), token, { kind: 'no-comments' });
    expect(response.status).toBe(403);
    expect(answered.state.answers).toEqual([]);
  });
});

describe('a link that opens nothing gets the same page, whatever the reason', () => {
  const goneAnswer = async (token: string) => {
    const response = await web.browser().request(`/l/${token}`);
    return { status: response.status, text: textOf(await response.text()).replace(/^.*?Länken gäller inte/, 'Länken gäller inte') };
  };

  test.each([
    ['unknown', async () => 'abcdefghijklmnopqrstuvwxyz'],
    ['tampered', async () => (await link()).replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))],
    ['not a token at all', async () => '..%2F..%2Fetc%2Fpasswd'],
    [
      'of a withdrawn organisation (revoked)',
      () => link('kommun-ale', 'consultation.answer', ROUND, { name: 'A', email: 'a@ale.example' }),
    ],
    ['of another scope: a calendar feed', () => issueFeed(web.db, testLinks.secret, { organisationId: 'kommun-uddevalla' })],
    ['of another scope: an organisation never asked', () => link('kommun-tjorn', 'consultation.answer')],
    [
      'expired: the round has closed',
      async () => {
        await seedRound(web.db, openRound({ status: 'closed' }));
        return link();
      },
    ],
  ])('%s', async (_, token) => {
    const reference = await goneAnswer('zzzzzzzzzzzzzzzzzzzzzzzzzz');
    expect(reference.status).toBe(404);
    expect(reference.text).toContain('Länken gäller inte');
    const t = await token();
    expect(await goneAnswer(t)).toEqual(reference);
    const { browser, csrf } = await opened(t);
    expect((await post(browser, t, { _csrf: csrf, kind: 'no-comments' })).status).toBe(404);
    expect(answered.state.answers).toEqual([]);
  });

  test('a flood from one address is turned away with 429', async () => {
    const browser = web.browser();
    const statuses = [];
    for (let i = 0; i < 62; i++) statuses.push((await browser.request('/l/zzzzzzzzzzzzzzzzzzzzzzzzzz')).status);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(60)).toEqual([429, 429]);
  });
});

describe('Mina åtaganden', () => {
  test("lists the contact's open asks and their organisation's, each with a link of the contact's own, and their calendars", async () => {
    const token = await link();
    const response = await web.browser().request(`/l/${token}/mine`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = textOf(html);
    expect(text).toContain('Mina åtaganden för Uddevalla');
    expect(text).toContain('Riktlinje vid oro för ett väntat barn (Uddevalla) Svara på remiss 4 mars 2097');
    expect(html).toContain(`href="/l/${token}"`);
    expect(html).toMatch(/http:\/\/localhost:3000\/calendar\/[a-z2-7]{26}\.ics/);
  });
});

describe("a contact's own settings", () => {
  test('a language and only the asks are saved for the contact the link was mailed to', async () => {
    const token = await link();
    const browser = web.browser();
    const page = await (await browser.request(`/l/${token}/preferences`)).text();
    expect(page).toContain('<option value="sv" selected="">Svenska</option>');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1];
    const saved = await browser.postForm(`/l/${token}/preferences`, { _csrf: csrf, language: 'en', asksOnly: 'true' });
    expect(saved.status).toBe(303);
    expect(await preferencesOf(web.db, 'Registrator@kommun-uddevalla.example')).toEqual({ language: 'en', asksOnly: true });
    expect(textOf(await (await browser.request(`/l/${token}/preferences?saved=1`)).text())).toContain('Inställningarna är sparade.');
  });

  test('a language the mail does not speak is refused at its field, and nothing is saved', async () => {
    const token = await link();
    const browser = web.browser();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await (await browser.request(`/l/${token}/preferences`)).text())![1];
    const refused = await browser.postForm(`/l/${token}/preferences`, { _csrf: csrf, language: 'de' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('<a href="#f-language">Språk i e-post: ');
    expect(await preferencesOf(web.db, uddevalla.email)).toBeUndefined();
  });
});
