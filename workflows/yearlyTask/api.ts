import type { YearlyOccurrence } from '../../domain/yearlyTask/yearlyTask';

/** What one run of a yearly task did: the occurrence it carried out and whom it mailed. */
export interface YearlyTaskRun extends YearlyOccurrence {
  taskId: string;
  recipients: string[];
  refused: Array<{ recipient: string; reason: string }>;
}
