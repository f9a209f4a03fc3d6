import type { Contact } from '../domain/contact';
import type { ResponsibleBody } from '../domain/guideline';
import type { MessageSpec } from '../domain/messages';

export interface SendMailRequest {
  /** Business key of this one message: a retry or a re-run with the same key never mails again. */
  idempotencyKey: string;
  workflowId: string;
  to: Contact;
  message: MessageSpec;
  /** Workflow time when the message became due, kept in the ledger for the audit trail. */
  dueAt: string;
}

export interface SendMailResult {
  status: 'sent' | 'already-sent';
  messageId: string;
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

export interface Activities {
  sendMail(request: SendMailRequest): Promise<SendMailResult>;
  recordOutcome(record: OutcomeRecord): Promise<void>;
  bodySecretary(body: ResponsibleBody): Promise<Contact>;
}
