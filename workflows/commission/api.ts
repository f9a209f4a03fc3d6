import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  CommissionEvent,
  CommissionInput,
  CommissionProgress,
  CompleteCommissionInput,
  CompleteMilestone,
  MoveMilestone,
} from '../../domain/commission/commission';
import type { ResponsibleBody } from '../../domain/guideline/guideline';

export interface MilestoneView {
  id: string;
  title: string;
  due: string;
  /** Overdue once its escalation has gone to the commissioning body, until it is done or moved. */
  status: 'open' | 'overdue' | 'completed';
  completedOn?: string;
  link?: string;
  moves: Array<MoveMilestone & { previousDue: string; at: string }>;
}

export interface CommissionView extends CommissionProgress {
  commissionId: string;
  workflowId: string;
  title: string;
  task: string;
  commissionedBy: CommissionInput['commissionedBy'];
  group: CommissionInput['group'];
  milestones: MilestoneView[];
  /** The meeting it reports back to, and whether the item is on its agenda or why that meeting refused it. */
  reportBack: { body: ResponsibleBody; date: string; meetingId: string; itemId: string; placed: boolean; refused?: string };
  upcoming: CommissionEvent[];
  completion?: { completedOn: string; summary: string; at: string; guidelineWorkflowId?: string };
}

export const commissionStateQuery = defineQuery<CommissionView>('state');
export const completeMilestoneUpdate = defineUpdate<CommissionView, [CompleteMilestone]>('completeMilestone');
export const moveMilestoneUpdate = defineUpdate<CommissionView, [MoveMilestone]>('moveMilestone');
export const completeCommissionUpdate = defineUpdate<CommissionView, [CompleteCommissionInput]>('complete');
