import { UNPRINTABLE } from '../../domain/fields';

/**
 * What a command prints. A result is shown as JSON with --json and as text otherwise; a document (a CSV export,
 * a notice) is printed as it is either way.
 */
export type Output = { result: unknown; text: () => string } | { document: string };

export const shown = <T>(result: T, describe: (result: T) => string): Output => ({ result, text: () => describe(result) });

export const document = (text: string): Output => ({ document: text });

const EVERY_UNPRINTABLE = new RegExp(UNPRINTABLE.source, 'g');

// The form JSON gives them, so that escaped JSON stays JSON.
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text a user gave, as it is safe to print: every control character (line breaks included) and bidirectional
 * control is written as an escape such as `\u202E`, so that no value can forge a line, move the cursor or reorder
 * what is shown around it.
 */
export const printable = (text: string) => text.replace(EVERY_UNPRINTABLE, escaped);

/**
 * A whole printout, whose own line breaks stay: whatever else a value carries is escaped. JSON holds no raw line
 * break inside a string, and a CSV field with one is quoted, so both keep their shape.
 */
const printableLines = (text: string) =>
  text
    .split(/(\r?\n)/)
    .map((part, i) => (i % 2 ? part : printable(part)))
    .join('');

export function render(output: Output, json: boolean): string {
  if ('document' in output) return printableLines(output.document);
  return printableLines(json ? JSON.stringify(output.result, null, 2) : output.text());
}
