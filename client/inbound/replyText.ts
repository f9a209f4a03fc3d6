import { UNPRINTABLE } from '../../domain/fields';

/** The most of a reply's text that is kept: what an answer's text may hold. */
export const MAX_REPLY_TEXT = 20_000;

const LINE_BREAKS = /\r\n|\r|\n/g;

/**
 * A reply's text as the engine may keep and show it: tabs as spaces, every other control and bidirectional control
 * dropped, line breaks kept, trimmed and cut to the length an answer takes.
 */
export function replyText(text: string | undefined): string {
  const lines = (text ?? '').split(LINE_BREAKS).map((line) =>
    Array.from(line.replace(/\t/g, '    '))
      .filter((ch) => !UNPRINTABLE.test(ch))
      .join(''),
  );
  return lines.join('\n').trim().slice(0, MAX_REPLY_TEXT).trim();
}

/** `svar+<token>@…` → the token, lower-cased as relays may have left it; undefined for any other address. */
export function tokenOfAddress(address: string): string | undefined {
  const local = address.slice(0, address.lastIndexOf('@'));
  const plus = local.lastIndexOf('+');
  return plus < 0 ? undefined : local.slice(plus + 1).toLowerCase();
}
