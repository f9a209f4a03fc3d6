import { guidelineIdSchema } from '../../../domain/guideline/guideline';
import { Pagination } from '../components';
import { ErrorSummary, FormState, TextField } from '../form';
import { InstantText } from '../instantText';
import type { Language } from '../language';
import { Layout, PageContext } from '../layout';
import { pageOfWorkflow, pages } from '../links';
import { actName, actOutcomeName, auditTexts, outcomeName } from '../texts/audit';
import { mailName } from '../texts/mail';

export const auditViews = ['mails', 'outcomes', 'acts'] as const;
export type AuditView = (typeof auditViews)[number];

/** What the audit draws of each record. */
export type AuditRows =
  | {
      view: 'mails';
      rows: Array<{
        key: string;
        workflow_id: string;
        template: string;
        recipient: string;
        subject: string;
        sent_at: string;
        version?: string;
      }>;
    }
  | {
      view: 'outcomes';
      rows: Array<{ key: string; workflow_id: string; kind: string; occurred_at: string; details: Record<string, unknown> }>;
    }
  | { view: 'acts'; rows: Array<{ id: string; at: string; username: string; act: string; target: string; outcome: string }> };

/** A guideline's id or a workflow's, linked to its page where it has one. */
function Reference({ id }: { id: string }) {
  const href = pageOfWorkflow(id) ?? (guidelineIdSchema.safeParse(id).success ? pages.guideline(id) : undefined);
  return href ? <a href={href}>{id}</a> : <>{id}</>;
}

function Rows({ records, language }: { records: AuditRows; language: Language }) {
  const t = auditTexts[language];
  switch (records.view) {
    case 'mails':
      return (
        <>
          <thead>
            <tr>
              <th scope="col">{t.sentAt}</th>
              <th scope="col">{t.what}</th>
              <th scope="col">{t.mailSubject}</th>
              <th scope="col">{t.recipient}</th>
              <th scope="col">{t.about}</th>
              <th scope="col">{t.version}</th>
            </tr>
          </thead>
          <tbody>
            {records.rows.map((m) => (
              <tr>
                <td>
                  <InstantText at={m.sent_at} language={language} />
                </td>
                <td>{mailName(language, m.template)}</td>
                <td>{m.subject}</td>
                <td>{m.recipient}</td>
                <td>
                  <Reference id={m.workflow_id} />
                </td>
                <td>{m.version ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </>
      );
    case 'outcomes':
      return (
        <>
          <thead>
            <tr>
              <th scope="col">{t.occurredAt}</th>
              <th scope="col">{t.outcome}</th>
              <th scope="col">{t.about}</th>
              <th scope="col">{t.details}</th>
            </tr>
          </thead>
          <tbody>
            {records.rows.map((o) => (
              <tr>
                <td>
                  <InstantText at={o.occurred_at} language={language} />
                </td>
                <td>{outcomeName(language, o.kind)}</td>
                <td>
                  <Reference id={o.workflow_id} />
                </td>
                <td>
                  <details>
                    <summary>{t.showDetails}</summary>
                    <pre>{JSON.stringify(o.details, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </>
      );
    case 'acts':
      return (
        <>
          <thead>
            <tr>
              <th scope="col">{t.at}</th>
              <th scope="col">{t.who}</th>
              <th scope="col">{t.act}</th>
              <th scope="col">{t.about}</th>
              <th scope="col">{t.result}</th>
            </tr>
          </thead>
          <tbody>
            {records.rows.map((a) => (
              <tr>
                <td>
                  <InstantText at={a.at} language={language} />
                </td>
                <td>{a.username}</td>
                <td>{actName(language, a.act)}</td>
                <td>
                  <Reference id={a.target} />
                </td>
                <td>{actOutcomeName(language, a.outcome)}</td>
              </tr>
            ))}
          </tbody>
        </>
      );
  }
}

/** The log: mails, transitions or acts, filtered by what they concern and by words, the latest first. */
export function AuditPage({
  page,
  filters,
  records,
  total,
  offset,
  limit,
}: {
  page: PageContext;
  filters: FormState;
  records: AuditRows;
  total: number;
  offset: number;
  limit: number;
}) {
  const t = auditTexts[page.language];
  const language = page.language;
  const common = { form: filters, language };
  const { subject, q } = filters.problems.length ? ({} as Record<string, string>) : filters.values;
  const viewHref = (view: AuditView) => {
    const params = new URLSearchParams(
      Object.entries({ view, subject, q }).flatMap(([k, v]): Array<[string, string]> => (v ? [[k, v]] : [])),
    );
    return `${pages.audit()}?${params}`;
  };
  const names: Record<AuditView, string> = { mails: t.mails, outcomes: t.outcomes, acts: t.acts };
  return (
    <Layout page={page} title={t.title}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <nav class="tabs" aria-label={t.views}>
        <ul>
          {auditViews.map((view) => (
            <li>
              <a href={viewHref(view)} aria-current={view === records.view ? 'page' : undefined}>
                {names[view]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorSummary form={filters} language={language} labels={{ subject: t.subject, q: t.search }} />
      <form class="filters" method="get" action={pages.audit()} role="search" aria-label={t.filters}>
        <input type="hidden" name="view" value={records.view} />
        <TextField {...common} name="subject" label={t.subject} hint={t.subjectHint} />
        <TextField {...common} name="q" label={t.search} />
        <div class="filter-actions">
          <button type="submit">{t.show}</button>
          <a href={`${pages.audit()}?view=${records.view}`}>{t.clearFilters}</a>
        </div>
      </form>
      <table class="audit">
        <caption>{t.caption(names[records.view], total)}</caption>
        <Rows records={records} language={language} />
      </table>
      <Pagination
        language={language}
        path={pages.audit()}
        query={{ view: records.view, subject, q }}
        offset={offset}
        limit={limit}
        total={total}
      />
    </Layout>
  );
}
