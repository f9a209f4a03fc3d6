import { stockholmDate } from '../../../domain/calendar/dates';
import type { Organisation } from '../../../domain/directory/organisation';
import type { ConsultationView } from '../../../workflows/consultation/api';
import { DateText, ProgressBar } from '../components';
import { ErrorSummary, FormState } from '../form';
import { Layout, PageContext } from '../layout';
import { pages } from '../links';
import { consultationTexts } from '../texts/consultations';
import { actFieldLabels, RoundActs, RoundForms } from './roundActs';
import { OrganisationsByGroup, SilentOrganisations } from './roundOrganisations';
import type { InboundReply } from '../../../domain/links/reply';
import { RoundReplies } from './roundReplies';

/** What the page confirms after an act, by the act's name. */
export type RoundDone = keyof (typeof consultationTexts)['sv']['done'];

/** The answers as the API exports them: the round's page is the API's path without `/api`. */
const answersFile = (view: ConsultationView, format: 'csv' | 'xlsx') =>
  `/api${pages.round(view.guidelineId, view.round)}/answers.${format}`;

const dayOf = (instant: string) => stockholmDate(Date.parse(instant));

function RoundFacts({ page, view }: { page: PageContext; view: ConsultationView }) {
  const t = consultationTexts[page.language];
  const date = (d: string) => <DateText date={d} language={page.language} />;
  return (
    <dl class="facts">
      <dt>{t.status}</dt>
      <dd>
        <span class="status">{t.statuses[view.status]}</span>
      </dd>
      <dt>{t.document}</dt>
      <dd>
        <a href={view.document.link}>{view.document.title}</a>, {view.document.version}
      </dd>
      <dt>{t.opensOn}</dt>
      <dd>{date(view.opensOn)}</dd>
      <dt>{t.deadline}</dt>
      <dd class="deadline">
        {view.deadlineInForce === view.deadline ? (
          date(view.deadline)
        ) : (
          <>
            {date(view.deadline)} {t.movedBy(view.deadlineRule)} <strong>{date(view.deadlineInForce)}</strong>
          </>
        )}
      </dd>
      {view.extensions.length > 0 && (
        <>
          <dt>{t.extensions}</dt>
          <dd>
            <ul class="extensions">
              {view.extensions.map((e) => (
                <li>
                  {date(dayOf(e.at))}: {t.extended} {date(e.previousDeadline)} {t.to} {date(e.deadline)}. {e.reason}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>{t.processOwner}</dt>
      <dd>
        {view.processOwner.name}, {view.processOwner.role} (<a href={`mailto:${view.processOwner.email}`}>{view.processOwner.email}</a>)
      </dd>
      {view.closeReason && (
        <>
          <dt>{t.closeReason}</dt>
          <dd>{view.closeReason}</dd>
        </>
      )}
    </dl>
  );
}

function UpcomingReminders({ page, view }: { page: PageContext; view: ConsultationView }) {
  const t = consultationTexts[page.language];
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t.upcomingReminders}</h2>
      {view.upcomingReminders.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.reminderDate}</th>
              <th scope="col">{t.reminderDays}</th>
              <th scope="col">{t.reminderTo}</th>
            </tr>
          </thead>
          <tbody>
            {view.upcomingReminders.map((r) => (
              <tr>
                <td>
                  <DateText date={r.date} language={page.language} />
                </td>
                <td>{r.businessDaysBefore}</td>
                <td>{t.silentOnes(view.progress.notAnsweredCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noReminders}</p>
      )}
    </section>
  );
}

/**
 * A round's page, drawn from its view in the read model: its facts, who has answered and who has not by
 * sub-region, the forms of the acts the role may do, the reminders to come and the exports.
 */
export function RoundPage({
  page,
  view,
  organisations,
  today,
  forms = {},
  done,
  replies,
  classifyForm,
}: {
  page: PageContext;
  view: ConsultationView;
  organisations: Organisation[];
  today: string;
  forms?: RoundForms;
  done?: RoundDone;
  replies: InboundReply[];
  /** The classify form sent back, refused. */
  classifyForm?: FormState;
}) {
  const t = consultationTexts[page.language];
  const refused: FormState | undefined = [...Object.values(forms), classifyForm].find((form) => form?.problems.length);
  const p = view.progress;
  return (
    <Layout page={page} title={`${t.roundTitle(view.round)}: ${view.document.title}`}>
      <p>
        <a href={pages.guideline(view.guidelineId)}>{t.backToGuideline}</a>
      </p>
      <h1>
        {t.roundTitle(view.round)}: {view.document.title}
      </h1>
      {done && (
        <p class="notice" role="status">
          {t.done[done]}
        </p>
      )}
      {refused && <ErrorSummary form={refused} language={page.language} labels={actFieldLabels(page.language)} />}
      <RoundFacts page={page} view={view} />

      <h2>{t.progress}</h2>
      <ProgressBar done={p.answered} total={p.total} label={t.progressLabel} language={page.language} />
      {p.late > 0 && <p>{t.lateCount(p.late)}</p>}
      <SilentOrganisations view={view} organisations={organisations} language={page.language} />

      <RoundActs page={page} view={view} organisations={organisations} today={today} forms={forms} />
      <OrganisationsByGroup view={view} organisations={organisations} language={page.language} />
      <RoundReplies page={page} view={view} replies={replies} form={classifyForm} />
      <UpcomingReminders page={page} view={view} />

      <h2>{t.exports}</h2>
      <ul class="exports">
        <li>
          <a href={answersFile(view, 'csv')} download>
            {t.exportCsv}
          </a>
        </li>
        <li>
          <a href={answersFile(view, 'xlsx')} download>
            {t.exportXlsx}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
