import type { DraftGuideline, Guideline } from '../../domain/guideline/guideline';
import type { GuidelineView } from './api';
import { drafting } from './drafting';
import { validityPeriod } from './validityPeriod';

/** What one validity period hands on to the next run: plain JSON only. */
export interface CarriedState {
  status: 'in-force' | 'expired';
  period: number;
  /** Reminders due before this instant were already past when the period began and are skipped. */
  periodStartedAt: string;
  sentReminders: string[];
  extensions: GuidelineView['extensions'];
  consultationRounds?: GuidelineView['consultationRounds'];
  adoption?: GuidelineView['adoption'];
  implementations?: GuidelineView['implementations'];
  followUps?: GuidelineView['followUps'];
  /** Whether the last day of validity is in the owner's and subscribers' calendars. */
  validityEventSent?: boolean;
}

export interface GuidelineLifecycleInput {
  /** A draft has no validity yet; a guideline registered in force has. */
  guideline: Guideline | DraftGuideline;
  /** Only a run continued from a validity period has it. */
  carried?: CarriedState;
}

/**
 * One guideline from first draft to retirement, under one workflow ID. A draft goes out on consultation rounds and
 * awaits a decision; once adopted, each validity period runs on its own and an extension starts the next one.
 */
export async function guidelineLifecycle({ guideline, carried }: GuidelineLifecycleInput): Promise<GuidelineView> {
  return 'validUntil' in guideline ? validityPeriod(guideline, carried) : drafting(guideline);
}
