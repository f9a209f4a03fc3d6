import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { documentKindOf, documentProblem, MAX_DOCUMENT_BYTES } from '../../domain/documents/mediaType';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '../fixtures/documents', name)));

/** An OLE compound file's signature and a directory entry naming one stream, in UTF-16LE as the format stores it. */
function compoundFile(stream: string): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return new Uint8Array(Buffer.concat([header, Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]));
}

describe('the kinds of document an organisation may hand in, read from the bytes', () => {
  test.each([
    ['yttrande.pdf', 'application/pdf'],
    ['yttrande.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['yttrande.odt', 'application/vnd.oasis.opendocument.text'],
    ['budget.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['bild.png', 'image/png'],
    ['bild.jpg', 'image/jpeg'],
    ['bild.gif', 'image/gif'],
    ['bild.webp', 'image/webp'],
  ])('%s is %s', (name, kind) => {
    expect(documentKindOf(fixture(name))).toBe(kind);
    expect(documentProblem(fixture(name))).toBeUndefined();
  });

  test('an old Word file is the compound file that names its WordDocument stream; an Excel one is refused', () => {
    expect(documentKindOf(compoundFile('WordDocument'))).toBe('application/msword');
    expect(documentKindOf(compoundFile('Workbook'))).toBeUndefined();
  });

  test.each([
    ['kalkyl.xlsx', 'a spreadsheet in Office Open XML'],
    ['arkiv.zip', 'a plain ZIP archive'],
    ['graphics.odg', 'an OpenDocument drawing'],
    ['program.exe', 'a Windows program'],
    ['bild.svg', 'an SVG, which can carry scripts'],
    ['anteckning.txt', 'plain text'],
  ])('%s (%s) is refused', (name) => {
    expect(documentKindOf(fixture(name))).toBeUndefined();
    expect(documentProblem(fixture(name))).toBe('the file is not a PDF, Word, OpenDocument or image (PNG, JPEG, GIF, WebP) file');
  });

  test('an empty file and one over the limit are refused before their kind is read', () => {
    expect(documentProblem(new Uint8Array())).toBe('the file is empty');
    const large = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    large.set(fixture('yttrande.pdf'));
    expect(documentProblem(large)).toBe('the file is larger than 20 MB');
    const atLimit = new Uint8Array(MAX_DOCUMENT_BYTES);
    atLimit.set(fixture('yttrande.pdf'));
    expect(documentProblem(atLimit)).toBeUndefined();
  });

  test('property: any bytes at all get an answer, and never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const kind = documentKindOf(bytes);
        expect(kind === undefined || typeof kind === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: a truncated document of any kind gets an answer, and never throws', () => {
    const files = ['yttrande.pdf', 'yttrande.docx', 'yttrande.odt', 'bild.png', 'bild.webp'].map(fixture);
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(1000), (file, cut) => {
        expect(() => documentKindOf(file.subarray(0, cut))).not.toThrow();
      }),
    );
  });
});
