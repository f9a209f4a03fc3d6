import { formatDate } from '../../domain/mail/letter';
import type { Language } from './language';
import { commonTexts } from './texts/common';

/** A date as the pages write it: "28 december 2026" / "28 December 2026", machine-readable in its <time>. */
export const DateText = ({ date, language }: { date: string; language: Language }) => (
  <time datetime={date}>{formatDate(date, language)}</time>
);

/** How far something has come, as a bar and in words: "40 av 57 (70 %)". A native <progress>: no inline style, which the pages' CSP refuses. */
export function ProgressBar({ done, total, label, language }: { done: number; total: number; label: string; language: Language }) {
  const percent = total ? Math.round((done / total) * 100) : 0;
  const words = `${done} ${commonTexts[language].of} ${total} (${percent} %)`;
  return (
    <div class="progress">
      <progress max={Math.max(total, 1)} value={done} aria-label={label} aria-valuetext={words} />
      <span class="progress-words">{words}</span>
    </div>
  );
}

/** A page of a list: where it is, and links to the pages before and after it, keeping the other query parameters. */
export function Pagination({
  language,
  path,
  query,
  offset,
  limit,
  total,
}: {
  language: Language;
  path: string;
  query: Record<string, string | undefined>;
  offset: number;
  limit: number;
  total: number;
}) {
  const t = commonTexts[language];
  const href = (at: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, offset: String(at) }).flatMap(([k, v]): Array<[string, string]> => (v ? [[k, v]] : [])),
    );
    return `${path}?${params}`;
  };
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pagination" aria-label={t.pagination}>
      <p>{total ? `${offset + 1}–${last} ${t.of} ${total}` : t.noneFound}</p>
      <ul>
        {offset > 0 && (
          <li>
            <a href={href(Math.max(0, offset - limit))} rel="prev">
              {t.previousPage}
            </a>
          </li>
        )}
        {last < total && (
          <li>
            <a href={href(last)} rel="next">
              {t.nextPage}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
