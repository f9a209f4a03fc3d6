import { z } from 'zod';

/*
 * The bounded shapes every schema builds its fields from. Text that reaches a mail, a ledger row or a terminal must
 * not carry characters that rewrite what is shown around it: control characters (a line break in a name forges a
 * mail header or a CLI line) and bidirectional controls (which make text read in another order than it is stored).
 */

// C0 and C1 controls and DEL, and the Unicode line and paragraph separators.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
// The same without LF and CR, which multi-line text keeps.
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
// Embeddings, overrides, isolates and the directional marks.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Any control or bidirectional control: what the CLI escapes before printing text it was given. */
export const UNPRINTABLE = new RegExp(`${CONTROLS.source}|${BIDI_CONTROLS.source}`);

/** `U+202E`: how a refusal names a character it cannot show. */
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const found = (match: RegExpExecArray) => `found ${codePoint(match[0])} at position ${match.index + 1}`;

function refuseCharacters(controls: RegExp, what: string) {
  return (text: string, ctx: z.RefinementCtx) => {
    const control = controls.exec(text);
    if (control) ctx.addIssue({ code: 'custom', message: `must not contain ${what} (${found(control)})`, continue: false });
    const bidi = BIDI_CONTROLS.exec(text);
    if (bidi)
      ctx.addIssue({ code: 'custom', message: `must not contain bidirectional control characters (${found(bidi)})`, continue: false });
  };
}

export const required = { error: 'is required' } as const;

const atMost = (max: number) => ({ error: `must be at most ${max} characters` });

/**
 * A name, title, id, reference, version or role: one line of at most `max` characters, trimmed and required (`missing`
 * says what to give instead of 'is required'). Control
 * characters (line breaks, tabs, NUL…) and bidirectional controls are refused before trimming, wherever they are.
 */
export const singleLine = (max: number, missing: string = required.error) =>
  z
    .string()
    .superRefine(refuseCharacters(CONTROLS, 'control characters such as line breaks or tabs'))
    .trim()
    .min(1, { error: missing })
    .max(max, atMost(max));

/** A comment, note, answer or reason: line breaks allowed, other controls not; trimmed, at most `max` characters, may be empty. */
export const multiLine = (max: number) =>
  z
    .string()
    .superRefine(refuseCharacters(CONTROLS_BUT_LINE_BREAKS, 'control characters other than line breaks'))
    .trim()
    .max(max, atMost(max));

/** A list of at most `max` entries; the refusal says the bound. */
export const listOf = <T extends z.ZodType>(item: T, max: number, entries = 'entries') =>
  z.array(item).max(max, { error: `must have at most ${max} ${entries}` });

/** An http(s) (or, where `file` is allowed, file) link of at most 2,000 characters, on one line. */
export const link = (protocol: RegExp, error: string) =>
  z
    .string()
    // Before the URL parser, which would quietly drop a line break or tab.
    .superRefine(refuseCharacters(CONTROLS, 'control characters such as line breaks or tabs'))
    .max(2000, atMost(2000))
    .pipe(z.url({ protocol, error }));

/** An e-mail address, as long as SMTP allows. */
export const email = z.email({ error: 'must be an e-mail address' }).max(254, atMost(254));

/*
 * Bounds sized for real use. A round may go to every organisation of a nation (about 400, with a margin); a person
 * list (subscribers, a group, members) is bounded the same; a policy names at most 10 reminders.
 */
export const MAX_ORGANISATIONS = 500;
export const MAX_PEOPLE = 500;
export const MAX_CONTACTS_PER_ORGANISATION = 50;
export const MAX_REMINDERS = 10;
