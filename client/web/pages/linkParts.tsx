import type { DocumentRef } from '../../../domain/documents/documentRef';
import { documentKinds } from '../../../domain/documents/mediaType';
import type { Language } from '../language';

/** What a file picker offers: the kinds a document may be, by their endings. */
export const documentAccept = [
  ...new Set(Object.values(documentKinds).flatMap((k) => [`.${k.extension}`, ...(k.extension === 'jpg' ? ['.jpeg'] : [])])),
].join(',');

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Documents handed in, by name, kind and size; `href` links each where the reader may download it. */
export function DocumentList({
  documents,
  href,
  language = 'sv',
}: {
  documents: DocumentRef[];
  href?: (d: DocumentRef) => string;
  language?: Language;
}) {
  return (
    <ul class="documents">
      {documents.map((d) => (
        <li>
          {href ? <a href={href(d)}>{d.filename}</a> : d.filename} ({documentKinds[d.mediaType][language]}, {size(d.size)})
        </li>
      ))}
    </ul>
  );
}
