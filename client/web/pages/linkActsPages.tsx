import type { ImplementationView, SurveyView } from '../../../workflows/followUp/api';
import type { MeetingView } from '../../../workflows/meeting/api';
import type { PrincipalView } from '../../../workflows/meeting/principalsApi';
import { DateText } from '../components';
import { ErrorSummary, FileField, FormState, SelectField, TextAreaField, TextField } from '../form';
import { CsrfField, PageContext } from '../layout';
import { linkTexts } from '../texts/links';
import { LinkFrame } from './linkFrame';
import { documentAccept } from './linkParts';
import { DayInForce } from './trackingParts';

interface Props<View> {
  page: PageContext;
  token: string;
  view: View;
  organisationId: string;
  organisationName: string;
  today: string;
  form: FormState;
  done?: boolean;
}

const frame = <V,>(p: Props<V>, title: string) => ({
  page: p.page,
  token: p.token,
  title,
  organisationName: p.organisationName,
  done: p.done ? linkTexts[p.page.language].sent : undefined,
});

/** An implementation deadline for one implementer: confirmed when and how, or the form to confirm. */
export function LinkConfirmPage(p: Props<ImplementationView> & { guidelineTitle: string }) {
  const t = linkTexts[p.page.language];
  const language = p.page.language;
  const confirmed = Object.hasOwn(p.view.confirmations, p.organisationId) ? p.view.confirmations[p.organisationId] : undefined;
  return (
    <LinkFrame {...frame(p, t.confirmTitle)}>
      <p>
        {p.guidelineTitle} {t.implementationIntro}{' '}
        <DayInForce given={p.view.deadline} inForce={p.view.deadlineInForce} language={language} />.
      </p>
      {confirmed ? (
        <dl class="facts">
          <dt>{t.confirmed}</dt>
          <dd>
            <DateText date={confirmed.confirmedOn} language={language} />
            {confirmed.late ? ` (${t.late})` : ''}
            {confirmed.receivedVia ? `, ${t.via[confirmed.receivedVia]}` : ''}
          </dd>
          {confirmed.note && (
            <>
              <dt>{t.note}</dt>
              <dd>{confirmed.note}</dd>
            </>
          )}
        </dl>
      ) : (
        <>
          <p>{t.notConfirmed}</p>
          <ErrorSummary form={p.form} language={language} labels={{ confirmedOn: t.confirmedOn, note: t.note }} />
          <form class="stack" method="post" action={`/l/${p.token}`}>
            <CsrfField page={p.page} />
            <TextField
              form={{ ...p.form, values: { confirmedOn: p.today, ...p.form.values } }}
              language={language}
              name="confirmedOn"
              label={t.confirmedOn}
              type="date"
            />
            <TextAreaField form={p.form} language={language} name="note" label={t.note} />
            <button type="submit">{t.confirm}</button>
          </form>
        </>
      )}
    </LinkFrame>
  );
}

