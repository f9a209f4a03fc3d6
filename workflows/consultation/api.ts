import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  AddRecipient,
  CloseRound,
  ConsultationDocument,
  ExtendDeadline,
  Recipient,
  RecordResponse,
  WithdrawRecipient,
} from '../../domain/consultation/consultation';
import type { consultationProgress, ResponseRecord, RoundStatus } from '../../domain/consultation/progress';
import type { Contact } from '../../domain/directory/contact';
import type { DeadlineRule } from '../../domain/calendar/deadlineRule';

export interface ConsultationView {
  guidelineId: string;
  round: number;
  status: RoundStatus;
  document: ConsultationDocument;
  opensOn: string;
  /** The last day to answer as given (and as extended). */
  deadline: string;
  /** What a deadline on a day off becomes, and the day that is in force by it. */
  deadlineRule: DeadlineRule;
  deadlineInForce: string;
  processOwner: Contact;
  progress: ReturnType<typeof consultationProgress>;
  recipients: Recipient[];
  withdrawn: string[];
  responses: Record<string, ResponseRecord>;
  upcomingReminders: Array<{ businessDaysBefore: number; date: string; at: string }>;
  extensions: Array<ExtendDeadline & { previousDeadline: string; at: string }>;
  /** Why the round was closed, if whoever closed it said. */
  closeReason?: string;
  /**
   * The SEQUENCE that every organisation's deadline event carries in the round's mails: one more with each extension,
   * each recipient added or withdrawn, and an early close.
   */
  calendarSequence: number;
  /** Set once closed: whether before the deadline passed, which took the deadline out of the recipients' calendars. */
  closedEarly?: boolean;
}

export const consultationProgressQuery = defineQuery<ConsultationView>('progress');
/** What recording an answer returns: small, because every Update's result is stored in the round's history. */
export interface ResponseReceipt {
  organisationId: string;
  late: boolean;
  replaced: boolean;
  answered: number;
  total: number;
}

export const recordResponseUpdate = defineUpdate<ResponseReceipt, [RecordResponse]>('recordResponse');
export const extendDeadlineUpdate = defineUpdate<ConsultationView, [ExtendDeadline]>('extendDeadline');
export const addRecipientUpdate = defineUpdate<ConsultationView, [AddRecipient]>('addRecipient');
export const withdrawRecipientUpdate = defineUpdate<ConsultationView, [WithdrawRecipient]>('withdrawRecipient');
export const closeRoundUpdate = defineUpdate<ConsultationView, [CloseRound]>('close');
