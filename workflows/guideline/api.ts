import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ConsultationStart } from '../../domain/consultation/consultation';
import type { FollowUpPlan } from '../../domain/followUp/survey';
import type { ImplementationPlan } from '../../domain/followUp/implementation';
import type { Adopt, DraftGuideline, ExtendValidity, GuidelineStatus, Retire } from '../../domain/guideline/guideline';
import type { ScheduledReminder } from '../../domain/reminders/expiryReminders';

export interface GuidelineView {
  guidelineId: string;
  status: GuidelineStatus;
  guideline: DraftGuideline & { validFrom?: string; validUntil?: string };
  /** 1 for the period it was registered or adopted with, +1 for each extension. */
  period: number;
  /** Set once the guideline has a validity. */
  expiresAt?: string;
  upcomingReminders: ScheduledReminder[];
  sentReminders: string[];
  extensions: Array<ExtendValidity & { at: string; previousUntil: string }>;
  consultationRounds: Array<{ round: number; workflowId: string; opensOn: string; deadline: string }>;
  implementations: Array<{ n: number; workflowId: string; deadline: string }>;
  followUps: Array<{ n: number; workflowId: string; title: string; opensOn: string; closesOn: string }>;
  adoption?: Adopt & { at: string };
  retirement?: Retire & { at: string };
}

export const guidelineStateQuery = defineQuery<GuidelineView>('state');
export const extendValidityUpdate = defineUpdate<GuidelineView, [ExtendValidity]>('extendValidity');
export const retireUpdate = defineUpdate<GuidelineView, [Retire]>('retire');
export const startConsultationUpdate = defineUpdate<GuidelineView, [ConsultationStart]>('startConsultation');
export const adoptUpdate = defineUpdate<GuidelineView, [Adopt]>('adopt');
export const planImplementationUpdate = defineUpdate<GuidelineView, [ImplementationPlan]>('planImplementation');
export const planFollowUpUpdate = defineUpdate<GuidelineView, [FollowUpPlan]>('planFollowUp');
