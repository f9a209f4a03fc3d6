import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it is given, parsed. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];

  /**
   * `refuse` lists addresses answered with 550, as a server answers for a mailbox that no longer exists.
   * `replyDelayMs` makes a slow server: it keeps each message that long before it answers that it has it.
   */
  constructor(
    private readonly refuse: string[] = [],
    private readonly replyDelayMs = 0,
  ) {}

  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Senders keep connections open for the next message: stopping ends them rather than waiting 30 s.
    closeTimeout: 200,
    onRcptTo: (address, _session, callback) => {
      if (this.refuse.includes(address.address)) {
        callback(Object.assign(new Error(`${address.address}: mailbox unavailable`), { responseCode: 550 }));
      } else {
        callback();
      }
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          this.messages.push(mail);
          setTimeout(callback, this.replyDelayMs);
        })
        .catch(callback);
    },
  });

  /** Listens on `port`, or on any free port; returns the URL to send to. */
  async start(port = 0): Promise<string> {
    // A sender killed in the middle of a message resets its connection: the server goes on, as a real one does.
    this.server.on('error', () => {});
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** How many copies of each Message-ID arrived. */
  copies(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.messages) counts.set(m.messageId ?? '', (counts.get(m.messageId ?? '') ?? 0) + 1);
    return counts;
  }
}
