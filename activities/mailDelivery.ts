import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { asyncLocalStorage } from '@temporalio/activity';
import { CancelledFailure } from '@temporalio/common';
import type Mail from 'nodemailer/lib/mailer';
import type { LeaseOwner, Ledger } from './ledger';
import { failsEveryMessage, MailTransport, sendFailure } from './mailTransport';
import type { MailRefusal, SendMailRequest, SendMailsResult } from './types';

/**
 * How long an attempt's hold on a message lasts unless renewed, and how often a live attempt renews it (and
 * heartbeats). A hold outlives any pause of a live process; a dead process's hold lapses within the lease.
 */
export const MAIL_LEASE = { leaseMs: 10_000, renewMs: 1_000 };

/** One run of an activity that sends mail. */
export interface MailAttempt {
  owner: LeaseOwner;
  /** Tells Temporal the attempt is alive, with its progress so far. */
  heartbeat(progress: SendMailsResult): void;
  /** Aborted when Temporal gives up on the attempt (it timed out) or the workflow no longer wants it. */
  signal: AbortSignal;
}

/** The attempt of the activity running now; called directly, outside Temporal, an attempt that never beats. */
export function currentAttempt(): MailAttempt {
  const context = asyncLocalStorage.getStore();
  const beats = context?.info.heartbeatTimeoutMs !== undefined;
  return {
    owner: { id: randomUUID(), host: os.hostname(), pid: process.pid },
    heartbeat: (progress) => {
      if (beats) context?.heartbeat(progress);
    },
    signal: context?.cancellationSignal ?? new AbortController().signal,
  };
}

/** A holder that was a process on this host and no longer is: its hold is taken over at once. */
export function holderGone(holder: LeaseOwner): boolean {
  if (holder.host !== os.hostname() || holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** A message as it goes out, the same on every attempt: its Message-ID comes from its business key. */
export interface ComposedMail {
  subject: string;
  message: Mail.Options & { messageId: string };
  /** The outbox's file name, when there is no SMTP server. */
  fileStem: string;
  /** Why the message is not to be handed over at all: the recipient's own choice. */
  suppressed?: string;
}

type Delivery =
  | { kind: 'sent' }
  | { kind: 'already-sent' }
  | { kind: 'refused'; refusal: MailRefusal }
  | { kind: 'suppressed' }
  | { kind: 'busy' }
  | { kind: 'failed'; error: unknown };

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Hands messages to the mail server at most once each, as far as SMTP allows. Before a message goes out the
 * ledger holds an intent with its Message-ID, owned by this attempt; once the server accepts it, a
 * confirmation. A message whose intent has no confirmation (its sender died, or lost the connection before
 * the server's reply) is sent again and counted as unconfirmed: that is the one window where SMTP can deliver
 * twice, and the ledger shows it.
 */
export class MailDelivery {
  constructor(
    private readonly ledger: Ledger,
    private readonly mail: MailTransport,
    private readonly compose: (request: SendMailRequest) => ComposedMail | Promise<ComposedMail>,
    private readonly lease = MAIL_LEASE,
  ) {}

  /**
   * Sends each message not yet accepted, one after another, waiting for those another live attempt holds.
   * Throws, for a retry, when the server is away or deferred a message; a refused address is reported.
   */
  async sendAll(requests: SendMailRequest[], attempt: MailAttempt): Promise<SendMailsResult> {
    const result: SendMailsResult = { sent: 0, alreadySent: 0, refused: [], suppressed: 0 };
    const renew = setInterval(() => {
      this.ledger.renewMailLeases(attempt.owner, Date.now() + this.lease.leaseMs);
      attempt.heartbeat(result);
    }, this.lease.renewMs);
    try {
      let pending = requests;
      let deferred: unknown;
      while (pending.length) {
        const busy: SendMailRequest[] = [];
        for (const request of pending) {
          // Stop between messages, never in the middle of one: what was handed over gets its confirmation.
          if (attempt.signal.aborted) throw new CancelledFailure('the mail attempt was cancelled');
          const delivery = await this.sendOne(request, attempt);
          if (delivery.kind === 'sent') result.sent++;
          else if (delivery.kind === 'already-sent') result.alreadySent++;
          else if (delivery.kind === 'refused') result.refused.push(delivery.refusal);
          else if (delivery.kind === 'suppressed') result.suppressed++;
          else if (delivery.kind === 'busy') busy.push(request);
          else if (failsEveryMessage(delivery.error)) throw delivery.error;
          else deferred ??= delivery.error;
          attempt.heartbeat(result);
        }
        pending = busy;
        if (pending.length) await pause(this.lease.renewMs, attempt.signal);
      }
      if (deferred) throw deferred;
      return result;
    } finally {
      clearInterval(renew);
    }
  }

  private async sendOne(request: SendMailRequest, attempt: MailAttempt): Promise<Delivery> {
    const key = request.idempotencyKey;
    const { subject, message, fileStem, suppressed } = await this.compose(request);
    const claim = this.ledger.claimMail(
      {
        key,
        workflow_id: request.workflowId,
        template: request.message.template,
        recipient: request.to.email,
        subject,
        message_id: message.messageId,
        due_at: request.dueAt,
      },
      attempt.owner,
      Date.now(),
      this.lease.leaseMs,
      holderGone,
    );
    if (claim.kind === 'sent') return { kind: 'already-sent' };
    if (claim.kind === 'refused') return { kind: 'refused', refusal: { recipient: request.to.email, reason: claim.reason } };
    if (claim.kind === 'busy' || claim.kind === 'suppressed') return claim;
    if (suppressed) {
      this.ledger.suppressMail(key, attempt.owner, suppressed);
      return { kind: 'suppressed' };
    }

    try {
      await this.mail.send(message, fileStem);
    } catch (error) {
      const failure = sendFailure(error);
      const reason = `${request.to.email}: ${(error as Error).message}`;
      if (failure === 'refused') {
        this.ledger.refuseMail(key, attempt.owner, reason);
        return { kind: 'refused', refusal: { recipient: request.to.email, reason } };
      }
      this.ledger.releaseMail(key, attempt.owner, failure, reason);
      return { kind: 'failed', error };
    }
    await this.confirm(key);
    return { kind: 'sent' };
  }

  /** The server has the message: a ledger that is busy for a moment must not make it look unconfirmed. */
  private async confirm(key: string): Promise<void> {
    for (let tries = 1; ; tries++) {
      try {
        this.ledger.confirmMail(key, new Date().toISOString());
        return;
      } catch (err) {
        if (tries >= 10) throw err;
        await new Promise((resolve) => setTimeout(resolve, 200 * tries));
      }
    }
  }
}
