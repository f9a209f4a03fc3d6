import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

/** A message the mail server accepted. */
export interface MailRow {
  key: string;
  workflow_id: string;
  template: string;
  recipient: string;
  subject: string;
  message_id: string;
  due_at: string;
  sent_at: string;
  /** Times the message was handed to the mail server, this one included. */
  attempts: number;
  /** Earlier hand-overs whose answer never came (a crash, a lost connection): each may have been delivered too. */
  unconfirmed_attempts: number;
}

/** What is known of a message before it goes to the mail server: written before the first byte is sent. */
export type MailIntent = Omit<MailRow, 'sent_at' | 'attempts' | 'unconfirmed_attempts'>;

/** One message's delivery as it stands: the intent, each hand-over counted, and who holds it now. */
export interface MailAttemptRow extends MailIntent {
  /** `suppressed`: never handed over, the recipient having asked not to have such mail. */
  state: 'sending' | 'sent' | 'refused' | 'suppressed' | 'not-accepted' | 'unknown';
  attempts: number;
  unconfirmed_attempts: number;
  first_attempt_at: string;
  last_attempt_at: string;
  sent_at: string | null;
  lease_owner: string | null;
  lease_host: string | null;
  lease_pid: number | null;
  /** Epoch milliseconds until which the owner's hold lasts unless it renews it. */
  lease_until: number | null;
  last_error: string | null;
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

/** One attempt of an activity that sends mail: it holds the messages it is handing over. */
export interface LeaseOwner {
  id: string;
  host: string;
  pid: number;
}

export type MailClaim =
  | { kind: 'claimed' }
  | { kind: 'sent'; messageId: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'suppressed' }
  /** Another live attempt holds the message: it will confirm it or let go. */
  | { kind: 'busy' };

/**
 * Every table and column, created at open when missing, so that a file written by an older version opens and
 * keeps its rows. The only place the schema changes.
 */
function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS mails (
      key TEXT PRIMARY KEY, workflow_id TEXT NOT NULL, template TEXT NOT NULL, recipient TEXT NOT NULL,
      subject TEXT NOT NULL, message_id TEXT NOT NULL, due_at TEXT NOT NULL, sent_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS outcomes (
      key TEXT PRIMARY KEY, workflow_id TEXT NOT NULL, subject_id TEXT NOT NULL, kind TEXT NOT NULL,
      occurred_at TEXT NOT NULL, details TEXT NOT NULL, recorded_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS outcomes_by_subject ON outcomes (subject_id, occurred_at);
    CREATE TABLE IF NOT EXISTS mail_attempts (
      key TEXT PRIMARY KEY, workflow_id TEXT NOT NULL, template TEXT NOT NULL, recipient TEXT NOT NULL,
      subject TEXT NOT NULL, message_id TEXT NOT NULL, due_at TEXT NOT NULL, state TEXT NOT NULL,
      attempts INTEGER NOT NULL, unconfirmed_attempts INTEGER NOT NULL,
      first_attempt_at TEXT NOT NULL, last_attempt_at TEXT NOT NULL, sent_at TEXT,
      lease_owner TEXT, lease_host TEXT, lease_pid INTEGER, lease_until INTEGER, last_error TEXT);
  `);
  const mailColumns = (db.prepare('PRAGMA table_info(mails)').all() as Array<{ name: string }>).map((c) => c.name);
  // Mail sent before attempts were counted went out once, as far as anyone knows.
  if (!mailColumns.includes('attempts')) db.exec('ALTER TABLE mails ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1');
  if (!mailColumns.includes('unconfirmed_attempts')) {
    db.exec('ALTER TABLE mails ADD COLUMN unconfirmed_attempts INTEGER NOT NULL DEFAULT 0');
  }
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
    migrate(this.db);
  }

  findMail(key: string): MailRow | undefined {
    return this.db.prepare('SELECT * FROM mails WHERE key = ?').get(key) as MailRow | undefined;
  }

  /**
   * Takes hold of a message before it is handed to the mail server, in one transaction, so that two attempts
   * never hand it over at once. A hold whose owner stopped renewing it, or is `gone`, is taken over, and the
   * hand-over it was making counts as unconfirmed: nobody knows whether the server accepted it.
   */
  claimMail(intent: MailIntent, owner: LeaseOwner, now: number, leaseMs: number, gone: (holder: LeaseOwner) => boolean): MailClaim {
    return this.db
      .transaction((): MailClaim => {
        const sent = this.findMail(intent.key);
        if (sent) return { kind: 'sent', messageId: sent.message_id };
        const row = this.db.prepare('SELECT * FROM mail_attempts WHERE key = ?').get(intent.key) as MailAttemptRow | undefined;
        const at = new Date(now).toISOString();
        const hold = { owner: owner.id, host: owner.host, pid: owner.pid, until: now + leaseMs, at };
        if (!row) {
          this.db
            .prepare(
              `INSERT INTO mail_attempts (key, workflow_id, template, recipient, subject, message_id, due_at, state, attempts,
                 unconfirmed_attempts, first_attempt_at, last_attempt_at, lease_owner, lease_host, lease_pid, lease_until)
               VALUES (@key, @workflow_id, @template, @recipient, @subject, @message_id, @due_at, 'sending', 1, 0, @at, @at,
                 @owner, @host, @pid, @until)`,
            )
            .run({ ...intent, ...hold });
          return { kind: 'claimed' };
        }
        if (row.state === 'refused') return { kind: 'refused', reason: row.last_error ?? '' };
        if (row.state === 'suppressed') return { kind: 'suppressed' };
        const holder = { id: row.lease_owner ?? '', host: row.lease_host ?? '', pid: row.lease_pid ?? 0 };
        if (row.state === 'sending' && row.lease_owner !== owner.id && (row.lease_until ?? 0) > now && !gone(holder)) {
          return { kind: 'busy' };
        }
        const unconfirmed = row.state === 'sending' || row.state === 'unknown' ? 1 : 0;
        this.db
          .prepare(
            `UPDATE mail_attempts SET state = 'sending', attempts = attempts + 1, unconfirmed_attempts = unconfirmed_attempts + @unconfirmed,
               last_attempt_at = @at, lease_owner = @owner, lease_host = @host, lease_pid = @pid, lease_until = @until
             WHERE key = @key`,
          )
          .run({ key: intent.key, unconfirmed, ...hold });
        return { kind: 'claimed' };
      })
      .immediate();
  }

  /** The server accepted the message: it is mailed, whoever holds it now. */
  confirmMail(key: string, sentAt: string): void {
    this.db
      .transaction(() => {
        this.db
          .prepare(`UPDATE mail_attempts SET state = 'sent', sent_at = @sentAt, lease_owner = NULL, lease_until = NULL WHERE key = @key`)
          .run({ key, sentAt });
        this.db
          .prepare(
            `INSERT OR IGNORE INTO mails (key, workflow_id, template, recipient, subject, message_id, due_at, sent_at, attempts,
               unconfirmed_attempts)
             SELECT key, workflow_id, template, recipient, subject, message_id, due_at, @sentAt, attempts, unconfirmed_attempts
             FROM mail_attempts WHERE key = @key`,
          )
          .run({ key, sentAt });
      })
      .immediate();
  }

  /**
   * The hand-over failed: `not-accepted` when the server said no or was never reached, `unknown` when the
   * connection ended while the server may have been accepting it. Only the current holder lets go.
   */
  releaseMail(key: string, owner: LeaseOwner, state: 'not-accepted' | 'unknown', error: string): void {
    this.db
      .prepare(
        `UPDATE mail_attempts SET state = @state, last_error = @error, lease_owner = NULL, lease_until = NULL
         WHERE key = @key AND lease_owner = @owner AND state = 'sending'`,
      )
      .run({ key, owner: owner.id, state, error });
  }

  /** The server refused the address for good: later attempts report the same refusal without asking again. */
  refuseMail(key: string, owner: LeaseOwner, reason: string): void {
    this.db
      .prepare(
        `UPDATE mail_attempts SET state = 'refused', last_error = @reason, lease_owner = NULL, lease_until = NULL
         WHERE key = @key AND lease_owner = @owner AND state = 'sending'`,
      )
      .run({ key, owner: owner.id, reason });
  }

  /** The recipient asked not to have such mail: it is never handed over, and the row says why. */
  suppressMail(key: string, owner: LeaseOwner, reason: string): void {
    this.db
      .prepare(
        `UPDATE mail_attempts SET state = 'suppressed', last_error = @reason, lease_owner = NULL, lease_until = NULL
         WHERE key = @key AND lease_owner = @owner AND state = 'sending'`,
      )
      .run({ key, owner: owner.id, reason });
  }

  /** A mail sent outside the delivery path (a test's or an import's), as sent once. */
  recordMail(row: MailIntent & Pick<MailRow, 'sent_at'>): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO mails (key, workflow_id, template, recipient, subject, message_id, due_at, sent_at)
         VALUES (@key, @workflow_id, @template, @recipient, @subject, @message_id, @due_at, @sent_at)`,
      )
      .run(row);
  }

  /** Keeps an attempt's holds alive while it is running. */
  renewMailLeases(owner: LeaseOwner, until: number): void {
    this.db.prepare(`UPDATE mail_attempts SET lease_until = ? WHERE lease_owner = ? AND state = 'sending'`).run(until, owner.id);
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

  /** Every message handed to the mail server or about to be, sent or not, with its attempts. */
  mailAttempts(): MailAttemptRow[] {
    return this.db.prepare('SELECT * FROM mail_attempts ORDER BY due_at, key').all() as MailAttemptRow[];
  }

  outcomes(subjectId: string): OutcomeRow[] {
    return this.db.prepare('SELECT * FROM outcomes WHERE subject_id = ? ORDER BY occurred_at, rowid').all(subjectId) as OutcomeRow[];
  }

  close(): void {
    this.db.close();
  }
}
