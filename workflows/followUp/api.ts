import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ScheduledReminder } from '../../domain/reminders/expiryReminders';
import type { FollowUpPlan, MoveSurvey, SubmitPart, Submissions, SurveyProgress } from '../../domain/followUp/survey';
import type { ConfirmImplementation, ImplementationPlan } from '../../domain/followUp/implementation';

export interface ImplementationView {
  guidelineId: string;
  n: number;
  status: 'open' | 'reported';
  /** As given; `deadlineInForce` is the day that counts. */
  deadline: string;
  deadlineInForce: string;
  total: number;
  confirmations: Record<string, ConfirmImplementation & { late: boolean }>;
  notConfirmed: Array<{ organisationId: string; organisationName: string }>;
  upcomingReminders: ScheduledReminder[];
  sentReminders: string[];
}

export interface SurveyView {
  guidelineId: string;
  n: number;
  status: 'scheduled' | 'open' | 'closed';
  plan: Omit<FollowUpPlan, 'recipients'>;
  /** The last day to answer in force: `plan.closesOn`, or the day its deadline rule moves it to. */
  closesInForce: string;
  moves: Array<MoveSurvey & { previous: { opensOn: string; closesOn: string }; at: string }>;
  progress: SurveyProgress;
  submissions: Submissions;
  sentReminders: string[];
  report?: { markdownPath: string; csvPath: string };
  placedOn?: string;
  /** Why the target meeting refused the results, if it did. */
  agendaRefused?: string;
}

export const implementationStateQuery = defineQuery<ImplementationView>('implementation');
export const confirmImplementationUpdate = defineUpdate<
  { organisationId: string; confirmed: number; total: number },
  [ConfirmImplementation]
>('confirmImplementation');
export const moveSurveyUpdate = defineUpdate<SurveyView, [MoveSurvey]>('moveSurvey');
export const surveyStateQuery = defineQuery<SurveyView>('survey');
export const submitPartUpdate = defineUpdate<
  { organisationId: string; partId: string; complete: number; recipients: number },
  [SubmitPart]
>('submitPart');

/** What the guideline's Updates carry once the edge has resolved the recipients. */
export type PlanImplementation = ImplementationPlan;
export type PlanFollowUp = FollowUpPlan;
