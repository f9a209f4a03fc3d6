import type { IsoDate } from '../../../domain/calendar/dates';
import type { ResponsibleBodyId } from '../../../domain/ids';
import type { PrincipalView } from '../../../workflows/meeting/principalsApi';
import { DateText, ProgressBar } from '../components';
import { ErrorSummary, FormState, SelectField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { meetingTexts } from '../texts/meetings';
import { MeetingLink } from './meetingParts';
import type { InboundReply } from '../../../domain/links/reply';
import { RepliesList } from './replies';

export interface PrincipalsActs {
  record: boolean;
  close: boolean;
}

function recordLabels(page: PageContext): Record<string, string> {
  const t = meetingTexts[page.language];
  return { organisationId: t.organisation, decision: t.principalDecision, decidedOn: t.decidedOn, reference: t.reference };
}

/** The principals' own decisions on a recommendation: who has decided, what and when, who is silent; record and close. */
export function MeetingPrincipalsPage({
  page,
  body,
  date,
  itemId,
  view,
  names,
  acts,
  recordForm,
  closeForm,
  replies,
}: {
  page: PageContext;
  body: ResponsibleBodyId;
  date: IsoDate;
  itemId: string;
  view: PrincipalView;
  /** Each principal's name, by its organisation id. */
  names: Record<string, string>;
  acts: PrincipalsActs;
  recordForm: FormState;
  closeForm: FormState;
  /** Replies to its asking mail, for staff to read. */
  replies?: InboundReply[];
}) {
  const t = meetingTexts[page.language];
  const language = page.language;
  const common = { language };
  const decided = Object.entries(view.decisions).sort(([a], [b]) => (names[a] ?? a).localeCompare(names[b] ?? b, 'sv'));
  const everyone = [...decided.map(([id]) => id), ...view.progress.notDecided.map((p) => p.organisationId)];
  const open = view.status !== 'closed';
  const action = pages.principals(body, date, itemId);
  return (
    <Layout page={page} title={t.principalsTitle(view.title)}>
      <p>
        <a href={`${pages.meeting(body, date)}#item-${itemId}`}>{t.backToAgenda}</a>
      </p>
      <h1>{t.principalsTitle(view.title)}</h1>
      <dl class="facts">
        <dt>{t.recommendedAt}</dt>
        <dd>
          <MeetingLink body={body} date={date} language={language} />
        </dd>
        <dt>{t.decideBy}</dt>
        <dd>
          <DateText date={view.decideBy} language={language} />
        </dd>
        <dt>{t.trackingStatus}</dt>
        <dd>
          <span class="status">{t.trackingStatuses[view.status]}</span>
        </dd>
        <dt>{t.adoptedCount}</dt>
        <dd>{view.progress.adopted}</dd>
        <dt>{t.declinedCount}</dt>
        <dd>{view.progress.declined}</dd>
      </dl>
      <ProgressBar done={view.progress.decided} total={view.progress.total} label={t.decidedProgress} language={language} />

      <h2>{t.decisionsTitle}</h2>
      {decided.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.organisation}</th>
              <th scope="col">{t.principalDecision}</th>
              <th scope="col">{t.decidedOn}</th>
              <th scope="col">{t.reference}</th>
            </tr>
          </thead>
          <tbody>
            {decided.map(([id, d]) => (
              <tr>
                <th scope="row">{names[id] ?? id}</th>
                <td>{t.principalDecisions[d.decision]}</td>
                <td>
                  <DateText date={d.decidedOn} language={language} />
                </td>
                <td>{d.reference ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noDecisionsYet}</p>
      )}

      <h2>{t.silentTitle}</h2>
      {view.progress.notDecided.length ? (
        <ul class="silent">
          {view.progress.notDecided.map((p) => (
            <li>{p.organisationName}</li>
          ))}
        </ul>
      ) : (
        <p>{t.noneSilent}</p>
      )}

      <h2>{t.upcomingReminders}</h2>
      {view.upcomingReminders.length ? (
        <ul>
          {view.upcomingReminders.map((r) => (
            <li>
              <DateText date={r.date} language={language} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noReminders}</p>
      )}

      {open && acts.record && (
        <section aria-labelledby="record-title">
          <h2 id="record-title">{t.recordPrincipalTitle}</h2>
          <ErrorSummary form={recordForm} language={language} labels={recordLabels(page)} />
          <form class="stack" method="post" action={`${action}/decisions`} novalidate>
            <CsrfField page={page} />
            <SelectField
              {...common}
              form={recordForm}
              name="organisationId"
              label={t.organisation}
              placeholder={t.choosePrincipal}
              options={everyone.map((id) => [id, names[id] ?? id])}
            />
            <SelectField
              {...common}
              form={recordForm}
              name="decision"
              label={t.principalDecision}
              placeholder={t.chooseDecision}
              options={Object.entries(t.principalDecisions)}
            />
            <TextField {...common} form={recordForm} name="decidedOn" type="date" label={t.decidedOn} hint={t.dateHint} />
            <TextField {...common} form={recordForm} name="reference" label={t.reference} hint={t.referenceHint} />
            <button type="submit">{t.recordPrincipal}</button>
          </form>
        </section>
      )}
      {open && acts.close && (
        <section aria-labelledby="close-title">
          <h2 id="close-title">{t.closeTitle}</h2>
          <ErrorSummary form={closeForm} language={language} labels={{ reason: t.reason }} />
          <form class="stack" method="post" action={`${action}/closure`} novalidate>
            <CsrfField page={page} />
            <p class="hint">{t.closeHint}</p>
            <TextField {...common} form={closeForm} name="reason" label={t.reason} />
            <button type="submit">{t.close}</button>
          </form>
        </section>
      )}
      {replies?.length ? <RepliesList replies={replies} language={page.language} /> : null}
    </Layout>
  );
}
