import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer, { SendMailOptions } from 'nodemailer';
import { folderBlobStore } from '../../activities/documents/blobStore';
import { issueLink } from '../../activities/links/personalLinks';
import { openDatabase, Store } from '../../activities/store/database';
import { InboundListener, INBOUND_LIMIT, startInboundListener } from '../../client/inbound/listener';
import { Failure } from '../../domain/failures';
import { consultationWorkflowId } from '../../domain/ids';
import { ValidationError } from '../../domain/validation';
import { GUIDELINE, openRound, seedRound } from '../support/consultationSubjects';
import { answeringConsultations } from '../support/answeringConsultations';
import { testLinks } from '../support/links';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/documents', name));
const ROUND = consultationWorkflowId(GUIDELINE, 1);
const uddevalla = { name: 'Registrator Uddevalla', email: 'registrator@kommun-uddevalla.example' };

let dir: string;
let db: Store;
let listener: InboundListener;
let answered: ReturnType<typeof answeringConsultations>;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbound-'));
  db = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
  answered = answeringConsultations();
  await seedRound(db, openRound());
  listener = await startInboundListener(
    {
      db,
      blobs: folderBlobStore(path.join(dir, 'documents')),
      consultations: answered.client,
      now: () => new Date('2097-02-20T10:00:00Z'),
    },
    { port: 0, host: '127.0.0.1' },
  );
});
afterEach(async () => {
  await listener.close();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const linkFor = (organisationId: string, contact = uddevalla) =>
  issueLink(db, testLinks.secret, { act: 'consultation.answer', workflowId: ROUND, organisationId, contact });

function send(to: string, message: Partial<SendMailOptions> = {}) {
  const transport = nodemailer.createTransport({ url: listener.address, ignoreTLS: true } as never);
  return transport
    .sendMail({
      from: 'Registrator Uddevalla <registrator@kommun-uddevalla.example>',
      to,
      subject: 'Re: Synpunkter önskas',
      text: 'Hej,\n\nVi har synpunkter, se bilaga.\tMvh Uddevalla',
      ...message,
    })
    .finally(() => transport.close());
}

const replies = () => db.selectFrom('inbound_replies').selectAll().execute();
const documents = () => db.selectFrom('documents').selectAll().execute();

describe('replies to asking mail, taken by the inbound listener', () => {
  test("a reply to a silent organisation's link is its answer, to be classified, with the PDF kept and the program refused", async () => {
    const token = await linkFor('kommun-uddevalla');
    await send(`riktlinjer+${token}@localhost`, {
      attachments: [
        { filename: 'Yttrande Uddevalla.pdf', content: fixture('yttrande.pdf') },
        { filename: 'yttrande.pdf.exe', content: fixture('program.exe') },
      ],
    });
    const [stored] = await documents();
    expect(stored).toMatchObject({ filename: 'Yttrande Uddevalla.pdf', media_type: 'application/pdf', received_via: 'email' });
    expect(answered.state.answers).toEqual([
      {
        guidelineId: GUIDELINE,
        round: 1,
        input: {
          organisationId: 'kommun-uddevalla',
          kind: 'unclassified',
          text: 'Hej,\n\nVi har synpunkter, se bilaga.    Mvh Uddevalla',
          receivedOn: '2097-02-20',
          documents: [
            { id: stored.id, filename: 'Yttrande Uddevalla.pdf', mediaType: 'application/pdf', size: fixture('yttrande.pdf').length },
          ],
          receivedVia: 'email',
          receivedFrom: 'registrator@kommun-uddevalla.example',
        },
      },
    ]);
    const [reply] = await replies();
    expect(reply).toMatchObject({
      workflow_id: ROUND,
      organisation_id: 'kommun-uddevalla',
      outcome: 'answered',
      subject: 'Re: Synpunkter önskas',
    });
    expect(JSON.parse(reply.refused_attachments)).toEqual([
      { filename: 'yttrande.pdf.exe', problem: 'the file is not a PDF, Word, OpenDocument or image (PNG, JPEG, GIF, WebP) file' },
    ]);
  });

  test('the address may arrive lower-cased; the same reply handed over twice is taken once', async () => {
    const token = await linkFor('kommun-uddevalla');
    const messageId = '<svar-1@kommun-uddevalla.example>';
    await send(`Riktlinjer+${token}@LOCALHOST`, { messageId });
    await send(`riktlinjer+${token}@localhost`, { messageId });
    expect(answered.state.answers).toHaveLength(1);
    expect(await replies()).toHaveLength(1);
  });

  test('a reply from an organisation that has answered is kept for staff and changes no answer', async () => {
    const token = await linkFor('kommun-boras', { name: 'Registrator Borås', email: 'registrator@kommun-boras.example' });
    await send(`riktlinjer+${token}@localhost`);
    expect(answered.state.answers).toEqual([]);
    expect((await replies()).map((r) => r.outcome)).toEqual(['kept']);
  });

  test('a round that refuses the answer meanwhile keeps the reply for staff; one that is busy defers it, for the relay to try again', async () => {
    const token = await linkFor('kommun-uddevalla');
    answered.state.refuseWith = new ValidationError(['round: the round is closed'], Failure.WrongState);
    await send(`riktlinjer+${token}@localhost`, { messageId: '<a@x>' });
    expect((await replies()).map((r) => r.outcome)).toEqual(['kept']);
    answered.state.refuseWith = new ValidationError(['busy'], Failure.Busy);
    await expect(send(`riktlinjer+${token}@localhost`, { messageId: '<b@x>' })).rejects.toMatchObject({ responseCode: 451 });
    expect(await replies()).toHaveLength(1);
  });

  test.each([
    ['an unknown token', async () => 'riktlinjer+abcdefghijklmnopqrstuvwxyz@localhost'],
    ['no token at all', async () => 'riktlinjer@localhost'],
    ['a withdrawn organisation', () => linkFor('kommun-ale').then((t) => `riktlinjer+${t}@localhost`)],
    [
      'a closed round',
      async () => {
        await seedRound(db, openRound({ status: 'closed' }));
        return `riktlinjer+${await linkFor('kommun-uddevalla')}@localhost`;
      },
    ],
  ])('%s is refused with the same 550, and nothing is kept', async (_, address) => {
    await expect(send(await address())).rejects.toMatchObject({ responseCode: 550, response: '550 5.1.1 No such recipient here' });
    expect(await replies()).toEqual([]);
    expect(await documents()).toEqual([]);
    expect(answered.state.answers).toEqual([]);
  });

  test('a flood from one address is turned away at connection', async () => {
    const token = await linkFor('kommun-uddevalla');
    const results = [];
    for (let i = 0; i < INBOUND_LIMIT.limit + 2; i++) {
      results.push(
        await send(`riktlinjer+${token}@localhost`, { messageId: `<flood-${i}@x>` }).then(
          () => 'taken',
          (e) => String(e.responseCode),
        ),
      );
    }
    expect(results.filter((r) => r === 'taken')).toHaveLength(INBOUND_LIMIT.limit);
    expect(results.slice(-2)).toEqual(['421', '421']);
    expect(await replies()).toHaveLength(INBOUND_LIMIT.limit);
  });
});
