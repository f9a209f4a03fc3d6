import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

export interface MailTransport {
  send(message: Mail.Options & { messageId: string }, fileStem: string): Promise<void>;
  close(): void;
}

/**
 * What a failed hand-over says about the message: `refused` for good (a 5xx reply, or every recipient refused),
 * `not-accepted` (the server said "not now", or was never reached), or `unknown` (the connection ended while
 * the server may have been accepting it: it may have been delivered).
 */
export type SendFailure = 'refused' | 'not-accepted' | 'unknown';

// Socket errors of a connection that was never made: nothing of the message reached a server.
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

export function sendFailure(err: unknown): SendFailure {
  const { responseCode, code, originalCode } = err as { responseCode?: number; code?: string; originalCode?: string };
  if ((responseCode !== undefined && responseCode >= 500) || code === 'EENVELOPE') return 'refused';
  if (responseCode !== undefined || code === 'EDNS' || (originalCode !== undefined && NEVER_CONNECTED.has(originalCode))) {
    return 'not-accepted';
  }
  return 'unknown';
}

/** A failure that concerns the connection, not this one message: the next message would meet it too. */
export function failsEveryMessage(err: unknown): boolean {
  const { responseCode } = err as { responseCode?: number };
  return responseCode === undefined || responseCode === 421;
}

/**
 * Bounds on one hand-over, so that a hung server fails the message within a minute rather than holding it:
 * the time to connect, to be greeted, and the longest silence in between replies.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** SMTP when a URL is configured; otherwise each message is written as an .eml file to the outbox. */
export function createMailTransport(options: { smtpUrl?: string; outboxDir: string }): MailTransport {
  if (options.smtpUrl) {
    const smtp = nodemailer.createTransport({
      url: options.smtpUrl,
      ...SMTP_TIMEOUTS,
      // Open connections are reused across messages and activities. The pool must never send a message again
      // on its own when a connection drops: the ledger could not tell, and the server may already have it.
      pool: true,
      maxConnections: 4,
      maxRequeues: 0,
    });
    return {
      send: async (message) => {
        await smtp.sendMail(message);
      },
      close: () => smtp.close(),
    };
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (message, fileStem) => {
      const info = await stream.sendMail(message);
      await fs.mkdir(options.outboxDir, { recursive: true });
      await fs.writeFile(path.join(options.outboxDir, `${fileStem}.eml`), info.message as Buffer);
    },
    close: () => stream.close(),
  };
}
