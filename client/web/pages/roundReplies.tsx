import { may } from '../../../domain/access';
import { responseOf } from '../../../domain/consultation/progress';
import type { InboundReply } from '../../../domain/links/reply';
import type { ConsultationView } from '../../../workflows/consultation/api';
import { DateText } from '../components';
import { FormState, SelectField } from '../form';
import { CsrfField, PageContext } from '../layout';
import { pages } from '../links';
import { consultationTexts } from '../texts/consultations';
import { DocumentList } from './linkParts';

/** Each organisation's classify field has a name of its own: one page may hold several such forms. */
export const classifyField = (organisationId: string) => `classify.${organisationId}`;

/** Where staff download a document handed in. */
export const documentHref = (d: { id: string }) => `/documents/${d.id}`;

/**
 * Replies to the round's mail, newest first: who sent what, the attachments kept (to download) and those refused.
 * An organisation whose answer is still a reply nobody has classified gets the form to say which kind it is.
 */
export function RoundReplies({
  page,
  view,
  replies,
  form,
}: {
  page: PageContext;
  view: ConsultationView;
  replies: InboundReply[];
  form?: FormState;
}) {
  const t = consultationTexts[page.language];
  const language = page.language;
  const nameOf = (id: string) => view.recipients.find((r) => r.organisationId === id)?.organisationName ?? id;
  const mayClassify = !!page.user && may(page.user.role, 'consultation.answer') && view.status !== 'closed';
  const unclassified = (id: string) => responseOf(view.responses, id)?.kind === 'unclassified';
  return (
    <section aria-labelledby="replies-title">
      <h2 id="replies-title">
        {t.repliesTitle} ({replies.length})
      </h2>
      <p>{t.repliesIntro}</p>
      {replies.length === 0 && <p>{t.noReplies}</p>}
      {replies.map((r) => (
        <article class="reply" id={`reply-${r.id}`} aria-labelledby={`reply-${r.id}-title`}>
          <h3 id={`reply-${r.id}-title`}>{nameOf(r.organisationId)}</h3>
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
          {r.outcome === 'kept' && <p>{t.keptOnly}</p>}
          {mayClassify && r.outcome === 'answered' && unclassified(r.organisationId) && (
            <form class="inline-form" method="post" action={`${pages.round(view.guidelineId, view.round)}/classifications`}>
              <CsrfField page={page} />
              <input type="hidden" name="organisationId" value={r.organisationId} />
              <SelectField
                form={form ?? { values: {}, problems: [] }}
                language={language}
                name={classifyField(r.organisationId)}
                label={`${t.classifyAs} (${nameOf(r.organisationId)})`}
                options={Object.entries(t.kinds)}
              />
              <button type="submit">{t.classify}</button>
            </form>
          )}
        </article>
      ))}
    </section>
  );
}
