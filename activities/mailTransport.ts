import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

export interface MailTransport {
  send(message: Mail.Options & { messageId: string }, fileStem: string): Promise<void>;
  close(): void;
}

/** SMTP when a URL is configured; otherwise each message is written as an .eml file to the outbox. */
export function createMailTransport(options: { smtpUrl?: string; outboxDir: string }): MailTransport {
  if (options.smtpUrl) {
    const smtp = nodemailer.createTransport(options.smtpUrl);
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
