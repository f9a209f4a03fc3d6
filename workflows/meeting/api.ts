import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { AgendaItem, AgendaItemInput, MeetingSchedule, MeetingStatus, SubmitDocuments } from '../../domain/meeting/meeting';
import type { Decision, DecisionOutcome } from '../../domain/meeting/decision';
import type { ResponsibleBody } from '../../domain/guideline/guideline';

/** A decision as the meeting keeps it; a recommendation keeps its count of principals, not their contacts. */
export interface RecordedDecision {
  itemId: string;
  outcome: DecisionOutcome;
  action?: 'adopt' | 'extend' | 'approve';
  validFrom?: string;
  validUntil?: string;
  version?: string;
  editorialChanges?: string;
  toMeeting?: string;
  reason?: string;
  decideBy?: string;
  principals?: number;
  text?: string;
  decisionRef: string;
  at: string;
  /** Where the decision went: the guideline it changed, the meeting the item moved to, the principals' tracking. */
  effects: { guidelineWorkflowId?: string; placedOn?: string; trackingWorkflowId?: string };
}

export interface MeetingView {
  meetingId: string;
  body: ResponsibleBody;
  date: string;
  status: MeetingStatus;
  schedule: MeetingSchedule;
  items: Array<AgendaItem & { decision?: RecordedDecision }>;
  /** Item ids whose documents are expected and not in. */
  documentsMissing: string[];
  sentPresenterReminders: string[];
  agendaPublished: boolean;
}

export const meetingAgendaQuery = defineQuery<MeetingView>('agenda');
export const addItemUpdate = defineUpdate<MeetingView, [AgendaItemInput]>('addItem');
export const submitDocumentsUpdate = defineUpdate<MeetingView, [SubmitDocuments]>('submitDocuments');
export const recordDecisionUpdate = defineUpdate<RecordedDecision, [Decision]>('recordDecision');
