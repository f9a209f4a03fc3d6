import { may } from '../../../domain/access';
import type { SurveyView } from '../../../workflows/followUp/api';
import { DateText, ProgressBar } from '../components';
import { ErrorSummary, FormState, SelectField, TextAreaField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { followUpTexts } from '../texts/followUps';
import { DayInForce, UpcomingMailGroup, UpcomingMailTable } from './trackingParts';
import type { InboundReply } from '../../../domain/links/reply';
import { RepliesList } from './replies';

/** One organisation asked, by its display name, against each part of the survey. */
export interface SurveyRow {
  organisationId: string;
  name: string;
  /**
   * By part id: the day it came in. None is late: a survey takes answers dated no later than today until its last day
   * to answer has passed, and none after.
   */
  parts: Record<string, { submittedOn: string } | undefined>;
}

export interface SurveyPageProps {
  page: PageContext;
  view: SurveyView;
  guidelineTitle: string;
  rows: SurveyRow[];
  upcoming: UpcomingMailGroup[];
  /** The page of the meeting the results were put before, once they were. */
  placedOn?: string;
  /** The two forms, their fields named `submit.…` and `move.…`, as first shown or as sent back refused. */
  submitForm: FormState;
  moveForm: FormState;
  /** Replies to its asking mail, for staff to read. */
  replies?: InboundReply[];
}

/** A follow-up survey: every organisation asked against the survey's parts, its window and meeting, its reports and its acts. */
export function SurveyPage({ page, view, guidelineTitle, rows, upcoming, placedOn, submitForm, moveForm, replies }: SurveyPageProps) {
  const t = followUpTexts[page.language];
  const lang = page.language;
  const { plan, progress } = view;
  const base = pages.followUp(view.guidelineId, view.n);
  const role = page.user?.role;
  const submitLabels = {
    'submit.organisationId': t.respondent,
    'submit.partId': t.part,
    'submit.answer': t.answer,
    'submit.submittedOn': t.submittedOn,
  };
  const moveLabels = {
    'move.opensOn': t.opensOn,
    'move.closesOn': t.closesOn,
    'move.decisionRef': t.decisionRef,
    'move.reason': t.reasonOptional,
  };
  return (
    <Layout page={page} title={plan.title}>
      <h1>{plan.title}</h1>
      <dl class="facts">
        <dt>{t.guideline}</dt>
        <dd>
          <a href={pages.guideline(view.guidelineId)}>{guidelineTitle}</a>
        </dd>
        <dt>{t.status}</dt>
        <dd>
          <span class="status">{t.surveyStatuses[view.status]}</span>
        </dd>
        <dt>{t.opensOn}</dt>
        <dd>
          <DateText date={plan.opensOn} language={lang} />
        </dd>
        <dt>{t.closesOn}</dt>
        <dd>
          <DayInForce given={plan.closesOn} inForce={view.closesInForce} language={lang} />
        </dd>
        <dt>{t.targetMeeting}</dt>
        <dd>
          {plan.targetMeeting ? (
            <a href={placedOn ?? pages.meeting(plan.targetMeeting.body, plan.targetMeeting.date)}>
              {plan.targetMeeting.body} <DateText date={plan.targetMeeting.date} language={lang} />
            </a>
          ) : (
            t.noTargetMeeting
          )}
          {view.agendaRefused && (
            <>
              {' '}
              {t.agendaRefused} <span lang={lang === 'en' ? undefined : 'en'}>{view.agendaRefused}</span>
            </>
          )}
        </dd>
        <dt>{t.preparationGroup}</dt>
        <dd>{plan.preparationGroup.map((c) => c.name).join(', ')}</dd>
      </dl>

      {view.moves.length > 0 && (
        <>
          <h2 id="moves">{t.moves}</h2>
          <ul>
            {view.moves.map((m) => (
              <li>
                <DateText date={m.previous.opensOn} language={lang} /> – <DateText date={m.previous.closesOn} language={lang} /> {t.movedTo}{' '}
                <DateText date={m.opensOn} language={lang} /> – <DateText date={m.closesOn} language={lang} /> ({m.decisionRef}
                {m.reason ? `: ${m.reason}` : ''})
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 id="answers">{t.answers}</h2>
      <ProgressBar done={progress.complete} total={progress.recipients} label={t.completeProgress} language={lang} />
      <table class="matrix">
        <caption>{t.surveyMatrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.respondent}</th>
            {plan.parts.map((p) => (
              <th scope="col">{p.title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">{r.name}</th>
              {plan.parts.map((p) => {
                const part = r.parts[p.id];
                return (
                  <td>
                    {part ? (
                      <>
                        <span class="tag is-done">{t.submitted}</span> <DateText date={part.submittedOn} language={lang} />
                      </>
                    ) : (
                      <span class="tag is-missing">{t.missing}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.partsIn}</th>
            {plan.parts.map((p) => (
              <td>{`${progress.byPart.find((b) => b.partId === p.id)?.submitted ?? 0} ${t.of} ${progress.recipients}`}</td>
            ))}
          </tr>
        </tfoot>
      </table>

      <h2>{t.reports}</h2>
      {view.status === 'closed' ? (
        <ul>
          <li>
            <a href={`${base}/report.md`} download>
              {t.reportMarkdown}
            </a>
          </li>
          <li>
            <a href={`${base}/report.csv`} download>
              {t.reportCsv}
            </a>
          </li>
        </ul>
      ) : (
        <p>{t.reportsWhenClosed}</p>
      )}

      <h2>{t.upcoming}</h2>
      <UpcomingMailTable language={lang} mails={upcoming} />

      {role && may(role, 'followUp.submit') && (
        <section aria-labelledby="submit-title">
          <h2 id="submit-title">{t.submitTitle}</h2>
          {view.status === 'open' ? (
            <>
              <ErrorSummary form={submitForm} language={lang} labels={submitLabels} />
              {/* A refusal opens at its form, which shows it; what is taken opens where it shows. */}
              <form class="stack" method="post" action={`${base}/submissions#submit-title`} novalidate>
                <CsrfField page={page} />
                <SelectField
                  form={submitForm}
                  language={lang}
                  name="submit.organisationId"
                  label={t.respondent}
                  placeholder={t.chooseRespondent}
                  options={rows.map((r) => [r.organisationId, r.name])}
                />
                <SelectField
                  form={submitForm}
                  language={lang}
                  name="submit.partId"
                  label={t.part}
                  placeholder={t.choosePart}
                  options={plan.parts.map((p) => [p.id, p.title])}
                />
                <TextAreaField form={submitForm} language={lang} name="submit.answer" label={t.answer} rows={6} />
                <TextField
                  form={submitForm}
                  language={lang}
                  name="submit.submittedOn"
                  type="date"
                  label={t.submittedOn}
                  hint={t.dateHint}
                />
                <button type="submit">{t.submit}</button>
              </form>
            </>
          ) : (
            <p>{view.status === 'scheduled' ? t.notOpenYet : t.closedForAnswers}</p>
          )}
        </section>
      )}

      {role && may(role, 'followUp.move') && view.status === 'scheduled' && (
        <section aria-labelledby="move-title">
          <h2 id="move-title">{t.moveTitle}</h2>
          <p>{t.moveIntro}</p>
          <ErrorSummary form={moveForm} language={lang} labels={moveLabels} />
          <form class="stack" method="post" action={`${base}/moves#move-title`} novalidate>
            <CsrfField page={page} />
            <TextField form={moveForm} language={lang} name="move.opensOn" type="date" label={t.opensOn} hint={t.dateHint} />
            <TextField form={moveForm} language={lang} name="move.closesOn" type="date" label={t.closesOn} hint={t.dateHint} />
            <TextField form={moveForm} language={lang} name="move.decisionRef" label={t.decisionRef} hint={t.decisionRefHint} />
            <TextAreaField form={moveForm} language={lang} name="move.reason" label={t.reasonOptional} />
            <button type="submit">{t.move}</button>
          </form>
        </section>
      )}
      {replies?.length ? <RepliesList replies={replies} language={page.language} /> : null}
    </Layout>
  );
}
