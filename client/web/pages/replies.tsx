import type { Child } from 'hono/jsx';
import type { InboundReply } from '../../../domain/links/reply';
import { DateText } from '../components';
import type { Language } from '../language';
import { commonTexts } from '../texts/common';
import { DocumentList } from './linkParts';

/** Where staff download a document handed in. */
export const documentHref = (d: { id: string }) => `/documents/${d.id}`;

/**
 * Replies to a workflow's asking mail, newest first, for staff to read: who sent what and when, the attachments kept
 * (to download) and those refused. `after` adds what a page does with a reply (a round's classify form).
 */
export function RepliesList({
  replies,
  language,
  intro,
  after,
}: {
  replies: InboundReply[];
  language: Language;
  intro?: string;
  after?: (reply: InboundReply) => Child;
}) {
  const t = commonTexts[language].replies;
  return (
    <section aria-labelledby="replies-title">
      <h2 id="replies-title">
        {t.title} ({replies.length})
      </h2>
      {intro && <p>{intro}</p>}
      {replies.length === 0 && <p>{t.none}</p>}
      {replies.map((r) => (
        <article class="reply" id={`reply-${r.id}`} aria-labelledby={`reply-${r.id}-title`}>
          <h3 id={`reply-${r.id}-title`}>{r.organisationName}</h3>
          <dl class="facts">
            <dt>{t.from}</dt>
            <dd>{r.from}</dd>
            <dt>{t.received}</dt>
            <dd>
              <DateText date={r.receivedAt.slice(0, 10)} language={language} />
            </dd>
            <dt>{t.subject}</dt>
            <dd>{r.subject}</dd>
          </dl>
          {r.text && <p class="comment">{r.text}</p>}
          {r.documents.length > 0 && (
            <>
              <h4>{t.attachments}</h4>
              <DocumentList documents={r.documents} href={documentHref} language={language} />
            </>
          )}
          {r.refused.length > 0 && (
            <>
              <h4>{t.refusedAttachments}</h4>
              <ul>
                {r.refused.map((x) => (
                  <li>
                    {x.filename}: <span lang="en">{x.problem}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {after?.(r)}
        </article>
      ))}
    </section>
  );
}
