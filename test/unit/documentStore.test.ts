import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { folderBlobStore, sha256Of } from '../../activities/documents/blobStore';
import { documentRow, storeDocument, Upload } from '../../activities/documents/documents';
import { openDatabase, Store } from '../../activities/store/database';
import { ValidationError } from '../../domain/validation';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '../fixtures/documents', name)));

let dir: string;
let db: Store;
const blobsDir = () => path.join(dir, 'documents');
const filesIn = (folder: string): string[] =>
  fs.existsSync(folder)
    ? fs
        .readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'documents-'));
  db = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
});
afterEach(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const upload = (bytes: Uint8Array, filename = 'Yttrande Ale.pdf'): Upload => ({
  bytes,
  filename,
  workflowId: 'guideline/consent/consultation/1',
  organisationId: 'kommun-ale',
  via: 'link',
  from: 'registrator@ale.se',
});

describe('documents: bytes by their hash in a folder, a row each in the index', () => {
  test('a PDF is stored under its SHA-256 and indexed with its name, kind, size and who handed it in', async () => {
    const blobs = folderBlobStore(blobsDir());
    const pdf = fixture('yttrande.pdf');
    const ref = await storeDocument(db, blobs, upload(pdf), new Date('2027-01-12T09:00:00Z'));
    expect(ref).toEqual({ id: expect.any(String), filename: 'Yttrande Ale.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect(await documentRow(db, ref.id)).toEqual({
      id: ref.id,
      sha256: sha256Of(pdf),
      filename: 'Yttrande Ale.pdf',
      media_type: 'application/pdf',
      size: pdf.length,
      workflow_id: 'guideline/consent/consultation/1',
      organisation_id: 'kommun-ale',
      received_via: 'link',
      received_from: 'registrator@ale.se',
      received_at: '2027-01-12T09:00:00.000Z',
    });
    expect(Buffer.from((await blobs.get(sha256Of(pdf)))!)).toEqual(Buffer.from(pdf));
    expect(filesIn(blobsDir())).toEqual([sha256Of(pdf)]);
  });

  test('the same bytes handed in twice are stored once, with a row for each', async () => {
    const blobs = folderBlobStore(blobsDir());
    const first = await storeDocument(db, blobs, upload(fixture('yttrande.odt'), 'a.odt'));
    const second = await storeDocument(db, blobs, upload(fixture('yttrande.odt'), 'b.odt'));
    expect(first.id).not.toBe(second.id);
    expect(filesIn(blobsDir())).toHaveLength(1);
    expect((await db.selectFrom('documents').select('filename').execute()).map((r) => r.filename).sort()).toEqual(['a.odt', 'b.odt']);
  });

  test.each([
    ['program.exe', 'file: the file is not a PDF, Word, OpenDocument or image (PNG, JPEG, GIF, WebP) file'],
    ['anteckning.txt', 'file: the file is not a PDF, Word, OpenDocument or image (PNG, JPEG, GIF, WebP) file'],
  ])('%s is refused, naming the field, and nothing is stored or indexed', async (name, problem) => {
    const blobs = folderBlobStore(blobsDir());
    await expect(storeDocument(db, blobs, upload(fixture(name), 'yttrande.pdf'))).rejects.toEqual(new ValidationError([problem]));
    expect(filesIn(blobsDir())).toEqual([]);
    expect(await db.selectFrom('documents').selectAll().execute()).toEqual([]);
  });

  test('a name with a path or a control character is not kept as given', async () => {
    const blobs = folderBlobStore(blobsDir());
    expect((await storeDocument(db, blobs, upload(fixture('bild.png'), '../../etc/passwd.png'))).filename).toBe('passwd.png');
    expect((await storeDocument(db, blobs, upload(fixture('bild.png'), 'bild\r\nBcc: x.png'))).filename).toBe('dokument.png');
  });

  test('only a hash names stored bytes: anything else, or a hash not stored, is not found', async () => {
    const blobs = folderBlobStore(blobsDir());
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'hemligt');
    expect(await blobs.get('../secret.txt')).toBeUndefined();
    expect(await blobs.get('0'.repeat(64))).toBeUndefined();
    expect(await documentRow(db, 'not-a-uuid')).toBeUndefined();
  });
});
