import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { linkOf } from '../../activities/links/personalLinks';
import { withinLimit } from '../../activities/store/rateLimits';
import type { InboundSettings } from '../../config/inbound';
import { MAX_DOCUMENT_BYTES } from '../../domain/documents/mediaType';
import { OpenAsk, openAsk } from '../links/openAsk';
import { tokenOfAddress } from './replyText';
import { ReplyDeps, takeReply } from './takeReply';

/** A reply with ten documents at the largest, in base64, and its text: anything larger is refused whole. */
const MAX_MESSAGE_BYTES = Math.ceil(MAX_DOCUMENT_BYTES * 1.4) + 1024 * 1024;
/** Messages a sending address may hand over a minute: far above a relay's real traffic, far below a flood. */
export const INBOUND_LIMIT = { limit: 60, windowMs: 60_000 };

const smtpError = (responseCode: number, message: string) => Object.assign(new Error(message), { responseCode });
// An unknown token and one whose ask has closed get the same answer.
const noSuchRecipient = () => smtpError(550, '5.1.1 No such recipient here');

export interface InboundListener {
  address: string;
  close(): Promise<void>;
}

/**
 * The listener for replies to asking mail, as the county's relay hands them over: each recipient is a personal
 * link's plus-address, checked when it is named (an unknown or closed one is refused at once); each message is
 * then taken for every ask it was addressed to. A reply that cannot be recorded now (Temporal away) is deferred
 * with 451, so the relay tries again; the same reply twice is taken once.
 */
export async function startInboundListener(deps: ReplyDeps, settings: InboundSettings): Promise<InboundListener> {
  const askOf = async (address: string): Promise<OpenAsk | undefined> => {
    const token = tokenOfAddress(address);
    return openAsk(deps.db, token ? await linkOf(deps.db, token) : undefined, deps.now());
  };
  const server = new SMTPServer({
    name: 'riktlinjer',
    banner: 'replies to the guideline engine',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onConnect(session, callback) {
      withinLimit(deps.db, `inbound:${session.remoteAddress}`, INBOUND_LIMIT, deps.now().getTime()).then(
        (ok) => callback(ok ? undefined : smtpError(421, '4.7.0 Too many messages, try again later')),
        (err: Error) => callback(smtpError(451, `4.3.0 ${err.message}`)),
      );
    },
    onRcptTo(address, _session, callback) {
      askOf(address.address).then(
        (ask) => callback(ask ? undefined : noSuchRecipient()),
        (err: Error) => callback(smtpError(451, `4.3.0 ${err.message}`)),
      );
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded) return callback(smtpError(552, '5.3.4 Message too large'));
          const reply = {
            messageId: mail.messageId ?? `${session.id}@inbound`,
            from: mail.from?.value[0]?.address ?? '',
            subject: mail.subject ?? '',
            text: mail.text,
            attachments: mail.attachments.map((a) => ({ filename: a.filename, content: new Uint8Array(a.content) })),
          };
          // Each recipient named: an ask that closed since it was named keeps nothing.
          for (const rcpt of session.envelope.rcptTo) {
            const ask = await askOf(rcpt.address);
            if (ask) await takeReply(deps, ask, reply);
          }
          callback();
        })
        .catch((err: Error) => callback(smtpError(451, `4.3.0 ${err.message}`)));
    },
  });
  // A sender that drops its connection mid-message must not stop the listener.
  server.on('error', () => {});
  server.listen(settings.port, settings.host);
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    address: `smtp://${settings.host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
