import { DateTime } from 'luxon';
import { IsoDate, TIME_ZONE } from './dates';

export type Language = 'sv' | 'en';

/** What the workflows ask to be said; the words are chosen here, per recipient's language. */
export type MessageSpec =
  | {
      template: 'expiry-reminder';
      guidelineId: string;
      title: string;
      validUntil: IsoDate;
      responsibleBody: string;
      daysLeft: number;
    }
  | {
      template: 'guideline-expired';
      guidelineId: string;
      title: string;
      validUntil: IsoDate;
      responsibleBody: string;
      ownerName: string;
      ownerEmail: string;
    };

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The date the recipient should put in a calendar, if any. */
  calendarEvent?: { date: IsoDate; title: string; description: string };
}

export function formatDate(date: IsoDate, language: Language): string {
  return DateTime.fromISO(date, { zone: TIME_ZONE }).setLocale(language === 'sv' ? 'sv-SE' : 'en-GB').toLocaleString(DateTime.DATE_FULL);
}

function remaining(days: number, language: Language): string {
  if (language === 'sv') return days === 0 ? 'i dag är sista dagen' : days === 1 ? 'om 1 dag' : `om ${days} dagar`;
  return days === 0 ? 'today is the last day' : days === 1 ? '1 day from now' : `${days} days from now`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function assemble(subject: string, paragraphs: string[], calendarEvent?: RenderedMessage['calendarEvent']): RenderedMessage {
  return {
    subject,
    text: paragraphs.join('\n\n') + '\n',
    html: `<!doctype html><html><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`,
    calendarEvent,
  };
}

export function renderMessage(spec: MessageSpec, recipientName: string, language: Language): RenderedMessage {
  const until = formatDate(spec.validUntil, language);
  const sv = language === 'sv';
  switch (spec.template) {
    case 'expiry-reminder':
      return assemble(
        sv ? `Påminnelse: ${spec.title} upphör att gälla ${until}` : `Reminder: ${spec.title} expires on ${until}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `${spec.title} (${spec.guidelineId}) gäller till och med ${until}, ${remaining(spec.daysLeft, language)}.`,
              `Ta ställning i god tid: ska dokumentet förlängas, revideras eller upphöra? Beslut fattas av ${spec.responsibleBody}.`,
              'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.',
            ]
          : [
              `Hello ${recipientName},`,
              `${spec.title} (${spec.guidelineId}) is valid until ${until}, ${remaining(spec.daysLeft, language)}.`,
              `Decide in good time whether it should be extended, revised or retired. ${spec.responsibleBody} takes the decision.`,
              'This message was sent automatically by the guideline workflow.',
            ],
        {
          date: spec.validUntil,
          title: sv ? `${spec.title} upphör att gälla` : `${spec.title} expires`,
          description: sv ? `Sista giltighetsdag för ${spec.guidelineId}` : `Last day of validity of ${spec.guidelineId}`,
        },
      );
    case 'guideline-expired':
      return assemble(
        sv ? `Har upphört att gälla: ${spec.title}` : `Expired: ${spec.title}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `${spec.title} (${spec.guidelineId}) upphörde att gälla efter ${until} utan beslut om förlängning.`,
              `${spec.responsibleBody} behöver ta ställning till om dokumentet ska förlängas, revideras eller upphöra. Ansvarig: ${spec.ownerName} <${spec.ownerEmail}>.`,
            ]
          : [
              `Hello ${recipientName},`,
              `${spec.title} (${spec.guidelineId}) expired after ${until} with no decision to extend it.`,
              `${spec.responsibleBody} needs to decide whether it is extended, revised or retired. Owner: ${spec.ownerName} <${spec.ownerEmail}>.`,
            ],
      );
  }
}
