import fs from 'node:fs';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * The SMTP server of `npm run bench -- faults`, in a process of its own so that the bench can kill it. Each
 * message is appended to a file before the server answers that it has it, as a real server stores a message
 * before its 250, so the record survives the server's own deaths. One line a message, also on stdout:
 * `<epoch ms> TAB <Message-ID> TAB <X-Guideline-Key>`.
 *
 *   node --import tsx bench/smtpRecorder.ts <port> <file>
 */
const [port, file] = process.argv.slice(2);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData: (stream, _session, callback) => {
    simpleParser(stream).then((mail) => {
      const line = `${Date.now()}\t${mail.messageId}\t${String(mail.headers.get('x-guideline-key'))}\n`;
      fs.appendFileSync(file, line);
      process.stdout.write(line);
      callback();
    }, callback);
  },
});

// A sender killed in the middle of a message resets its connection: a server logs that and goes on.
server.on('error', (err) => console.error(`smtp: ${err.message}`));
server.listen(Number(port), '127.0.0.1', () => console.log(`smtp: listening on ${port}`));
