import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export interface MailRow {
  key: string;
  workflow_id: string;
  template: string;
  recipient: string;
  subject: string;
  message_id: string;
  due_at: string;
  sent_at: string;
}

export interface OutcomeRow {
  key: string;
  workflow_id: string;
  subject_id: string;
  kind: string;
  occurred_at: string;
  details: string;
  recorded_at: string;
}

/**
 * The outcome ledger: what was mailed and every transition, in an SQLite file that outlives Temporal's
 * retention. Primary keys are business keys, so a retried activity finds its earlier row.
 */
export class Ledger {
  private readonly db: Database.Database;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    // WAL lets a report read while a worker writes; busy_timeout lets several workers share the file.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS mails (
        key TEXT PRIMARY KEY, workflow_id TEXT NOT NULL, template TEXT NOT NULL, recipient TEXT NOT NULL,
        subject TEXT NOT NULL, message_id TEXT NOT NULL, due_at TEXT NOT NULL, sent_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS outcomes (
        key TEXT PRIMARY KEY, workflow_id TEXT NOT NULL, subject_id TEXT NOT NULL, kind TEXT NOT NULL,
        occurred_at TEXT NOT NULL, details TEXT NOT NULL, recorded_at TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS outcomes_by_subject ON outcomes (subject_id, occurred_at);
    `);
  }

  findMail(key: string): MailRow | undefined {
    return this.db.prepare('SELECT * FROM mails WHERE key = ?').get(key) as MailRow | undefined;
  }

  recordMail(row: MailRow): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO mails (key, workflow_id, template, recipient, subject, message_id, due_at, sent_at)
         VALUES (@key, @workflow_id, @template, @recipient, @subject, @message_id, @due_at, @sent_at)`,
      )
      .run(row);
  }

  recordOutcome(row: OutcomeRow): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO outcomes (key, workflow_id, subject_id, kind, occurred_at, details, recorded_at)
         VALUES (@key, @workflow_id, @subject_id, @kind, @occurred_at, @details, @recorded_at)`,
      )
      .run(row);
  }

  mails(workflowId?: string): MailRow[] {
    return workflowId
      ? (this.db.prepare('SELECT * FROM mails WHERE workflow_id = ? ORDER BY due_at, key').all(workflowId) as MailRow[])
      : (this.db.prepare('SELECT * FROM mails ORDER BY due_at, key').all() as MailRow[]);
  }

  outcomes(subjectId: string): OutcomeRow[] {
    return this.db.prepare('SELECT * FROM outcomes WHERE subject_id = ? ORDER BY occurred_at, rowid').all(subjectId) as OutcomeRow[];
  }

  close(): void {
    this.db.close();
  }
}
