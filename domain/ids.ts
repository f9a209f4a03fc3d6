/**
 * Every workflow and schedule ID is a business key, readable in Temporal's web UI. This module is the only place
 * that builds or splits one: each kind has a builder, and `parseWorkflowId` reads any of them back.
 */

export type ResponsibleBodyId = 'VVG' | 'SRO';

export type WorkflowRef =
  | { kind: 'guideline'; guidelineId: string }
  | { kind: 'consultation'; guidelineId: string; round: number }
  | { kind: 'implementation'; guidelineId: string; n: number }
  | { kind: 'follow-up'; guidelineId: string; n: number }
  | { kind: 'meeting'; body: ResponsibleBodyId; date: string }
  | { kind: 'principals'; body: ResponsibleBodyId; date: string; itemId: string }
  | { kind: 'commission'; commissionId: string }
  | { kind: 'yearly-task'; taskId: string };

export const guidelineWorkflowId = (guidelineId: string) => `guideline/${guidelineId}`;
export const consultationWorkflowId = (guidelineId: string, round: number) => `guideline/${guidelineId}/consultation/${round}`;
export const implementationWorkflowId = (guidelineId: string, n: number) => `guideline/${guidelineId}/implementation/${n}`;
export const followUpWorkflowId = (guidelineId: string, n: number) => `guideline/${guidelineId}/follow-up/${n}`;
export const meetingWorkflowId = (body: ResponsibleBodyId, date: string) => `meeting/${body}/${date}`;
export const principalsWorkflowId = (body: ResponsibleBodyId, date: string, itemId: string) =>
  `${meetingWorkflowId(body, date)}/principals/${itemId}`;
export const commissionWorkflowId = (commissionId: string) => `commission/${commissionId}`;
/** A yearly task's Schedule; each run it starts carries this ID with the run's start time appended. */
export const yearlyTaskScheduleId = (taskId: string) => `yearly/${taskId}`;

const SLUG = '([a-z0-9][a-z0-9-]*)';
const NUMBER = '([1-9][0-9]*)';
const BODY = '(VVG|SRO)';
const DATE = '([0-9]{4}-[0-9]{2}-[0-9]{2})';

const patterns: Array<[RegExp, (m: RegExpExecArray) => WorkflowRef]> = [
  [new RegExp(`^guideline/${SLUG}$`), (m) => ({ kind: 'guideline', guidelineId: m[1] })],
  [new RegExp(`^guideline/${SLUG}/consultation/${NUMBER}$`), (m) => ({ kind: 'consultation', guidelineId: m[1], round: Number(m[2]) })],
  [new RegExp(`^guideline/${SLUG}/implementation/${NUMBER}$`), (m) => ({ kind: 'implementation', guidelineId: m[1], n: Number(m[2]) })],
  [new RegExp(`^guideline/${SLUG}/follow-up/${NUMBER}$`), (m) => ({ kind: 'follow-up', guidelineId: m[1], n: Number(m[2]) })],
  [new RegExp(`^meeting/${BODY}/${DATE}$`), (m) => ({ kind: 'meeting', body: m[1] as ResponsibleBodyId, date: m[2] })],
  [
    new RegExp(`^meeting/${BODY}/${DATE}/principals/${SLUG}$`),
    (m) => ({ kind: 'principals', body: m[1] as ResponsibleBodyId, date: m[2], itemId: m[3] }),
  ],
  [new RegExp(`^commission/${SLUG}$`), (m) => ({ kind: 'commission', commissionId: m[1] })],
  // A Schedule appends the run's start time (e.g. "-2027-10-01T06:00:00Z") to the IDs of the runs it starts.
  [new RegExp(`^yearly/${SLUG}(?:-[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z)?$`), (m) => ({ kind: 'yearly-task', taskId: m[1] })],
];

/** What an ID names, or undefined for an ID this engine did not make. */
export function parseWorkflowId(workflowId: string): WorkflowRef | undefined {
  for (const [pattern, ref] of patterns) {
    const m = pattern.exec(workflowId);
    if (m) return ref(m);
  }
  return undefined;
}

/** The ID a reference names: `workflowIdOf(parseWorkflowId(id)!) === id` for every ID the builders make. */
export function workflowIdOf(ref: WorkflowRef): string {
  switch (ref.kind) {
    case 'guideline':
      return guidelineWorkflowId(ref.guidelineId);
    case 'consultation':
      return consultationWorkflowId(ref.guidelineId, ref.round);
    case 'implementation':
      return implementationWorkflowId(ref.guidelineId, ref.n);
    case 'follow-up':
      return followUpWorkflowId(ref.guidelineId, ref.n);
    case 'meeting':
      return meetingWorkflowId(ref.body, ref.date);
    case 'principals':
      return principalsWorkflowId(ref.body, ref.date, ref.itemId);
    case 'commission':
      return commissionWorkflowId(ref.commissionId);
    case 'yearly-task':
      return yearlyTaskScheduleId(ref.taskId);
  }
}
