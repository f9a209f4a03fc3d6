import type { SubjectKind } from '../../domain/readModel';
import type { Store } from './database';

/** What follows a guideline's decision: its implementation deadlines and its follow-up surveys. */
export const followUpKinds = ['implementation', 'survey'] as const satisfies readonly SubjectKind[];
export type FollowUpKind = (typeof followUpKinds)[number];

export interface FollowUpFilter {
  kinds: readonly FollowUpKind[];
  status?: readonly string[];
}

/** Implementation deadlines and follow-up surveys together, soonest due first, as a query a caller pages through. */
export function followUpSubjectsWhere(db: Store, filter: FollowUpFilter) {
  let query = db.selectFrom('subjects').selectAll().where('kind', 'in', filter.kinds);
  if (filter.status?.length) query = query.where('status', 'in', filter.status);
  return query.orderBy('due_on').orderBy('workflow_id');
}

/** The titles of the workflows named, by workflow id: the guidelines a page of follow-ups belongs to. */
export async function subjectTitles(db: Store, workflowIds: readonly string[]): Promise<Map<string, string>> {
  if (workflowIds.length === 0) return new Map();
  const rows = await db.selectFrom('subjects').select(['workflow_id', 'title']).where('workflow_id', 'in', workflowIds).execute();
  return new Map(rows.map((r) => [r.workflow_id, r.title]));
}
