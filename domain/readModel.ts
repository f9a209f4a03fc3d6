import type { Contact } from './directory/contact';
import type { ResponsibleBodyId } from './ids';

/** What the read model keeps a row for: one per workflow of these kinds. */
export const subjectKinds = ['guideline', 'consultation', 'meeting', 'survey', 'implementation', 'commission', 'principals'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** Whom a mail will reach: a contact the workflow knows, or the body's secretary, whom the worker's directory names. */
export type Addressee = Pick<Contact, 'name' | 'email' | 'organisationId'> | { secretaryOf: ResponsibleBodyId };

/** A mail the engine will send unless something changes first: when, why, and to whom. */
export interface UpcomingMail {
  /** The instant it falls due (ISO, UTC). */
  at: string;
  /** The mail's template, e.g. `expiry-reminder`, `consultation-reminder`, `agenda`. */
  purpose: string;
  to: Addressee[];
}

/**
 * One workflow as the pages see it: a few columns to filter and sort on, the view its Query returns, and the mail
 * still to come. Each workflow publishes it on every transition; `reindex` rebuilds it from the same Query.
 */
export interface Projection<View = unknown> {
  workflowId: string;
  kind: SubjectKind;
  /** The guideline it belongs to, for a guideline and its rounds, implementations and follow-ups. */
  guidelineId?: string;
  title: string;
  status: string;
  body?: ResponsibleBodyId;
  /** A guideline's kind (riktlinje, rutin, …). */
  guidelineKind?: string;
  /** The date that matters most: a guideline's last valid day, a round's deadline in force, a meeting's date, … */
  dueOn?: string;
  view: View;
  upcoming: UpcomingMail[];
}

/** A projection as it is written: later versions replace earlier ones, whatever order their writes arrive in. */
export interface VersionedProjection extends Projection {
  version: number;
}

/** A subject as the pages read it: the projection's columns and its view, and when the row was last written. */
export interface Subject<View = unknown> {
  workflowId: string;
  kind: SubjectKind;
  guidelineId?: string;
  title: string;
  status: string;
  body?: ResponsibleBodyId;
  guidelineKind?: string;
  dueOn?: string;
  view: View;
  updatedAt: string;
}
