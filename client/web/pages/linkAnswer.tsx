import { responseOf } from '../../../domain/consultation/progress';
import type { ConsultationView } from '../../../workflows/consultation/api';
import { DateText } from '../components';
import { ErrorSummary, FileField, FormState, TextAreaField } from '../form';
import { CsrfField, PageContext } from '../layout';
import { linkTexts } from '../texts/links';
import { DocumentList, documentAccept } from './linkParts';
import { DayInForce } from './trackingParts';
import { LinkFrame } from './linkFrame';

/**
 * A consultation round as one organisation sees it through its link: the document, the deadline in force, what it
 * has answered so far, and the form to answer or change its answer while the round is open.
 */
export function LinkAnswerPage({
  page,
  token,
  view,
  organisationId,
  organisationName,
  today,
  form,
  done,
}: {
  page: PageContext;
  token: string;
  view: ConsultationView;
  organisationId: string;
  organisationName: string;
  today: string;
  form: FormState;
  done?: boolean;
}) {
  const t = linkTexts[page.language];
  const language = page.language;
  const answer = responseOf(view.responses, organisationId);
  const labels = { kind: t.kind, text: t.comments, files: t.files };
  return (
    <LinkFrame page={page} token={token} title={view.document.title} organisationName={organisationName} done={done ? t.sent : undefined}>
      <dl class="facts">
        <dt>{t.document}</dt>
        <dd>
          {view.document.version}: <a href={view.document.link}>{t.documentLink}</a>
        </dd>
        <dt>{t.deadline}</dt>
        <dd>
          <DayInForce given={view.deadline} inForce={view.deadlineInForce} language={language} />
        </dd>
      </dl>
      {today > view.deadlineInForce && <p class="notice">{t.deadlinePassed}</p>}

      <h2>{t.yourAnswer}</h2>
      {answer ? (
        <dl class="facts">
          <dt>{t.kind}</dt>
          <dd>{answer.kind === 'unclassified' ? t.unclassified : t.kinds[answer.kind]}</dd>
          <dt>{t.answeredOn}</dt>
          <dd>
            <DateText date={answer.receivedOn} language={language} />
            {answer.late ? ` (${t.late})` : ''}
            {answer.receivedVia ? `, ${t.via[answer.receivedVia]}` : ''}
          </dd>
          {answer.text && (
            <>
              <dt>{t.comments}</dt>
              <dd class="answer-text">{answer.text}</dd>
            </>
          )}
          {answer.documents?.length ? (
            <>
              <dt>{t.attached}</dt>
              <dd>
                <DocumentList documents={answer.documents} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t.noAnswer}</p>
      )}

      <h2 id="answer-form">{answer ? t.reviseTitle : t.answerTitle}</h2>
      {answer && <p>{t.revise}</p>}
      <ErrorSummary form={form} language={language} labels={labels} />
      <form class="stack" method="post" action={`/l/${token}`} enctype="multipart/form-data">
        <CsrfField page={page} />
        <fieldset class={form.problems.some((p) => p.field === 'kind') ? 'field invalid' : 'field'}>
          <legend id="f-kind">{t.kind}</legend>
          {(Object.keys(t.kinds) as Array<keyof typeof t.kinds>).map((kind) => (
            <div class="choice">
              <input
                type="radio"
                id={`f-kind-${kind}`}
                name="kind"
                value={kind}
                checked={(form.values.kind ?? (answer?.kind !== 'unclassified' ? answer?.kind : undefined)) === kind}
              />
              <label for={`f-kind-${kind}`}>{t.kinds[kind]}</label>
            </div>
          ))}
        </fieldset>
        <TextAreaField form={form} language={language} name="text" label={t.comments} hint={t.commentsHint} rows={6} />
        <FileField form={form} language={language} name="files" label={t.files} hint={t.filesHint} accept={documentAccept} multiple />
        {answer?.documents?.length ? (
          <div class="field check">
            <input type="checkbox" id="f-keep" name="keep" value="true" checked />
            <label for="f-keep">{t.keep}</label>
          </div>
        ) : null}
        <button type="submit">{t.submitAnswer}</button>
      </form>
    </LinkFrame>
  );
}
