import { may } from '../../../domain/access';
import type { ConfirmImplementation } from '../../../domain/followUp/implementation';
import type { ImplementationView } from '../../../workflows/followUp/api';
import { DateText, ProgressBar } from '../components';
import { ErrorSummary, FormState, SelectField, TextAreaField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { followUpTexts } from '../texts/followUps';
import { DayInForce, UpcomingMailGroup, UpcomingMailTable } from './trackingParts';
import type { InboundReply } from '../../../domain/links/reply';
import { RepliesList } from './replies';

/** One implementer of the matrix, by its display name, with its confirmation if it has confirmed. */
export interface ImplementerRow {
  organisationId: string;
  name: string;
  confirmation?: ConfirmImplementation & { late: boolean };
}

export interface ImplementationPageProps {
  page: PageContext;
  view: ImplementationView;
  guidelineTitle: string;
  rows: ImplementerRow[];
  upcoming: UpcomingMailGroup[];
  /** The confirm form as first shown or as sent back refused. */
  confirmForm: FormState;
  /** Replies to its asking mail, for staff to read. */
  replies?: InboundReply[];
}

/** An implementation deadline: every implementer against its confirmation, the reminders to come, and the act of confirming. */
export function ImplementationPage({ page, view, guidelineTitle, rows, upcoming, confirmForm, replies }: ImplementationPageProps) {
  const t = followUpTexts[page.language];
  const lang = page.language;
  const confirmed = rows.filter((r) => r.confirmation).length;
  const waiting = rows.filter((r) => !r.confirmation);
  const title = `${t.implementationName(view.n)}: ${guidelineTitle}`;
  const labels = { organisationId: t.implementer, confirmedOn: t.confirmedOn, note: t.note };
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{t.guideline}</dt>
        <dd>
          <a href={pages.guideline(view.guidelineId)}>{guidelineTitle}</a>
        </dd>
        <dt>{t.status}</dt>
        <dd>
          <span class="status">{t.implementationStatuses[view.status]}</span>
        </dd>
        <dt>{t.deadline}</dt>
        <dd>
          <DayInForce given={view.deadline} inForce={view.deadlineInForce} language={lang} />
        </dd>
      </dl>

      <h2 id="confirmations">{t.confirmations}</h2>
      <ProgressBar done={confirmed} total={view.total} label={t.confirmationProgress} language={lang} />
      <table class="matrix">
        <caption>{t.matrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.implementer}</th>
            <th scope="col">{t.confirmation}</th>
            <th scope="col">{t.confirmedOn}</th>
            <th scope="col">{t.inTime}</th>
            <th scope="col">{t.note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">{r.name}</th>
              <td>
                {r.confirmation ? <span class="tag is-done">{t.confirmed}</span> : <span class="tag is-missing">{t.notConfirmed}</span>}
              </td>
              <td>{r.confirmation && <DateText date={r.confirmation.confirmedOn} language={lang} />}</td>
              <td>{r.confirmation && (r.confirmation.late ? <span class="tag is-late">{t.late}</span> : t.onTime)}</td>
              <td class="text">{r.confirmation?.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`${pages.implementation(view.guidelineId, view.n)}/report.csv`} download>
          {t.downloadMatrix}
        </a>
      </p>

      <h2>{t.upcoming}</h2>
      <UpcomingMailTable language={lang} mails={upcoming} />

      {page.user && may(page.user.role, 'implementation.confirm') && (
        <section aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t.confirmTitle}</h2>
          {waiting.length ? (
            <>
              <ErrorSummary form={confirmForm} language={lang} labels={labels} />
              {/* A refusal opens at the form, which shows it; what is taken opens at the matrix. */}
              <form
                class="stack"
                method="post"
                action={`${pages.implementation(view.guidelineId, view.n)}/confirmations#confirm-title`}
                novalidate
              >
                <CsrfField page={page} />
                <SelectField
                  form={confirmForm}
                  language={lang}
                  name="organisationId"
                  label={t.implementer}
                  placeholder={t.chooseImplementer}
                  options={waiting.map((r) => [r.organisationId, r.name])}
                />
                <TextField form={confirmForm} language={lang} name="confirmedOn" type="date" label={t.confirmedOn} hint={t.dateHint} />
                <TextAreaField form={confirmForm} language={lang} name="note" label={t.noteOptional} />
                <button type="submit">{t.confirm}</button>
              </form>
            </>
          ) : (
            <p>{t.allConfirmed}</p>
          )}
        </section>
      )}
      {replies?.length ? <RepliesList replies={replies} language={page.language} /> : null}
    </Layout>
  );
}
