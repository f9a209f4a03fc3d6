import { may } from '../../../domain/access';
import { stockholmDate } from '../../../domain/calendar/dates';
import { occurrence, taskRecipients, YearlyTask } from '../../../domain/yearlyTask/yearlyTask';
import { DateText } from '../components';
import { ErrorSummary, FormState, TextAreaField } from '../form';
import type { Language } from '../language';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { yearlyTaskTexts } from '../texts/yearlyTasks';
import { InstantText } from './trackingParts';

/** A yearly task as its Schedule on the server holds it. */
export interface YearlyTaskShown {
  task: YearlyTask;
  timezone?: string;
  catchupWindowMs: number;
  paused: boolean;
  /** Instants, ISO. */
  nextRuns: string[];
  recentRuns: Array<{ workflowId: string; takenAt: string }>;
}

/** The day the work is due by: of the occurrence the next run starts, or the day of the year when none is planned. */
function DueBy({ shown, language }: { shown: YearlyTaskShown; language: Language }) {
  const t = yearlyTaskTexts[language];
  const { dueBy } = shown.task;
  if (!dueBy) return null;
  const next = shown.nextRuns[0];
  if (!next) return <>{t.monthDay(dueBy.month, dueBy.day)}</>;
  const { dueDate } = occurrence(shown.task, Number(stockholmDate(Date.parse(next)).slice(0, 4)));
  return dueDate ? <DateText date={dueDate} language={language} /> : null;
}

const NextRun = ({ shown, language }: { shown: YearlyTaskShown; language: Language }) =>
  shown.nextRuns[0] ? <InstantText at={shown.nextRuns[0]} language={language} /> : <>{yearlyTaskTexts[language].noNextRun}</>;

const recipientNames = (task: YearlyTask) =>
  taskRecipients(task)
    .map((c) => c.name)
    .join(', ');

export interface YearlyTaskListProps {
  page: PageContext;
  tasks: YearlyTaskShown[];
  /** What the last act did, for a notice: tasks synced, or the one removed. */
  notice?: string;
  syncForm: FormState;
}

