import { Hono } from 'hono';
import { followUpKinds, followUpSubjectsWhere, subjectTitles } from '../../../activities/store/followUpSubjects';
import { subjectOf } from '../../../activities/store/readModel';
import { guidelineWorkflowId } from '../../../domain/ids';
import type { ImplementationView, SurveyView } from '../../../workflows/followUp/api';
import {
  FollowUpItem,
  followUpKindFilters,
  FollowUpListFilter,
  FollowUpListPage,
  followUpStateFilters,
} from '../../web/pages/followUpList';
import { allow } from '../auth/guard';
import type { AppDeps, WebEnv } from '../env';
import { pageFromQuery, pageQuerySchema } from '../pagination';
import { pageContext } from '../render';
import { implementationPages } from './implementations';
import { surveyPages } from './surveys';

const statesOf = { all: [], current: ['open', 'scheduled'], finished: ['reported', 'closed'] };

const oneOf = <T extends string>(options: readonly T[], value: string | undefined): T =>
  options.includes(value as T) ? (value as T) : options[0];

/** Implementation deadlines and follow-up surveys: the list of both, and each one's pages. */
export function followUpPages(deps: AppDeps) {
  return new Hono<WebEnv>()
    .get('/follow-ups', allow('read'), async (c) => {
      const filter: FollowUpListFilter = {
        kind: oneOf(followUpKindFilters, c.req.query('kind')),
        state: oneOf(followUpStateFilters, c.req.query('state')),
      };
      const paging = pageQuerySchema.safeParse(c.req.query()).data ?? pageQuerySchema.parse({});
      const kinds = filter.kind === 'all' ? followUpKinds : [filter.kind];
      const found = await pageFromQuery(followUpSubjectsWhere(deps.db, { kinds, status: statesOf[filter.state] }), paging);
      const items = found.items.map((row): FollowUpItem =>
        row.kind === 'implementation'
          ? { kind: 'implementation', subject: subjectOf<ImplementationView>(row) }
          : { kind: 'survey', subject: subjectOf<SurveyView>(row) },
      );
      const guidelineIds = [...new Set(items.map((i) => i.subject.view.guidelineId))];
      const titles = await subjectTitles(deps.db, guidelineIds.map(guidelineWorkflowId));
      const guidelineTitles = new Map(guidelineIds.map((id) => [id, titles.get(guidelineWorkflowId(id)) ?? id]));
      return c.html(
        <FollowUpListPage
          page={pageContext(c)}
          filter={filter}
          items={items}
          guidelineTitles={guidelineTitles}
          offset={found.offset}
          limit={found.limit}
          total={found.total}
        />,
      );
    })
    .route('/', implementationPages(deps))
    .route('/', surveyPages(deps));
}