/** A follow-up survey for one organisation: each part answered or missing, and the form for a part. */
export function LinkSurveyPage(p: Props<SurveyView>) {
  const t = linkTexts[p.page.language];
  const language = p.page.language;
  const submitted = Object.hasOwn(p.view.submissions, p.organisationId) ? p.view.submissions[p.organisationId] : {};
  const missing = p.view.plan.parts.filter((part) => !Object.hasOwn(submitted, part.id));
  return (
    <LinkFrame {...frame(p, `${t.surveyTitle}: ${p.view.plan.title}`)}>
      <p>
        {t.surveyIntro} {t.deadline}: <DayInForce given={p.view.plan.closesOn} inForce={p.view.closesInForce} language={language} />.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.part}</th>
            <th scope="col">{t.answer}</th>
          </tr>
        </thead>
        <tbody>
          {p.view.plan.parts.map((part) => {
            const answer = Object.hasOwn(submitted, part.id) ? submitted[part.id] : undefined;
            return (
              <tr>
                <th scope="row">{part.title}</th>
                <td class="answer-text">
                  {answer ? (
                    <>
                      {t.submitted} <DateText date={answer.submittedOn} language={language} />: {answer.answer}
                    </>
                  ) : (
                    t.missing
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missing.length ? (
        <>
          <ErrorSummary form={p.form} language={language} labels={{ partId: t.part, answer: t.answer }} />
          <form class="stack" method="post" action={`/l/${p.token}`}>
            <CsrfField page={p.page} />
            <SelectField
              form={p.form}
              language={language}
              name="partId"
              label={t.part}
              options={missing.map((part) => [part.id, part.title])}
            />
            <TextAreaField form={p.form} language={language} name="answer" label={t.answer} rows={6} />
            <button type="submit">{t.submitPart}</button>
          </form>
        </>
      ) : (
        <p>{t.allSubmitted}</p>
      )}
    </LinkFrame>
  );
}

/** A recommendation to the principals, for one principal: its decision as recorded, or the form to record it. */
export function LinkPrincipalPage(p: Props<PrincipalView> & { meetingName: string }) {
  const t = linkTexts[p.page.language];
  const language = p.page.language;
  const decided = Object.hasOwn(p.view.decisions, p.organisationId) ? p.view.decisions[p.organisationId] : undefined;
  return (
    <LinkFrame {...frame(p, t.principalTitle)}>
      <p>
        {p.meetingName} {t.principalIntro} {p.view.title}. {t.decideBy}: <DateText date={p.view.decideBy} language={language} />.
      </p>
      {decided && (
        <dl class="facts">
          <dt>{t.yourDecision}</dt>
          <dd>
            {t.decisions[decided.decision]}, <DateText date={decided.decidedOn} language={language} />
            {decided.reference ? `, ${decided.reference}` : ''}
          </dd>
        </dl>
      )}
      <ErrorSummary form={p.form} language={language} labels={{ decision: t.decision, decidedOn: t.decidedOn, reference: t.reference }} />
      <form class="stack" method="post" action={`/l/${p.token}`}>
        <CsrfField page={p.page} />
        <SelectField form={p.form} language={language} name="decision" label={t.decision} options={Object.entries(t.decisions)} />
        <TextField form={p.form} language={language} name="decidedOn" label={t.decidedOn} type="date" />
        <TextField form={p.form} language={language} name="reference" label={t.reference} />
        <button type="submit">{t.record}</button>
      </form>
    </LinkFrame>
  );
}

/** A meeting, for one presenter: their items with the documents handed in so far, and the form to hand in one more. */
export function LinkDocumentsPage(p: Props<MeetingView> & { contactEmail: string; meetingName: string }) {
  const t = linkTexts[p.page.language];
  const language = p.page.language;
  const items = p.view.items.filter((i) => i.presenter.email.toLowerCase() === p.contactEmail);
  return (
    <LinkFrame {...frame(p, `${t.documentsTitle} ${p.meetingName}`)}>
      <p>
        {t.documentsIntro} <DateText date={p.view.schedule.documentDeadline} language={language} />.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col">{t.itemDocuments}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr>
              <th scope="row">{i.title}</th>
              <td>{i.documents.length ? i.documents.map((d) => d.title).join(', ') : t.noDocuments}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorSummary form={p.form} language={language} labels={{ itemId: t.item, files: t.file }} />
      <form class="stack" method="post" action={`/l/${p.token}`} enctype="multipart/form-data">
        <CsrfField page={p.page} />
        <SelectField form={p.form} language={language} name="itemId" label={t.item} options={items.map((i) => [i.itemId, i.title])} />
        <TextField form={p.form} language={language} name="title" label={t.document} />
        <FileField form={p.form} language={language} name="files" label={t.file} hint={t.filesHint} accept={documentAccept} />
        <button type="submit">{t.submitDocument}</button>
      </form>
    </LinkFrame>
  );
}