/** Every yearly task with its next mail in Stockholm time, its due day, its recipients and its last run; the sync for the administrator. */
export function YearlyTaskListPage({ page, tasks, notice, syncForm }: YearlyTaskListProps) {
  const t = yearlyTaskTexts[page.language];
  const lang = page.language;
  return (
    <Layout page={page} title={t.listTitle}>
      <h1>{t.listTitle}</h1>
      <p class="lead">{t.listIntro}</p>
      {notice && (
        <p class="notice" role="status">
          {notice} {t.catchingUp}
        </p>
      )}
      {tasks.length ? (
        <table class="yearly-tasks">
          <caption>{t.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.task}</th>
              <th scope="col">{t.nextRun}</th>
              <th scope="col">{t.day}</th>
              <th scope="col">{t.dueBy}</th>
              <th scope="col">{t.recipients}</th>
              <th scope="col">{t.lastRun}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((shown) => {
              const { task } = shown;
              const last = shown.recentRuns[shown.recentRuns.length - 1];
              return (
                <tr>
                  <th scope="row">
                    <a href={pages.yearlyTask(task.id)}>{task.title}</a>
                    {shown.paused && (
                      <>
                        {' '}
                        <span class="tag is-missing">{t.paused}</span>
                      </>
                    )}
                  </th>
                  <td>
                    <NextRun shown={shown} language={lang} />
                  </td>
                  <td>
                    {t.monthDay(task.on.month, task.on.day)} {t.atTime(task.time)}
                  </td>
                  <td>
                    <DueBy shown={shown} language={lang} />
                  </td>
                  <td>{recipientNames(task)}</td>
                  <td>{last ? <InstantText at={last.takenAt} language={lang} /> : t.never}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t.noTasks}</p>
      )}

      {page.user && may(page.user.role, 'yearlyTask.sync') && (
        <section aria-labelledby="sync-title">
          <h2 id="sync-title">{t.syncTitle}</h2>
          <p>{t.syncIntro}</p>
          <ErrorSummary form={syncForm} language={lang} labels={{ file: t.file }} />
          <form class="stack wide" method="post" action={pages.yearlyTasks()} novalidate>
            <CsrfField page={page} />
            <TextAreaField form={syncForm} language={lang} name="file" label={t.file} rows={16} />
            <button type="submit">{t.sync}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

/** One yearly task: what it asks, of whom, when in Stockholm time, how a missed run is caught up, its runs; trigger and remove for the administrator. */
export function YearlyTaskPage({ page, shown, runStarted }: { page: PageContext; shown: YearlyTaskShown; runStarted: boolean }) {
  const t = yearlyTaskTexts[page.language];
  const lang = page.language;
  const { task } = shown;
  const base = pages.yearlyTask(task.id);
  const role = page.user?.role;
  return (
    <Layout page={page} title={task.title}>
      <h1>{task.title}</h1>
      {runStarted && (
        <p class="notice" role="status">
          {t.runStarted}
        </p>
      )}
      <dl class="facts">
        <dt>{t.description}</dt>
        <dd class="text">{task.description}</dd>
        {task.guidelineId && (
          <>
            <dt>{t.guideline}</dt>
            <dd>
              <a href={pages.guideline(task.guidelineId)}>{task.guidelineId}</a>
            </dd>
          </>
        )}
        <dt>{t.owner}</dt>
        <dd>
          {task.owner.name}, {task.owner.role} (<a href={`mailto:${task.owner.email}`}>{task.owner.email}</a>)
        </dd>
        <dt>{t.recipients}</dt>
        <dd>{recipientNames(task)}</dd>
        <dt>{t.day}</dt>
        <dd>
          {t.monthDay(task.on.month, task.on.day)} {t.atTime(task.time)}
        </dd>
        {task.dueBy && (
          <>
            <dt>{t.dueBy}</dt>
            <dd>
              <DueBy shown={shown} language={lang} />
            </dd>
          </>
        )}
        <dt>{t.nextRun}</dt>
        <dd>
          <NextRun shown={shown} language={lang} />
        </dd>
        <dt>{t.timezone}</dt>
        <dd>{shown.timezone}</dd>
        <dt>{t.catchupWindow}</dt>
        <dd>
          {t.duration(shown.catchupWindowMs)} <span class="hint">{t.catchupHint}</span>
        </dd>
        <dt>{t.state}</dt>
        <dd>{shown.paused ? <span class="tag is-missing">{t.paused}</span> : t.active}</dd>
      </dl>

      <h2>{t.nextRuns}</h2>
      {shown.nextRuns.length ? (
        <ul>
          {shown.nextRuns.map((at) => (
            <li>
              <InstantText at={at} language={lang} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noNextRun}</p>
      )}

      <h2>{t.recentRuns}</h2>
      {shown.recentRuns.length ? (
        <table>
          <caption>{t.recentCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.startedAt}</th>
              <th scope="col">{t.run}</th>
            </tr>
          </thead>
          <tbody>
            {shown.recentRuns.map((r) => (
              <tr>
                <td>
                  <InstantText at={r.takenAt} language={lang} />
                </td>
                <td>{r.workflowId}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noRuns}</p>
      )}

      {role && (may(role, 'yearlyTask.trigger') || may(role, 'yearlyTask.remove')) && (
        <section aria-labelledby="acts-title">
          <h2 id="acts-title">{t.actsTitle}</h2>
          {may(role, 'yearlyTask.trigger') && (
            <form class="stack" method="post" action={`${base}/runs`}>
              <CsrfField page={page} />
              <p class="hint" id="trigger-hint">
                {t.triggerHint}
              </p>
              <button type="submit" aria-describedby="trigger-hint">
                {t.trigger}
              </button>
            </form>
          )}
          {may(role, 'yearlyTask.remove') && (
            <form class="stack" method="post" action={`${base}/removal`}>
              <CsrfField page={page} />
              <p class="hint" id="remove-hint">
                {t.removeHint}
              </p>
              <button type="submit" class="danger" aria-describedby="remove-hint">
                {t.remove}
              </button>
            </form>
          )}
        </section>
      )}
    </Layout>
  );
}
