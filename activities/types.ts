import type { Contact } from '../domain/directory/contact';
import type { IsoDate } from '../domain/calendar/dates';
import type { Adopt, ExtendValidity, ResponsibleBody } from '../domain/guideline/guideline';
import type { SurveyPart, Submissions } from '../domain/followUp/survey';
import type { Recipient } from '../domain/consultation/consultation';
import type { AgendaItem } from '../domain/meeting/meeting';
import type { MailSpec } from '../domain/mail/mailSpec';
import type { VersionedProjection } from '../domain/readModel';

export interface SendMailRequest {
  /** Business key of this one message: a retry or a re-run with the same key never mails again. */
  idempotencyKey: string;
  workflowId: string;
  to: Contact;
  message: MailSpec;
  /** Workflow time when the message became due, kept in the ledger for the audit trail. */
  dueAt: string;
  /** Files compiled by an earlier activity, attached as they are: their content stays out of the history. */
  attachmentPaths?: string[];
}

export interface SendMailResult {
  status: 'sent' | 'already-sent';
  messageId: string;
}

/** An address the mail server refused for good, and its reply. */
export interface MailRefusal {
  recipient: string;
  reason: string;
}

/** What became of a batch: how many went out now, how many had gone out before, and the refusals. */
export interface SendMailsResult {
  sent: number;
  alreadySent: number;
  refused: MailRefusal[];
  /** Not handed over: the recipient asked to have only the mail that asks them for something. */
  suppressed: number;
}

export interface OutcomeRecord {
  /** Business key: recording the same outcome twice keeps one row. */
  key: string;
  workflowId: string;
  subjectId: string;
  kind: string;
  /** Workflow time of the transition. */
  occurredAt: string;
  details: Record<string, unknown>;
}

/** A meeting's decision on a guideline, delivered as that guideline's own Update. */
export type GuidelineDecisionRequest = { guidelineId: string; updateId: string } & (
  { update: 'adopt'; payload: Adopt } | { update: 'extendValidity'; payload: ExtendValidity }
);

/** An item sent back or forwarded to another meeting, whose workflow is started if it is not yet running. */
export interface AgendaPlacement {
  body: ResponsibleBody;
  date: IsoDate;
  item: AgendaItem;
}

export interface SurveyReportRequest {
  workflowId: string;
  title: string;
  recipients: Recipient[];
  parts: SurveyPart[];
  submissions: Submissions;
}

export interface Activities {
  /** One message; kept for the runs whose history sends each message as its own activity. */
  sendMail(request: SendMailRequest): Promise<SendMailResult>;
  /**
   * A batch, one message after another, heartbeating: a refused address is reported and the others go on;
   * it fails (to be retried) while the server is away, and a retry sends only what has not been accepted.
   */
  sendMails(requests: SendMailRequest[]): Promise<SendMailsResult>;
  recordOutcome(record: OutcomeRecord): Promise<void>;
  /** Brings the workflow's row of the read model up to this version; an older version than the one held changes nothing. */
  recordProjection(projection: VersionedProjection): Promise<void>;
  bodySecretary(body: ResponsibleBody): Promise<Contact>;
  /** Fails with type DecisionRejected when the guideline refuses the decision, and is retried while it is Busy. */
  applyGuidelineDecision(request: GuidelineDecisionRequest): Promise<{ status: string; validUntil?: string }>;
  /** Fails with type AgendaRejected when the meeting refuses the item. */
  placeOnAgenda(placement: AgendaPlacement): Promise<{ meetingId: string }>;
  /** Writes the survey's results as Markdown and CSV into the reports folder. */
  compileSurveyReport(request: SurveyReportRequest): Promise<{ markdownPath: string; csvPath: string }>;
}
