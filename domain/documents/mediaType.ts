/**
 * The kinds of document an organisation may hand in (an answer's attachments, a meeting's documents): PDF, Word,
 * OpenDocument and images. The kind is read from the bytes, never from the name or the sender's claim, so a
 * renamed program is refused whatever it is called. Every upload is checked here before anything is stored.
 */
export const documentKinds = {
  'application/pdf': { extension: 'pdf', sv: 'PDF', en: 'PDF' },
  'application/msword': { extension: 'doc', sv: 'Word', en: 'Word' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: 'docx', sv: 'Word', en: 'Word' },
  'application/vnd.oasis.opendocument.text': { extension: 'odt', sv: 'OpenDocument-text', en: 'OpenDocument text' },
  'application/vnd.oasis.opendocument.spreadsheet': { extension: 'ods', sv: 'OpenDocument-kalkyl', en: 'OpenDocument spreadsheet' },
  'application/vnd.oasis.opendocument.presentation': {
    extension: 'odp',
    sv: 'OpenDocument-presentation',
    en: 'OpenDocument presentation',
  },
  'image/png': { extension: 'png', sv: 'PNG-bild', en: 'PNG image' },
  'image/jpeg': { extension: 'jpg', sv: 'JPEG-bild', en: 'JPEG image' },
  'image/gif': { extension: 'gif', sv: 'GIF-bild', en: 'GIF image' },
  'image/webp': { extension: 'webp', sv: 'WebP-bild', en: 'WebP image' },
} as const;
export type DocumentMediaType = keyof typeof documentKinds;

/** 20 MB: a scanned decision or a long report, far below what would strain the store or a mail relay. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const ascii = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

/** Where an ASCII text first stands in the bytes, or -1. Names in a ZIP file's directory are stored as they are. */
function indexOf(bytes: Uint8Array, text: string, from = 0): number {
  const needle = ascii(text);
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODF_PREFIX = 'application/vnd.oasis.opendocument.';

/**
 * An OpenDocument file begins with an uncompressed entry `mimetype` holding its type (ODF 1.2, part 3, 3.3); a
 * Word file is a ZIP whose directory names `word/document.xml`. Any other ZIP (a spreadsheet, an archive) is refused.
 */
function zipKind(bytes: Uint8Array): DocumentMediaType | undefined {
  // The first entry's local header: its stored size at 18, its name's and extra field's lengths at 26 and 28.
  const u16 = (at: number) => bytes[at] | (bytes[at + 1] << 8);
  if (bytes.length > 30 && u16(26) === 8 && startsWith(bytes, ascii('mimetype'), 30)) {
    const start = 30 + 8 + u16(28);
    const size = u16(18) | (u16(20) << 16);
    const type = String.fromCharCode(...bytes.subarray(start, start + Math.min(size, 100)));
    return type.startsWith(ODF_PREFIX) && type in documentKinds ? (type as DocumentMediaType) : undefined;
  }
  return indexOf(bytes, 'word/document.xml') >= 0 ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : undefined;
}

/**
 * The kind of document the bytes are, or undefined when they are none of the kinds taken. An old Word file is an
 * OLE compound file, which Excel and PowerPoint files also are: it is taken as Word only when it names its
 * WordDocument stream.
 */
export function documentKindOf(bytes: Uint8Array): DocumentMediaType | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ZIP)) return zipKind(bytes);
  if (startsWith(bytes, OLE)) {
    // Stream names in the compound file's directory are UTF-16LE.
    const name = Array.from('WordDocument', (ch) => String.fromCharCode(ch.charCodeAt(0), 0)).join('');
    return indexOf(bytes, name) >= 0 ? 'application/msword' : undefined;
  }
  return undefined;
}

/** Why an upload is refused, or undefined: too large, empty, or not a kind taken. */
export function documentProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.length > MAX_DOCUMENT_BYTES) return `the file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`;
  if (!documentKindOf(bytes)) return 'the file is not a PDF, Word, OpenDocument or image (PNG, JPEG, GIF, WebP) file';
  return undefined;
}
