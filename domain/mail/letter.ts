import type { IsoDate } from '../calendar/dates';
import type { CalendarEvent } from './calendarEvent';

export type Language = 'sv' | 'en';

/** What a mail says, before it is laid out as text and HTML. */
export interface Letter {
  subject: string;
  paragraphs: string[];
  /** The date the recipient should put in a calendar, if any, or the event to take out of it. */
  calendarEvent?: CalendarEvent;
}

/**
 * The one shape of every area's mail texts: per template, a function for each language from the template's fields
 * and the recipient's name to a letter. Both languages sit side by side, so a change to one is seen next to the other.
 */
export type MailTexts<Spec extends { template: string }> = {
  [T in Spec['template']]: Record<Language, (spec: Extract<Spec, { template: T }>, recipientName: string) => Letter>;
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  calendarEvent?: Letter['calendarEvent'];
}

/*
 * A day as a person writes it ("4 mars 2027", "4 March 2027"). A date has no time of day: it is formatted at its
 * midnight in UTC, so the day shown is the day given. One formatter per language, made once: a page that shows a
 * thousand dates formats each in about a microsecond, where building a zoned date-time for each took 30.
 */
const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

export function formatDate(date: IsoDate, language: Language): string {
  return dateFormats[language].format(new Date(`${date}T00:00:00Z`));
}

export function remaining(days: number, language: Language): string {
  if (language === 'sv') return days === 0 ? 'i dag är sista dagen' : days === 1 ? 'om 1 dag' : `om ${days} dagar`;
  return days === 0 ? 'today is the last day' : days === 1 ? '1 day from now' : `${days} days from now`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function assemble({ subject, paragraphs, calendarEvent }: Letter): RenderedMail {
  return {
    subject,
    text: paragraphs.join('\n\n') + '\n',
    html: `<!doctype html><html><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`,
    calendarEvent,
  };
}

export const AUTOMATIC = {
  sv: 'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.',
  en: 'This message was sent automatically by the guideline workflow.',
};

/** The letter with paragraphs added before its closing line (the note that it was sent automatically), or at its end. */
export function withParagraphs(letter: Letter, added: string[]): Letter {
  if (!added.length) return letter;
  const last = letter.paragraphs.length - 1;
  const closes = last >= 0 && (letter.paragraphs[last] === AUTOMATIC.sv || letter.paragraphs[last] === AUTOMATIC.en);
  const at = closes ? last : letter.paragraphs.length;
  return { ...letter, paragraphs: [...letter.paragraphs.slice(0, at), ...added, ...letter.paragraphs.slice(at)] };
}
