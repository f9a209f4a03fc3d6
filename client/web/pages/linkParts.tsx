import type { DocumentRef } from '../../../domain/documents/documentRef';
import { documentKinds } from '../../../domain/documents/mediaType';
import { DateText } from '../components';
import type { Language } from '../language';
import { linkTexts } from '../texts/links';

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

/** The last day in force, and the day given when a day off moved it. */
export function StatedDeadline({ given, inForce, language }: { given: string; inForce: string; language: Language }) {
  const t = linkTexts[language];
  return (
    <>
      <DateText date={inForce} language={language} />
      {given !== inForce && (
        <>
          {' '}
          ({t.movedFrom} <DateText date={given} language={language} />)
        </>
      )}
    </>
  );
}
