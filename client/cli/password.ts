import { ValidationError } from '../../domain/validation';

/** The first line of piped input: `printf '%s\n' "$PASSWORD" | npm run cli -- users add …`. */
async function firstLine(input: NodeJS.ReadStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

/** One line typed at the terminal with nothing echoed; Ctrl-C gives up. */
function typedLine(input: NodeJS.ReadStream, output: NodeJS.WriteStream, prompt: string): Promise<string> {
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let line = '';
    const done = (then: () => void) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      then();
    };
    const onData = (keys: string) => {
      for (const key of keys) {
        if (key === '\r' || key === '\n') return done(() => resolve(line));
        if (key === '\u0003') return done(() => reject(new ValidationError(['password: not given'])));
        line = key === '\u007f' || key === '\b' ? line.slice(0, -1) : line + key;
      }
    };
    input.on('data', onData);
  });
}

/** The new account's password from standard input: typed twice at a terminal, else the first line piped in. */
export async function readPassword(input = process.stdin, output = process.stderr): Promise<string> {
  if (!input.isTTY) return firstLine(input);
  const password = await typedLine(input, output, 'password: ');
  if ((await typedLine(input, output, 'again: ')) !== password) throw new ValidationError(['password: the two entries differ']);
  return password;
}
