import { parseWorkflowId, ResponsibleBodyId, WorkflowRef } from '../../domain/ids';

/**
 * Every page's address, in one place, so that each area links to the others the same way. The pages mirror the
 * API's resource paths without the `/api` prefix.
 */
export const pages = {
  overview: () => '/',
  guidelines: () => '/guidelines',
  newGuideline: () => '/guidelines/new',
  guideline: (guidelineId: string) => `/guidelines/${guidelineId}`,
  adoptGuideline: (guidelineId: string) => `/guidelines/${guidelineId}/adoption/new`,
  extendGuideline: (guidelineId: string) => `/guidelines/${guidelineId}/extensions/new`,
  retireGuideline: (guidelineId: string) => `/guidelines/${guidelineId}/retirement/new`,
  newRound: (guidelineId: string) => `/guidelines/${guidelineId}/rounds/new`,
  round: (guidelineId: string, round: number) => `/guidelines/${guidelineId}/rounds/${round}`,
  newImplementation: (guidelineId: string) => `/guidelines/${guidelineId}/implementations/new`,
  implementation: (guidelineId: string, n: number) => `/guidelines/${guidelineId}/implementations/${n}`,
  newFollowUp: (guidelineId: string) => `/guidelines/${guidelineId}/follow-ups/new`,
  followUp: (guidelineId: string, n: number) => `/guidelines/${guidelineId}/follow-ups/${n}`,
  followUps: () => '/follow-ups',
  meetings: (year?: number) => (year === undefined ? '/meetings' : `/meetings?year=${year}`),
  meeting: (body: ResponsibleBodyId, date: string) => `/meetings/${body}/${date}`,
  /** A body's meetings as a calendar to subscribe to: public, no sign-in. */
  bodyCalendar: (body: ResponsibleBodyId) => `/calendar/bodies/${body}.ics`,
  newDecision: (body: ResponsibleBodyId, date: string, itemId: string) => `/meetings/${body}/${date}/items/${itemId}/decision`,
  principals: (body: ResponsibleBodyId, date: string, itemId: string) => `/meetings/${body}/${date}/principals/${itemId}`,
  wheel: (year?: number) => (year === undefined ? '/wheel' : `/wheel/${year}`),
  commissions: () => '/commissions',
  newCommission: () => '/commissions/new',
  commission: (commissionId: string) => `/commissions/${commissionId}`,
  yearlyTasks: () => '/yearly-tasks',
  yearlyTask: (taskId: string) => `/yearly-tasks/${taskId}`,
  forecast: () => '/forecast',
  audit: () => '/audit',
};

/** The page that shows what a reference names. */
export function pageOf(ref: WorkflowRef): string {
  switch (ref.kind) {
    case 'guideline':
      return pages.guideline(ref.guidelineId);
    case 'consultation':
      return pages.round(ref.guidelineId, ref.round);
    case 'implementation':
      return pages.implementation(ref.guidelineId, ref.n);
    case 'follow-up':
      return pages.followUp(ref.guidelineId, ref.n);
    case 'meeting':
      return pages.meeting(ref.body, ref.date);
    case 'principals':
      return pages.principals(ref.body, ref.date, ref.itemId);
    case 'commission':
      return pages.commission(ref.commissionId);
    case 'yearly-task':
      return pages.yearlyTask(ref.taskId);
  }
}

/** The page of a workflow, by its ID; undefined for an ID this engine did not make. */
export function pageOfWorkflow(workflowId: string): string | undefined {
  const ref = parseWorkflowId(workflowId);
  return ref && pageOf(ref);
}
