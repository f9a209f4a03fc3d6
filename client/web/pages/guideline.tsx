import type { Child } from 'hono/jsx';
import { stockholmDate } from '../../../domain/calendar/dates';
import { parseWorkflowId } from '../../../domain/ids';
import { DateText } from '../components';
import { GuidelineAction } from '../guidelineActions';
import { GuidelineLife, periodsOf, TimelineEvent, timelineOf } from '../guidelineTimeline';
import { InstantText } from '../instantText';
import type { Language } from '../language';
import { Layout, PageContext } from '../layout';
import { pageOfWorkflow, pages } from '../links';
import { guidelineTexts } from '../texts/guidelines';
import { guidelineLifeTexts } from '../texts/guidelineLife';
import { mailName } from '../texts/mail';

/** A day, or the Stockholm day of an instant. */
const Day = ({ at, language }: { at: string; language: Language }) => (
  <DateText date={at.length === 10 ? at : stockholmDate(Date.parse(at))} language={language} />
);

/** What a mail was or will be about, when it is not the guideline itself: one of its rounds, implementations or follow-ups. */
function About({ workflowId, language }: { workflowId: string; language: Language }) {
  const t = guidelineLifeTexts[language];
  const ref = parseWorkflowId(workflowId);
  const href = pageOfWorkflow(workflowId);
  const name =
    ref?.kind === 'consultation'
      ? t.round(ref.round)
      : ref?.kind === 'implementation'
        ? t.implementation(ref.n)
        : ref?.kind === 'follow-up'
          ? t.followUp(ref.n)
          : undefined;
  if (!name || !href) return null;
  return (
    <>
      {' '}
      ({t.about} <a href={href}>{name}</a>)
    </>
  );
}

/** One event: when, then what. */
function Event({ event: e, guidelineId, language }: { event: TimelineEvent; guidelineId: string; language: Language }) {
  const t = guidelineLifeTexts[language];
  const when = e.kind === 'mail' ? <InstantText at={e.at} language={language} /> : <Day at={e.at} language={language} />;
  let what: Child;
  switch (e.kind) {
    case 'registered':
      what = t.registered(e.inForce);
      break;
    case 'round':
      what = (
        <>
          <a href={pages.round(guidelineId, e.round)}>{t.round(e.round)}</a>
          {e.status && ` (${t.roundStatuses[e.status]})`}: {t.roundDeadline} <DateText date={e.deadline} language={language} />
          {e.total !== undefined && `; ${t.answered(e.answered ?? 0, e.total)}`}
        </>
      );
      break;
    case 'adopted':
      what = (
        <>
          {t.adopted}: {t.valid} <DateText date={e.validFrom} language={language} /> – <DateText date={e.validUntil} language={language} />;{' '}
          {t.decision} {e.decisionRef}
          {e.note && `. ${e.note}`}
        </>
      );
      break;
    case 'extended':
      what = (
        <>
          {t.extended}: {t.validUntil} <DateText date={e.validUntil} language={language} /> ({t.previously}{' '}
          <DateText date={e.previousUntil} language={language} />
          ); {t.decision} {e.decisionRef}. {e.note}
          {e.version && `; ${t.version} ${e.version}`}
          {e.editorialChanges && `; ${t.editorialChanges}: ${e.editorialChanges}`}
        </>
      );
      break;
    case 'expired':
      what = (
        <>
          {t.expired} ({t.lastValidDay} <DateText date={e.validUntil} language={language} />)
        </>
      );
      break;
    case 'retired':
      what = (
        <>
          {t.retired}: {t.reason} {e.reason}
          {e.decisionRef && `; ${t.decision} ${e.decisionRef}`}
        </>
      );
      break;
    case 'implementation':
      what = (
        <>
          <a href={pages.implementation(guidelineId, e.n)}>{t.implementation(e.n)}</a>
          {e.status && ` (${t.implementationStatuses[e.status]})`}: {t.implementedBy} <DateText date={e.at} language={language} />
          {e.total !== undefined && `; ${t.confirmed(e.confirmed ?? 0, e.total)}`}
        </>
      );
      break;
    case 'follow-up':
      what = (
        <>
          <a href={pages.followUp(guidelineId, e.n)}>
            {t.followUp(e.n)}: {e.title}
          </a>
          {e.status && ` (${t.surveyStatuses[e.status]})`}: {t.closes} <DateText date={e.closesOn} language={language} />
        </>
      );
      break;
    case 'mail':
      what = (
        <>
          {e.sent ? t.sent : t.planned}: {mailName(language, e.purpose)}
          <About workflowId={e.workflowId} language={language} />
          {e.version && ` (${t.version} ${e.version})`}
          <details>
            <summary>{t.recipients(e.recipients.length)}</summary>
            <ul class="recipients">
              {e.recipients.map((r) => (
                <li>{r.name ? `${r.name} <${r.email}>` : r.email}</li>
              ))}
            </ul>
          </details>
        </>
      );
      break;
  }
  return (
    <li class={`event event-${e.kind}`}>
      <span class="when">{when}</span> <span class="what">{what}</span>
    </li>
  );
}

