import { may } from '../../../domain/access';
import type { CommissionView } from '../../../workflows/commission/api';
import { DateText } from '../components';
import { ErrorSummary, FormState, SelectField, TextAreaField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pageOfWorkflow, pages } from '../links';
import { commissionTexts } from '../texts/commissions';
import { UpcomingMailGroup, UpcomingMailTable } from './trackingParts';

export interface CommissionPageProps {
  page: PageContext;
  view: CommissionView;
  upcoming: UpcomingMailGroup[];
  /** The three forms, their fields named `done.…`, `move.…` and `complete.…`, as first shown or as sent back refused. */
  doneForm: FormState;
  moveForm: FormState;
  completeForm: FormState;
}

/** A commission: its task and group, its milestones (due, done, overdue, moved), its report back, its mail to come and its acts. */
export function CommissionPage({ page, view, upcoming, doneForm, moveForm, completeForm }: CommissionPageProps) {
  const t = commissionTexts[page.language];
  const lang = page.language;
  const role = page.user?.role;
  const base = pages.commission(view.commissionId);
  const open = view.milestones.filter((m) => m.status !== 'completed');
  const milestoneOptions = open.map((m): [string, string] => [m.id, m.title]);
  const active = view.status === 'active';
  const completedGuideline = view.completion?.guidelineWorkflowId && pageOfWorkflow(view.completion.guidelineWorkflowId);
  return (
    <Layout page={page} title={view.title}>
      <h1>{view.title}</h1>
      <dl class="facts">
        <dt>{t.status}</dt>
        <dd>
          <span class="status">{t.statuses[view.status]}</span>
        </dd>
        <dt>{t.task}</dt>
        <dd class="text">{view.task}</dd>
        <dt>{t.commissionedBy}</dt>
        <dd>
          {view.commissionedBy.body} <DateText date={view.commissionedBy.date} language={lang} />
        </dd>
        <dt>{t.group}</dt>
        <dd>
          <ul class="plain">
            {view.group.map((c) => (
              <li>
                {c.name}, {c.role} (<a href={`mailto:${c.email}`}>{c.email}</a>)
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.reportBack}</dt>
        <dd>
          <a href={pages.meeting(view.reportBack.body, view.reportBack.date)}>
            {view.reportBack.body} <DateText date={view.reportBack.date} language={lang} />
          </a>
          . {view.reportBack.placed ? t.placed : view.reportBack.refused ? t.refused : t.notPlaced}
          {view.reportBack.refused && (
            <>
              {' '}
              <span lang={lang === 'en' ? undefined : 'en'}>{view.reportBack.refused}</span>
            </>
          )}
        </dd>
        {view.completion && (
          <>
            <dt>{t.completion}</dt>
            <dd class="text">
              {t.completedWith} <DateText date={view.completion.completedOn} language={lang} />: {view.completion.summary}
              {completedGuideline && (
                <>
                  {' '}
                  (<a href={completedGuideline}>{t.draft}</a>)
                </>
              )}
            </dd>
          </>
        )}
      </dl>

      <h2 id="milestones">{t.milestones}</h2>
      <table class="matrix">
        <caption>{t.milestonesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.milestone}</th>
            <th scope="col">{t.due}</th>
            <th scope="col">{t.milestoneStatus}</th>
            <th scope="col">{t.completedOn}</th>
            <th scope="col">{t.moves}</th>
          </tr>
        </thead>
        <tbody>
          {view.milestones.map((m) => (
            <tr>
              <th scope="row">
                {m.title}
                {m.link && (
                  <>
                    {' '}
                    (<a href={m.link}>{t.link}</a>)
                  </>
                )}
              </th>
              <td>
                <DateText date={m.due} language={lang} />
              </td>
              <td>
                <span class={`tag ${m.status === 'completed' ? 'is-done' : m.status === 'overdue' ? 'is-overdue' : 'is-missing'}`}>
                  {t.milestoneStatuses[m.status]}
                </span>
              </td>
              <td>{m.completedOn && <DateText date={m.completedOn} language={lang} />}</td>
              <td class="text">
                {m.moves.map((move) => (
                  <p class="move">
                    {t.movedFrom} <DateText date={move.previousDue} language={lang} />: {move.reason}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t.upcoming}</h2>
      <UpcomingMailTable language={lang} mails={upcoming} />

      {active && role && may(role, 'commission.milestone') && open.length > 0 && (
        <section aria-labelledby="done-title">
          <h2 id="done-title">{t.doneTitle}</h2>
          <ErrorSummary
            form={doneForm}
            language={lang}
            labels={{ 'done.milestoneId': t.milestone, 'done.completedOn': t.completedOn, 'done.link': t.linkOptional }}
          />
          {/* A refusal opens at its form, which shows it; what is taken opens where it shows. */}
          <form class="stack" method="post" action={`${base}/milestones/completions#done-title`} novalidate>
            <CsrfField page={page} />
            <SelectField
              form={doneForm}
              language={lang}
              name="done.milestoneId"
              label={t.milestone}
              placeholder={t.chooseMilestone}
              options={milestoneOptions}
            />
            <TextField form={doneForm} language={lang} name="done.completedOn" type="date" label={t.completedOn} hint={t.dateHint} />
            <TextField form={doneForm} language={lang} name="done.link" label={t.linkOptional} hint={t.linkHint} />
            <button type="submit">{t.markDone}</button>
          </form>
        </section>
      )}

      {active && role && may(role, 'commission.moveMilestone') && open.length > 0 && (
        <section aria-labelledby="move-title">
          <h2 id="move-title">{t.moveTitle}</h2>
          <p>{t.moveIntro}</p>
          <ErrorSummary
            form={moveForm}
            language={lang}
            labels={{ 'move.milestoneId': t.milestone, 'move.due': t.newDue, 'move.reason': t.reason }}
          />
          <form class="stack" method="post" action={`${base}/milestones/moves#move-title`} novalidate>
            <CsrfField page={page} />
            <SelectField
              form={moveForm}
              language={lang}
              name="move.milestoneId"
              label={t.milestone}
              placeholder={t.chooseMilestone}
              options={milestoneOptions}
            />
            <TextField form={moveForm} language={lang} name="move.due" type="date" label={t.newDue} hint={t.dateHint} />
            <TextAreaField form={moveForm} language={lang} name="move.reason" label={t.reason} />
            <button type="submit">{t.move}</button>
          </form>
        </section>
      )}

      {active && role && may(role, 'commission.complete') && (
        <section aria-labelledby="complete-title">
          <h2 id="complete-title">{t.completeTitle}</h2>
          <ErrorSummary
            form={completeForm}
            language={lang}
            labels={{ 'complete.completedOn': t.completedOn, 'complete.summary': t.summary }}
          />
          <form class="stack" method="post" action={`${base}/completion#complete-title`} novalidate>
            <CsrfField page={page} />
            <TextField
              form={completeForm}
              language={lang}
              name="complete.completedOn"
              type="date"
              label={t.completedOn}
              hint={t.dateHint}
            />
            <TextAreaField form={completeForm} language={lang} name="complete.summary" label={t.summary} rows={6} />
            <button type="submit">{t.complete}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}
