import { may } from '../../../domain/access';
import type { Subject } from '../../../domain/readModel';
import type { CommissionView } from '../../../workflows/commission/api';
import { DateText, Pagination } from '../components';
import { emptyForm, SelectField } from '../form';
import { Layout, PageContext } from '../layout';
import { pages } from '../links';
import { commissionTexts } from '../texts/commissions';

export const commissionStateFilters = ['all', 'active', 'completed'] as const;
export type CommissionStateFilter = (typeof commissionStateFilters)[number];

export interface CommissionListProps {
  page: PageContext;
  state: CommissionStateFilter;
  commissions: Array<Subject<CommissionView>>;
  offset: number;
  limit: number;
  total: number;
}

/** Every commission, nearest open milestone first: who gave it, how far it has come, what is overdue, where it reports back. */
export function CommissionListPage({ page, state, commissions, offset, limit, total }: CommissionListProps) {
  const t = commissionTexts[page.language];
  const lang = page.language;
  return (
    <Layout page={page} title={t.listTitle}>
      <h1>{t.listTitle}</h1>
      <p class="lead">{t.listIntro}</p>
      {page.user && may(page.user.role, 'commission.start') && (
        <p>
          <a class="button" href={pages.newCommission()}>
            {t.newCommission}
          </a>
        </p>
      )}
      <form class="inline-form filters" method="get" action={pages.commissions()}>
        <SelectField
          form={emptyForm({ state })}
          language={lang}
          name="state"
          label={t.stateFilter}
          options={commissionStateFilters.map((s) => [s, t.stateFilters[s]])}
        />
        <button type="submit">{t.filter}</button>
      </form>
      {commissions.length ? (
        <table class="commissions">
          <caption>{t.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.commission}</th>
              <th scope="col">{t.commissionedBy}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.nextMilestone}</th>
              <th scope="col">{t.milestonesDone}</th>
              <th scope="col">{t.overdueCount}</th>
              <th scope="col">{t.reportBack}</th>
            </tr>
          </thead>
          <tbody>
            {commissions.map(({ view }) => {
              const open = view.milestones.filter((m) => m.status !== 'completed');
              const next = [...open].sort((a, b) => a.due.localeCompare(b.due))[0];
              const overdue = view.milestones.filter((m) => m.status === 'overdue').length;
              return (
                <tr>
                  <th scope="row">
                    <a href={pages.commission(view.commissionId)}>{view.title}</a>
                  </th>
                  <td>
                    {view.commissionedBy.body} <DateText date={view.commissionedBy.date} language={lang} />
                  </td>
                  <td>
                    <span class="status">{t.statuses[view.status]}</span>
                  </td>
                  <td>
                    {next ? (
                      <>
                        {next.title}, <DateText date={next.due} language={lang} />
                      </>
                    ) : (
                      t.none
                    )}
                  </td>
                  <td>{t.doneOf(view.milestones.length - open.length, view.milestones.length)}</td>
                  <td>{overdue ? <span class="tag is-overdue">{overdue}</span> : t.none}</td>
                  <td>
                    <a href={pages.meeting(view.reportBack.body, view.reportBack.date)}>
                      {view.reportBack.body} <DateText date={view.reportBack.date} language={lang} />
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t.noCommissions}</p>
      )}
      <Pagination language={lang} path={pages.commissions()} query={{ state }} offset={offset} limit={limit} total={total} />
    </Layout>
  );
}
