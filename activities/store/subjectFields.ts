import { sql } from 'kysely';
import type { Store } from './database';
import { SubjectFilter, subjectsWhere } from './readModel';

/**
 * Subjects as `subjectsWhere` finds them, each view cut by the database to the named top-level fields (a field the
 * view lacks comes as null). A list that reads a few facts of many large views (a round's progress, not its
 * answers and every recipient's contacts) then parses only those. SQLite's JSON operator; PostgreSQL's is
 * `view::jsonb -> 'field'`.
 */
export function subjectsWithFields(db: Store, filter: SubjectFilter, fields: readonly string[]) {
  const picked = fields.map((field) => sql`${field}, view -> ${`$.${field}`}`);
  return subjectsWhere(db, filter)
    .clearSelect()
    .select([
      'workflow_id',
      'kind',
      'guideline_id',
      'title',
      'status',
      'body',
      'guideline_kind',
      'due_on',
      'version',
      'updated_at',
      sql<string>`json_object(${sql.join(picked)})`.as('view'),
    ]);
}
