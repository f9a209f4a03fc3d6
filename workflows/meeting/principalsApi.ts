import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { PrincipalDecision, PrincipalProgress } from '../../domain/meeting/principals';

export interface PrincipalView {
  meetingId: string;
  itemId: string;
  title: string;
  decideBy: string;
  status: 'open' | 'date-passed' | 'closed';
  progress: PrincipalProgress;
  decisions: Record<string, PrincipalDecision & { recordedAt: string }>;
  upcomingReminders: Array<{ date: string; at: string }>;
  sentReminders: string[];
}

export interface PrincipalReceipt {
  organisationId: string;
  decided: number;
  total: number;
}

export const principalProgressQuery = defineQuery<PrincipalView>('progress');
export const recordPrincipalDecisionUpdate = defineUpdate<PrincipalReceipt, [PrincipalDecision]>('recordPrincipalDecision');
export const closeTrackingUpdate = defineUpdate<PrincipalView, [{ reason: string }]>('closeTracking');
