import type { Contact } from '../../domain/directory/contact';
import type { ResponsibleBodyId } from '../../domain/ids';
import type { Addressee, Subject, SubjectKind, VersionedProjection } from '../../domain/readModel';
import type { Store } from './database';
import { everyWordIn } from './textSearch';
import type { SubjectsTable, UpcomingMailTable } from './tables';

/** Who the body's secretary is, for mail the workflow addresses to the role; none where the bodies file names none. */
export type SecretaryOf = (body: ResponsibleBodyId) => Pick<Contact, 'name' | 'email' | 'organisationId'> | undefined;

const resolved = (to: Addressee, secretaryOf: SecretaryOf) => ('secretaryOf' in to ? secretaryOf(to.secretaryOf) : to);

/**
 * Writes a workflow's projection unless the table already holds a later version of it: its row, and its upcoming
 * mail one row per recipient. One transaction, so a page never sees a row with another version's mail.
 */
export async function writeProjection(db: Store, projection: VersionedProjection, secretaryOf: SecretaryOf): Promise<'written' | 'stale'> {
  const row: SubjectsTable = {
    workflow_id: projection.workflowId,
    kind: projection.kind,
    guideline_id: projection.guidelineId ?? null,
    title: projection.title,
    status: projection.status,
    body: projection.body ?? null,
    guideline_kind: projection.guidelineKind ?? null,
    due_on: projection.dueOn ?? null,
    view: JSON.stringify(projection.view),
    version: projection.version,
    updated_at: new Date().toISOString(),
  };
  let seq = 0;
  const mail: UpcomingMailTable[] = projection.upcoming.flatMap((m) =>
    m.to.flatMap((addressee) => {
      const to = resolved(addressee, secretaryOf);
      if (!to) return [];
      const { name, email, organisationId } = to;
      const address = email.toLowerCase();
      return [
        {
          workflow_id: projection.workflowId,
          seq: seq++,
          at: m.at,
          purpose: m.purpose,
          name,
          email: address,
          organisation_id: organisationId,
        },
      ];
    }),
  );
  return db.transaction().execute(async (tx) => {
    const held = await tx.selectFrom('subjects').select('version').where('workflow_id', '=', row.workflow_id).executeTakeFirst();
    if (held && Number(held.version) >= row.version) return 'stale';
    const { workflow_id, ...columns } = row;
    await tx
      .insertInto('subjects')
      .values(row)
      .onConflict((oc) => oc.column('workflow_id').doUpdateSet(columns))
      .execute();
    await tx.deleteFrom('upcoming_mail').where('workflow_id', '=', workflow_id).execute();
    // SQLite takes at most 32,766 bound values a statement: a national round's reminders go in slices.
    for (let i = 0; i < mail.length; i += 500)
      await tx
        .insertInto('upcoming_mail')
        .values(mail.slice(i, i + 500))
        .execute();
    return 'written';
  });
}

export function subjectOf<View>(row: SubjectsTable): Subject<View> {
  return {
    workflowId: row.workflow_id,
    kind: row.kind as SubjectKind,
    guidelineId: row.guideline_id ?? undefined,
    title: row.title,
    status: row.status,
    body: (row.body ?? undefined) as ResponsibleBodyId | undefined,
    guidelineKind: row.guideline_kind ?? undefined,
    dueOn: row.due_on ?? undefined,
    view: JSON.parse(row.view) as View,
    updatedAt: row.updated_at,
  };
}

/** One workflow's subject, if the read model has it. */
export async function findSubject<View>(db: Store, workflowId: string): Promise<Subject<View> | undefined> {
  const row = await db.selectFrom('subjects').selectAll().where('workflow_id', '=', workflowId).executeTakeFirst();
  return row && subjectOf<View>(row);
}

/**
 * The subject once the read model has it (and `ready` says it is as wanted): a workflow started a moment ago
 * publishes its first row within its first steps. Undefined if it has not come within `timeoutMs`.
 */
