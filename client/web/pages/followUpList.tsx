import type { Subject } from '../../../domain/readModel';
import type { ImplementationView, SurveyView } from '../../../workflows/followUp/api';
import { DateText, Pagination } from '../components';
import { emptyForm, SelectField } from '../form';
import { Layout, PageContext } from '../layout';
import { pages } from '../links';
import { followUpTexts } from '../texts/followUps';

/** A row of the list: an implementation deadline or a follow-up survey, as the read model holds it. */
export type FollowUpItem =
  { kind: 'implementation'; subject: Subject<ImplementationView> } | { kind: 'survey'; subject: Subject<SurveyView> };

export const followUpKindFilters = ['all', 'implementation', 'survey'] as const;
export const followUpStateFilters = ['all', 'current', 'finished'] as const;
export interface FollowUpListFilter {
  kind: (typeof followUpKindFilters)[number];
  state: (typeof followUpStateFilters)[number];
}

export interface FollowUpListProps {
  page: PageContext;
  filter: FollowUpListFilter;
  items: FollowUpItem[];
  /** Each guideline's title, by its id. */
  guidelineTitles: Map<string, string>;
  offset: number;
  limit: number;
  total: number;
}

/** How far one has come: confirmations of the implementers, or parts in of all the parts asked for. */
function doneOf(item: FollowUpItem): [done: number, total: number] {
  if (item.kind === 'implementation') return [Object.keys(item.subject.view.confirmations).length, item.subject.view.total];
  const { progress, plan } = item.subject.view;
  return [progress.byPart.reduce((sum, p) => sum + p.submitted, 0), progress.recipients * plan.parts.length];
}

/** Every implementation deadline and follow-up survey, soonest first, with its state and how far it has come. */
export function FollowUpListPage({ page, filter, items, guidelineTitles, offset, limit, total }: FollowUpListProps) {
  const t = followUpTexts[page.language];
  const lang = page.language;
  const filterForm = emptyForm({ kind: filter.kind, state: filter.state });
  return (
    <Layout page={page} title={t.listTitle}>
      <h1>{t.listTitle}</h1>
      <p class="lead">{t.listIntro}</p>
      <form class="inline-form filters" method="get" action={pages.followUps()}>
        <SelectField
          form={filterForm}
          language={lang}
          name="kind"
          label={t.kindFilter}
          options={followUpKindFilters.map((k) => [k, t.kindFilters[k]])}
        />
        <SelectField
          form={filterForm}
          language={lang}
          name="state"
          label={t.stateFilter}
          options={followUpStateFilters.map((s) => [s, t.stateFilters[s]])}
        />
        <button type="submit">{t.filter}</button>
      </form>
      {items.length ? (
        <table class="follow-ups">
          <caption>{t.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.what}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.guideline}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.dates}</th>
              <th scope="col">{t.progress}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const s = item.subject;
              const guidelineId = s.view.guidelineId;
              const [done, of] = doneOf(item);
              return (
                <tr>
                  <th scope="row">
                    {item.kind === 'implementation' ? (
                      <a href={pages.implementation(guidelineId, s.view.n)}>{t.implementationName(s.view.n)}</a>
                    ) : (
                      <a href={pages.followUp(guidelineId, s.view.n)}>{item.subject.view.plan.title}</a>
                    )}
                  </th>
                  <td>{t.kinds[item.kind]}</td>
                  <td>
                    <a href={pages.guideline(guidelineId)}>{guidelineTitles.get(guidelineId) ?? guidelineId}</a>
                  </td>
                  <td>
                    <span class="status">
                      {item.kind === 'implementation'
                        ? t.implementationStatuses[item.subject.view.status]
                        : t.surveyStatuses[item.subject.view.status]}
                    </span>
                  </td>
                  <td>
                    {item.kind === 'implementation' ? (
                      <>
                        {t.by} <DateText date={item.subject.view.deadlineInForce} language={lang} />
                      </>
                    ) : (
                      <>
                        <DateText date={item.subject.view.plan.opensOn} language={lang} /> –{' '}
                        <DateText date={item.subject.view.closesInForce} language={lang} />
                      </>
                    )}
                  </td>
                  <td>{item.kind === 'implementation' ? t.confirmedOf(done, of) : t.partsOf(done, of)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t.noFollowUps}</p>
      )}
      <Pagination
        language={lang}
        path={pages.followUps()}
        query={{ kind: filter.kind, state: filter.state }}
        offset={offset}
        limit={limit}
        total={total}
      />
    </Layout>
  );
}
