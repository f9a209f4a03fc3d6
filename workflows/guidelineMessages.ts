import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ExtendValidity, Guideline, GuidelineStatus, Retire } from '../domain/guideline';
import type { ScheduledReminder } from '../domain/expiryReminders';

export const guidelineWorkflowId = (guidelineId: string) => `guideline/${guidelineId}`;

export interface GuidelineView {
  guidelineId: string;
  status: GuidelineStatus;
  guideline: Guideline;
  /** 1 for the period it was registered with, +1 for each extension. */
  period: number;
  expiresAt: string;
  upcomingReminders: ScheduledReminder[];
  sentReminders: string[];
  extensions: Array<ExtendValidity & { at: string; previousUntil: string }>;
  retirement?: Retire & { at: string };
}

export const guidelineStateQuery = defineQuery<GuidelineView>('state');
export const extendValidityUpdate = defineUpdate<GuidelineView, [ExtendValidity]>('extendValidity');
export const retireUpdate = defineUpdate<GuidelineView, [Retire]>('retire');
