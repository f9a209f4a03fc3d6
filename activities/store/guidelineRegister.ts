import { sql } from 'kysely';
import type { ResponsibleBodyId } from '../../domain/ids';
import type { Store } from './database';
import { subjectsWhere } from './readModel';

interface RegisterFilter {
  status?: string;
  body?: ResponsibleBodyId;
  guidelineKind?: string;
  /** In force with the last valid day on or before this day: those expiring, soonest first. */
  inForceUntil?: string;
  /** Words of the title or the id. */
  search?: string;
}

/**
 * The guideline register: every guideline, by title; those expiring by when they end. A status that is not in
 * force and an expiry filter together find nothing, as they should.
 */
export function guidelineRegister(db: Store, filter: RegisterFilter) {
  const query = subjectsWhere(db, {
    kind: 'guideline',
    status: filter.status ? [filter.status] : undefined,
    body: filter.body,
    guidelineKind: filter.guidelineKind,
    dueUntil: filter.inForceUntil,
    search: filter.search,
  });
  if (filter.inForceUntil) return query.where('status', '=', 'in-force');
  return query
    .clearOrderBy()
    .orderBy(sql`lower(title)`)
    .orderBy('workflow_id');
}