export async function subjectWhenReady<View>(
  db: Store,
  workflowId: string,
  ready: (subject: Subject<View>) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Subject<View> | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const subject = await findSubject<View>(db, workflowId);
    if (subject && ready(subject)) return subject;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface SubjectFilter {
  kind: SubjectKind;
  status?: readonly string[];
  body?: ResponsibleBodyId;
  guidelineKind?: string;
  guidelineId?: string;
  /** Due on or after this day, and on or before `dueUntil`. */
  dueFrom?: string;
  dueUntil?: string;
  /** Words that the title or the workflow id holds, any case. */
  search?: string;
}

/** Subjects of one kind, soonest due first, as a query a caller pages through or reads whole. */
export function subjectsWhere(db: Store, filter: SubjectFilter) {
  let query = db.selectFrom('subjects').selectAll().where('kind', '=', filter.kind);
  if (filter.status?.length) query = query.where('status', 'in', filter.status);
  if (filter.body) query = query.where('body', '=', filter.body);
  if (filter.guidelineKind) query = query.where('guideline_kind', '=', filter.guidelineKind);
  if (filter.guidelineId) query = query.where('guideline_id', '=', filter.guidelineId);
  if (filter.dueFrom) query = query.where('due_on', '>=', filter.dueFrom);
  if (filter.dueUntil) query = query.where('due_on', '<=', filter.dueUntil);
  for (const condition of everyWordIn(['title', 'workflow_id'], filter.search)) query = query.where(condition);
  return query.orderBy('due_on').orderBy('workflow_id');
}

export interface UpcomingMailFilter {
  /** Instants, ISO: from (inclusive) until (exclusive). */
  from: string;
  until: string;
  organisationId?: string;
  /** An address, any case. */
  email?: string;
  /** A workflow and those under it (a guideline's rounds, say). */
  workflowId?: string;
}

/** The rows of upcoming mail the filter takes, of upcoming_mail alone. */
function upcomingMailOnly(db: Store, filter: UpcomingMailFilter) {
  let query = db.selectFrom('upcoming_mail').where('upcoming_mail.at', '>=', filter.from).where('upcoming_mail.at', '<', filter.until);
  if (filter.organisationId) query = query.where('upcoming_mail.organisation_id', '=', filter.organisationId);
  if (filter.email) query = query.where('upcoming_mail.email', '=', filter.email.toLowerCase());
  const under = filter.workflowId;
  if (under) {
    query = query.where((eb) =>
      eb.or([eb('upcoming_mail.workflow_id', '=', under), eb('upcoming_mail.workflow_id', 'like', `${under}/%`)]),
    );
  }
  return query;
}

/** The mail to come, one row per recipient, soonest first, with the title of what it is about. */
export function upcomingMailWhere(db: Store, filter: UpcomingMailFilter) {
  return upcomingMailOnly(db, filter)
    .innerJoin('subjects', 'subjects.workflow_id', 'upcoming_mail.workflow_id')
    .select([
      'upcoming_mail.workflow_id',
      'upcoming_mail.seq',
      'upcoming_mail.at',
      'upcoming_mail.purpose',
      'upcoming_mail.name',
      'upcoming_mail.email',
      'upcoming_mail.organisation_id',
      'subjects.kind',
      'subjects.title',
      'subjects.guideline_id',
    ])
    .orderBy('upcoming_mail.at')
    .orderBy('upcoming_mail.workflow_id')
    .orderBy('upcoming_mail.seq');
}

/**
 * How many rows `upcomingMailWhere` finds, counted without its join: every row of upcoming_mail has its subject (the
 * foreign key), and joining each of a year's hundreds of thousands of rows only to count them is most of the cost.
 */
export async function upcomingMailCount(db: Store, filter: UpcomingMailFilter): Promise<number> {
  const { total } = await upcomingMailOnly(db, filter)
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  // PostgreSQL counts in bigint, which its driver hands over as a string.
  return Number(total);
}
