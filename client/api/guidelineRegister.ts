import type { Store } from '../../activities/store/database';
import { guidelineRegister } from '../../activities/store/guidelineRegister';
import { subjectOf } from '../../activities/store/readModel';
import { addDays, IsoDate } from '../../domain/calendar/dates';
import type { GuidelineView } from '../../workflows/guideline/api';
import { Page, pageFromQuery, PageQuery } from './pagination';
import type { GuidelineListItem, GuidelineListQuery } from './routes/guidelineSchemas';

/** A page of the register as of `today`, read from the read model: the register page and GET /api/guidelines both ask here. */
export async function guidelineRegisterOn(
  db: Store,
  today: IsoDate,
  query: GuidelineListQuery,
  page: PageQuery,
): Promise<Page<GuidelineListItem>> {
  const found = await pageFromQuery(
    guidelineRegister(db, {
      status: query.status,
      body: query.body,
      guidelineKind: query.kind,
      inForceUntil: query.expiringWithin === undefined ? undefined : addDays(today, query.expiringWithin),
      search: query.q,
    }),
    page,
  );
  return {
    ...found,
    items: found.items.map((row) => {
      const { view, title } = subjectOf<GuidelineView>(row);
      const g = view.guideline;
      return {
        guidelineId: view.guidelineId,
        title,
        status: view.status,
        responsibleBody: g.responsibleBody,
        kind: g.kind,
        ...(g.validFrom ? { validFrom: g.validFrom } : {}),
        ...(g.validUntil ? { validUntil: g.validUntil } : {}),
      };
    }),
  };
}
