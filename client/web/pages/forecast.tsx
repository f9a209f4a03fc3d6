import type { Organisation } from '../../../domain/directory/organisation';
import type { SubjectKind } from '../../../domain/readModel';
import { Pagination } from '../components';
import { ErrorSummary, FormState, SelectField, TextField } from '../form';
import { InstantText } from '../instantText';
import { Layout, PageContext } from '../layout';
import { pageOfWorkflow, pages } from '../links';
import { forecastTexts } from '../texts/forecast';
import { mailName } from '../texts/mail';

/** What the forecast draws of each recipient of a mail to come. */
export interface ForecastRow {
  at: string;
  purpose: string;
  workflowId: string;
  kind: SubjectKind;
  title: string;
  name: string;
  email: string;
  organisationId?: string;
}

/** Every mail to come in the next twelve months, by organisation and person, a page at a time. */
export function ForecastPage({
  page,
  filters,
  rows,
  total,
  offset,
  limit,
  organisations,
}: {
  page: PageContext;
  filters: FormState;
  rows: ForecastRow[];
  total: number;
  offset: number;
  limit: number;
  organisations: Organisation[];
}) {
  const t = forecastTexts[page.language];
  const language = page.language;
  const common = { form: filters, language };
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return (
    <Layout page={page} title={t.title}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <ErrorSummary form={filters} language={language} labels={{ organisation: t.organisation, email: t.person }} />
      <form class="filters" method="get" action={pages.forecast()} role="search" aria-label={t.filters}>
        <SelectField
          {...common}
          name="organisation"
          label={t.organisation}
          placeholder={t.anyOrganisation}
          options={organisations.map((o) => [o.id, o.name])}
        />
        <TextField {...common} name="email" type="email" label={t.person} autocomplete="off" />
        <div class="filter-actions">
          <button type="submit">{t.show}</button>
          <a href={pages.forecast()}>{t.clearFilters}</a>
        </div>
      </form>
      <table class="forecast">
        <caption>{t.caption(total)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.when}</th>
            <th scope="col">{t.what}</th>
            <th scope="col">{t.about}</th>
            <th scope="col">{t.to}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const href = pageOfWorkflow(m.workflowId);
            const organisation = m.organisationId && (names.get(m.organisationId) ?? m.organisationId);
            return (
              <tr>
                <td>
                  <InstantText at={m.at} language={language} />
                </td>
                <td>{mailName(language, m.purpose)}</td>
                <td>
                  {t.kinds[m.kind]}: {href ? <a href={href}>{m.title}</a> : m.title}
                </td>
                <td>
                  {m.name} &lt;{m.email}&gt;{organisation && `, ${organisation}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Pagination
        language={language}
        path={pages.forecast()}
        query={filters.problems.length ? {} : filters.values}
        offset={offset}
        limit={limit}
        total={total}
      />
    </Layout>
  );
}
