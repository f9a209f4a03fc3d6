/**
 * What a command prints. A result is shown as JSON with --json and as text otherwise; a document (a CSV export,
 * a notice) is printed as it is either way.
 */
export type Output = { result: unknown; text: () => string } | { document: string };

export const shown = <T>(result: T, describe: (result: T) => string): Output => ({ result, text: () => describe(result) });

export const document = (text: string): Output => ({ document: text });

export function render(output: Output, json: boolean): string {
  if ('document' in output) return output.document;
  return json ? JSON.stringify(output.result, null, 2) : output.text();
}
