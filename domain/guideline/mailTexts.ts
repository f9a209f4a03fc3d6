import type { IsoDate } from '../calendar/dates';
import type { CalendarEvent, CalendarRef } from '../mail/calendarEvent';
import { AUTOMATIC, formatDate, Language, MailTexts, remaining } from '../mail/letter';

/**
 * Mail about a guideline's validity: reminders before it ends, the secretary's notice when it has, and to whoever
 * has its last day in their calendar, the news that an extension moved it or a retirement took it away.
 */
export type GuidelineMailSpec =
  | {
      template: 'expiry-reminder';
      guidelineId: string;
      title: string;
      validUntil: IsoDate;
      responsibleBody: string;
      daysLeft: number;
      /** The last day of validity in the recipients' calendars: one event over every period. */
      calendar: CalendarRef;
    }
  | {
      template: 'validity-extended';
      guidelineId: string;
      title: string;
      previousUntil: IsoDate;
      validUntil: IsoDate;
      decisionRef: string;
      calendar: CalendarRef;
    }
  | {
      template: 'guideline-retired';
      guidelineId: string;
      title: string;
      /** The last day of validity it would have had. */
      validUntil: IsoDate;
      reason: string;
      decisionRef?: string;
      calendar: CalendarRef;
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

type EventSpec = { guidelineId: string; title: string; validUntil: IsoDate; calendar: CalendarRef };

const validityEvent = (spec: EventSpec, language: Language, cancelled?: boolean): CalendarEvent => ({
  ...spec.calendar,
  date: spec.validUntil,
  title: language === 'sv' ? `${spec.title} upphör att gälla` : `${spec.title} expires`,
  description: language === 'sv' ? `Sista giltighetsdag för ${spec.guidelineId}` : `Last day of validity of ${spec.guidelineId}`,
  ...(cancelled ? { cancelled } : {}),
});

export const guidelineTexts: MailTexts<GuidelineMailSpec> = {
  'expiry-reminder': {
    sv: (spec, name) => {
      const until = formatDate(spec.validUntil, 'sv');
      return {
        subject: `Påminnelse: ${spec.title} upphör att gälla ${until}`,
        paragraphs: [
          `Hej ${name},`,
          `${spec.title} (${spec.guidelineId}) gäller till och med ${until}, ${remaining(spec.daysLeft, 'sv')}.`,
          `Ta ställning i god tid: ska dokumentet förlängas, revideras eller upphöra? Beslut fattas av ${spec.responsibleBody}.`,
          AUTOMATIC.sv,
        ],
        calendarEvent: validityEvent(spec, 'sv'),
      };
    },
    en: (spec, name) => {
      const until = formatDate(spec.validUntil, 'en');
      return {
        subject: `Reminder: ${spec.title} expires on ${until}`,
        paragraphs: [
          `Hello ${name},`,
          `${spec.title} (${spec.guidelineId}) is valid until ${until}, ${remaining(spec.daysLeft, 'en')}.`,
          `Decide in good time whether it should be extended, revised or retired. ${spec.responsibleBody} takes the decision.`,
          AUTOMATIC.en,
        ],
        calendarEvent: validityEvent(spec, 'en'),
      };
    },
  },
  'validity-extended': {
    sv: (spec, name) => {
      const until = formatDate(spec.validUntil, 'sv');
      return {
        subject: `Förlängd: ${spec.title} gäller till och med ${until}`,
        paragraphs: [
          `Hej ${name},`,
          `${spec.title} (${spec.guidelineId}) har förlängts och gäller nu till och med ${until}, i stället för till och med ${formatDate(spec.previousUntil, 'sv')} (${spec.decisionRef}).`,
          'Sista giltighetsdagen flyttas i kalendern.',
          AUTOMATIC.sv,
        ],
        calendarEvent: validityEvent(spec, 'sv'),
      };
    },
    en: (spec, name) => {
      const until = formatDate(spec.validUntil, 'en');
      return {
        subject: `Extended: ${spec.title} is valid until ${until}`,
        paragraphs: [
          `Hello ${name},`,
          `${spec.title} (${spec.guidelineId}) has been extended and is now valid until ${until}, instead of until ${formatDate(spec.previousUntil, 'en')} (${spec.decisionRef}).`,
          'The last day of validity moves in the calendar.',
          AUTOMATIC.en,
        ],
        calendarEvent: validityEvent(spec, 'en'),
      };
    },
  },
  'guideline-retired': {
    sv: (spec, name) => ({
      subject: `Upphävd: ${spec.title}`,
      paragraphs: [
        `Hej ${name},`,
        `${spec.title} (${spec.guidelineId}) gäller inte längre${spec.decisionRef ? ` (${spec.decisionRef})` : ''}. Skäl: ${spec.reason}`,
        `Sista giltighetsdagen, ${formatDate(spec.validUntil, 'sv')}, tas bort ur kalendern.`,
        AUTOMATIC.sv,
      ],
      calendarEvent: validityEvent(spec, 'sv', true),
    }),
    en: (spec, name) => ({
      subject: `Retired: ${spec.title}`,
      paragraphs: [
        `Hello ${name},`,
        `${spec.title} (${spec.guidelineId}) is no longer in force${spec.decisionRef ? ` (${spec.decisionRef})` : ''}. Reason: ${spec.reason}`,
        `Its last day of validity, ${formatDate(spec.validUntil, 'en')}, is taken out of the calendar.`,
        AUTOMATIC.en,
      ],
      calendarEvent: validityEvent(spec, 'en', true),
    }),
  },
  'guideline-expired': {
    sv: (spec, name) => ({
      subject: `Har upphört att gälla: ${spec.title}`,
      paragraphs: [
        `Hej ${name},`,
        `${spec.title} (${spec.guidelineId}) upphörde att gälla efter ${formatDate(spec.validUntil, 'sv')} utan beslut om förlängning.`,
        `${spec.responsibleBody} behöver ta ställning till om dokumentet ska förlängas, revideras eller upphöra. Ansvarig: ${spec.ownerName} <${spec.ownerEmail}>.`,
      ],
    }),
    en: (spec, name) => ({
      subject: `Expired: ${spec.title}`,
      paragraphs: [
        `Hello ${name},`,
        `${spec.title} (${spec.guidelineId}) expired after ${formatDate(spec.validUntil, 'en')} with no decision to extend it.`,
        `${spec.responsibleBody} needs to decide whether it is extended, revised or retired. Owner: ${spec.ownerName} <${spec.ownerEmail}>.`,
      ],
    }),
  },
};