const Timeline = ({
  events,
  none,
  guidelineId,
  language,
}: {
  events: TimelineEvent[];
  none: string;
  guidelineId: string;
  language: Language;
}) =>
  events.length ? (
    <ol class="timeline">
      {events.map((event) => (
        <Event event={event} guidelineId={guidelineId} language={language} />
      ))}
    </ol>
  ) : (
    <p>{none}</p>
  );

/** Where each action is done: this area's decision forms, or the other areas' pages. */
const actionPage: Record<GuidelineAction, (guidelineId: string) => string> = {
  adopt: pages.adoptGuideline,
  extend: pages.extendGuideline,
  retire: pages.retireGuideline,
  startRound: pages.newRound,
  planImplementation: pages.newImplementation,
  planFollowUp: pages.newFollowUp,
};

/** A guideline's page, from the read model: its facts, what may be done to it, its validity periods and its whole life. */
export function GuidelinePage({
  page,
  life,
  actions,
  now,
}: {
  page: PageContext;
  life: GuidelineLife;
  /** What the signed-in role may do in the guideline's status. */
  actions: GuidelineAction[];
  now: Date;
}) {
  const t = guidelineTexts[page.language];
  const tl = guidelineLifeTexts[page.language];
  const language = page.language;
  const view = life.subject.view;
  const g = view.guideline;
  const periods = periodsOf(view);
  const { past, ahead } = timelineOf(life, now);
  return (
    <Layout page={page} title={g.title}>
      <h1>{g.title}</h1>
      <dl class="facts">
        <dt>{t.status}</dt>
        <dd>
          <span class="status">{t.statuses[view.status]}</span>
        </dd>
        <dt>{t.id}</dt>
        <dd>{view.guidelineId}</dd>
        <dt>{t.kind}</dt>
        <dd>{t.kinds[g.kind]}</dd>
        <dt>{t.responsibleBody}</dt>
        <dd>{g.responsibleBody}</dd>
        <dt>{t.owner}</dt>
        <dd>
          {g.owner.name}, {g.owner.role} (<a href={`mailto:${g.owner.email}`}>{g.owner.email}</a>)
        </dd>
        <dt>{t.subscribers}</dt>
        <dd>{g.subscribers.length ? g.subscribers.map((s) => s.name).join(', ') : t.noSubscribers}</dd>
        <dt>{t.validPeriod}</dt>
        <dd>
          {g.validFrom && g.validUntil ? (
            <>
              <DateText date={g.validFrom} language={language} /> – <DateText date={g.validUntil} language={language} />
            </>
          ) : (
            t.noValidity
          )}
        </dd>
        {g.version && (
          <>
            <dt>{t.version}</dt>
            <dd>{g.version}</dd>
          </>
        )}
      </dl>

      {actions.length > 0 && (
        <section aria-labelledby="actions">
          <h2 id="actions">{t.actions}</h2>
          <ul class="actions">
            {actions.map((action) => (
              <li>
                <a class="button" href={actionPage[action](view.guidelineId)}>
                  {t[action]}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {periods.length > 0 && (
        <section aria-labelledby="periods">
          <h2 id="periods">{t.periods}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.from}</th>
                <th scope="col">{t.until}</th>
                <th scope="col">{t.decision}</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr>
                  <th scope="row">{p.n}</th>
                  <td>
                    <DateText date={p.from} language={language} />
                  </td>
                  <td>
                    <DateText date={p.until} language={language} />
                  </td>
                  <td>{p.decisionRef ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="timeline">
        <h2 id="timeline">{tl.timeline}</h2>
        <h3>{tl.past}</h3>
        <Timeline events={past} none={tl.nothingYet} guidelineId={view.guidelineId} language={language} />
        <h3>{tl.ahead}</h3>
        <Timeline events={ahead} none={tl.nothingAhead} guidelineId={view.guidelineId} language={language} />
      </section>
    </Layout>
  );
}
