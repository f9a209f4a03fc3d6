import type { GuidelineView } from '../../../workflows/guideline/api';
import { Layout, PageContext } from '../layout';
import { guidelineTexts } from '../texts/guidelines';

/** A guideline's page: its state as the workflow reports it, its upcoming reminders and its rounds. */
export function GuidelinePage({ page, view }: { page: PageContext; view: GuidelineView }) {
  const t = guidelineTexts[page.language];
  const g = view.guideline;
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
        <dt>{t.validPeriod}</dt>
        <dd>{g.validFrom && g.validUntil ? `${g.validFrom} – ${g.validUntil}` : t.noValidity}</dd>
        {g.version && (
          <>
            <dt>{t.version}</dt>
            <dd>{g.version}</dd>
          </>
        )}
      </dl>

      <h2>{t.upcomingReminders}</h2>
      {view.upcomingReminders.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.reminderDate}</th>
              <th scope="col">{t.daysBefore}</th>
            </tr>
          </thead>
          <tbody>
            {view.upcomingReminders.map((r) => (
              <tr>
                <td>{r.date}</td>
                <td>{r.daysLeft}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noReminders}</p>
      )}

      <h2>{t.consultationRounds}</h2>
      {view.consultationRounds.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.round}</th>
              <th scope="col">{t.opensOn}</th>
              <th scope="col">{t.deadline}</th>
            </tr>
          </thead>
          <tbody>
            {view.consultationRounds.map((r) => (
              <tr>
                <td>{r.round}</td>
                <td>{r.opensOn}</td>
                <td>{r.deadline}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noRounds}</p>
      )}
    </Layout>
  );
}
