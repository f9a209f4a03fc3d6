import type { GuidelineStatus } from '../../../domain/guideline/guideline';
import { DateText, Pagination } from '../components';
import { ErrorSummary, FormState, SelectField, TextField } from '../form';
import { Layout, PageContext } from '../layout';
import { pages } from '../links';
import { guidelineTexts } from '../texts/guidelines';

/** What the register draws of each guideline. */
export interface RegisterRow {
  guidelineId: string;
  title: string;
  status: GuidelineStatus;
  responsibleBody: string;
  kind: 'guideline' | 'routine' | 'agreement' | 'application-guide' | 'strategy';
  validUntil?: string;
}

/** The choices of "ending within", as the API writes them. */
const expiringChoices = [30, 90, 180, 365];

/** The register: every guideline in a table, filtered by the form above it, a page at a time. */
export function GuidelineRegisterPage({
  page,
  filters,
  rows,
  total,
  offset,
  limit,
}: {
  page: PageContext;
  /** The filters as given, and any problem with them. */
  filters: FormState;
  rows: RegisterRow[];
  total: number;
  offset: number;
  limit: number;
}) {
  const t = guidelineTexts[page.language];
  const language = page.language;
  const common = { form: filters, language };
  const labels = { status: t.status, body: t.responsibleBody, kind: t.kind, expiringWithin: t.expiringWithin, q: t.search };
  return (
    <Layout page={page} title={t.registerListTitle}>
      <h1>{t.registerListTitle}</h1>
      <p class="lead">{t.registerListIntro}</p>
      <ErrorSummary form={filters} language={language} labels={labels} />
      <form class="filters" method="get" action={pages.guidelines()} role="search" aria-label={t.filters}>
        <TextField {...common} name="q" label={t.search} />
        <SelectField {...common} name="status" label={t.status} placeholder={t.anyStatus} options={Object.entries(t.statuses)} />
        <SelectField
          {...common}
          name="body"
          label={t.responsibleBody}
          placeholder={t.anyBody}
          options={[
            ['VVG', 'VVG'],
            ['SRO', 'SRO'],
          ]}
        />
        <SelectField {...common} name="kind" label={t.kind} placeholder={t.anyKind} options={Object.entries(t.kinds)} />
        <SelectField
          {...common}
          name="expiringWithin"
          label={t.expiringWithin}
          placeholder={t.anyTime}
          options={expiringChoices.map((days) => [`${days}d`, t.withinDays(days)])}
        />
        <div class="filter-actions">
          <button type="submit">{t.show}</button>
          <a href={pages.guidelines()}>{t.clearFilters}</a>
        </div>
      </form>

      <table class="register">
        <caption>{t.registerCaption(total)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.id}</th>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.responsibleBody}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.validUntilColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr>
              <th scope="row">
                <a href={pages.guideline(g.guidelineId)}>{g.title}</a>
              </th>
              <td>{g.guidelineId}</td>
              <td>{t.kinds[g.kind]}</td>
              <td>{g.responsibleBody}</td>
              <td>{t.statuses[g.status]}</td>
              <td>{g.validUntil ? <DateText date={g.validUntil} language={language} /> : t.noValidity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        language={language}
        path={pages.guidelines()}
        query={filters.problems.length ? {} : filters.values}
        offset={offset}
        limit={limit}
        total={total}
      />
    </Layout>
  );
}
