import { may } from '../../../domain/access';
import { responseOf } from '../../../domain/consultation/progress';
import type { InboundReply } from '../../../domain/links/reply';
import type { ConsultationView } from '../../../workflows/consultation/api';
import { FormState, SelectField } from '../form';
import { CsrfField, PageContext } from '../layout';
import { pages } from '../links';
import { consultationTexts } from '../texts/consultations';
import { RepliesList } from './replies';

/** Each organisation's classify field has a name of its own: one page may hold several such forms. */
export const classifyField = (organisationId: string) => `classify.${organisationId}`;

/**
 * Replies to the round's mail. An organisation whose answer is still a reply nobody has classified gets the form
 * to say which kind it is; one that had answered already has its reply kept to be read.
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
    <RepliesList
      replies={replies}
      language={language}
      intro={t.repliesIntro}
      after={(r) =>
        r.outcome === 'kept' ? (
          <p>{t.keptOnly}</p>
        ) : mayClassify && unclassified(r.organisationId) ? (
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
        ) : null
      }
    />
  );
}
