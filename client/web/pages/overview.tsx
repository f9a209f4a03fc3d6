import type { Child } from 'hono/jsx';
import type { NamedOrganisation, Overview } from '../../../domain/overview';
import { DateText } from '../components';
import { Layout, PageContext } from '../layout';
import { pages } from '../links';
import { overviewTexts } from '../texts/overview';

/** A part of the overview: its heading with how many, then its table or the words for none. */
function Part({ id, title, count, none, children }: { id: string; title: string; count: number; none: string; children: Child }) {
  return (
    <section class="todo" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span class="count">({count})</span>
      </h2>
      {count ? children : <p>{none}</p>}
    </section>
  );
}

const names = (organisations: NamedOrganisation[]) => organisations.map((o) => o.organisationName).join(', ');

/** "Att göra": what needs someone in the next 30 days, each entry linking to its page. */
export function OverviewPage({ page, overview }: { page: PageContext; overview: Overview }) {
  const t = overviewTexts[page.language];
  const language = page.language;
  const o = overview;
  const parts = [
    ['answers', t.answerDeadlines, o.answerDeadlines.length],
    ['documents', t.missingDocuments, o.missingDocuments.length],
    ['implementations', t.implementations, o.implementations.length],
    ['surveys', t.surveys, o.surveys.length],
    ['expiring', t.expiring, o.expiring.length],
    ['expired', t.expired, o.expired.length],
    ['milestones', t.overdueMilestones, o.overdueMilestones.length],
  ] as const;
  return (
    <Layout page={page} title={t.title}>
      <h1>{t.title}</h1>
      <p class="lead">
        {t.leadFrom} <DateText date={o.today} language={language} />, {t.leadUntil} <DateText date={o.until} language={language} />.
      </p>
      <nav class="todo-contents" aria-label={t.contents}>
        <ul>
          {parts.map(([id, title, count]) => (
            <li>
              <a href={`#${id}`}>{title}</a> ({count})
            </li>
          ))}
        </ul>
      </nav>

      <Part id="answers" title={t.answerDeadlines} count={o.answerDeadlines.length} none={t.noAnswerDeadlines}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.consultation}</th>
              <th scope="col">{t.deadline}</th>
              <th scope="col">{t.answers}</th>
              <th scope="col">{t.notAnswered}</th>
            </tr>
          </thead>
          <tbody>
            {o.answerDeadlines.map((r) => (
              <tr>
                <th scope="row">
                  <a href={pages.round(r.guidelineId, r.round)}>{r.title}</a>, {t.round(r.round)}
                </th>
                <td>
                  <DateText date={r.deadline} language={language} />
                </td>
                <td>
                  {r.answered} {t.of} {r.total}
                </td>
                <td>{names(r.silent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="documents" title={t.missingDocuments} count={o.missingDocuments.length} none={t.noMissingDocuments}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.meeting}</th>
              <th scope="col">{t.documentDeadline}</th>
              <th scope="col">{t.itemsWithoutDocuments}</th>
            </tr>
          </thead>
          <tbody>
            {o.missingDocuments.map((m) => (
              <tr>
                <th scope="row">
                  <a href={pages.meeting(m.body, m.date)}>
                    {m.body} <DateText date={m.date} language={language} />
                  </a>
                </th>
                <td>
                  <DateText date={m.documentDeadline} language={language} />
                </td>
                <td>
                  <ul class="plain">
                    {m.items.map((i) => (
                      <li>
                        {i.title} ({t.presentedBy} {i.presenter})
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="implementations" title={t.implementations} count={o.implementations.length} none={t.noImplementations}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.implementation}</th>
              <th scope="col">{t.implementationDeadline}</th>
              <th scope="col">{t.confirmed}</th>
              <th scope="col">{t.notConfirmed}</th>
            </tr>
          </thead>
          <tbody>
            {o.implementations.map((i) => (
              <tr>
                <th scope="row">
                  <a href={pages.implementation(i.guidelineId, i.n)}>{i.title}</a>, {t.implementationNumber(i.n)}
                </th>
                <td>
                  <DateText date={i.deadline} language={language} />
                </td>
                <td>
                  {i.confirmed} {t.of} {i.total}
                </td>
                <td>{names(i.unconfirmed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="surveys" title={t.surveys} count={o.surveys.length} none={t.noSurveys}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.survey}</th>
              <th scope="col">{t.closesOn}</th>
              <th scope="col">{t.complete}</th>
              <th scope="col">{t.partsMissing}</th>
            </tr>
          </thead>
          <tbody>
            {o.surveys.map((s) => (
              <tr>
                <th scope="row">
                  <a href={pages.followUp(s.guidelineId, s.n)}>{s.title}</a>, {t.surveyNumber(s.n)}
                </th>
                <td>
                  <DateText date={s.closesOn} language={language} />
                </td>
                <td>
                  {s.complete} {t.of} {s.recipients}
                </td>
                <td>
                  <ul class="plain">
                    {s.missing.map((m) => (
                      <li>
                        {m.organisationName}: {m.parts.join(', ')}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="expiring" title={t.expiring} count={o.expiring.length} none={t.noExpiring}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.guideline}</th>
              <th scope="col">{t.validUntil}</th>
              <th scope="col">{t.daysLeft}</th>
            </tr>
          </thead>
          <tbody>
            {o.expiring.map((g) => (
              <tr>
                <th scope="row">
                  <a href={pages.guideline(g.guidelineId)}>{g.title}</a>
                </th>
                <td>
                  <DateText date={g.validUntil} language={language} />
                </td>
                <td>{g.daysLeft}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="expired" title={t.expired} count={o.expired.length} none={t.noExpired}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.guideline}</th>
              <th scope="col">{t.endedOn}</th>
            </tr>
          </thead>
          <tbody>
            {o.expired.map((g) => (
              <tr>
                <th scope="row">
                  <a href={pages.guideline(g.guidelineId)}>{g.title}</a>
                </th>
                <td>
                  <DateText date={g.validUntil} language={language} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="milestones" title={t.overdueMilestones} count={o.overdueMilestones.length} none={t.noOverdueMilestones}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.commission}</th>
              <th scope="col">{t.milestones}</th>
            </tr>
          </thead>
          <tbody>
            {o.overdueMilestones.map((c) => (
              <tr>
                <th scope="row">
                  <a href={pages.commission(c.commissionId)}>{c.title}</a>
                </th>
                <td>
                  <ul class="plain">
                    {c.milestones.map((m) => (
                      <li>
                        {m.title} ({t.due} <DateText date={m.due} language={language} />)
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>
    </Layout>
  );
}
