import type { IsoDate } from '../calendar/dates';
import { AUTOMATIC, formatDate, MailTexts, remaining } from '../mail/letter';

/** Mail about a guideline's validity: reminders before it ends, and the secretary's notice when it has. */
export type GuidelineMailSpec =
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
        calendarEvent: {
          date: spec.validUntil,
          title: `${spec.title} upphör att gälla`,
          description: `Sista giltighetsdag för ${spec.guidelineId}`,
        },
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
        calendarEvent: {
          date: spec.validUntil,
          title: `${spec.title} expires`,
          description: `Last day of validity of ${spec.guidelineId}`,
        },
      };
    },
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
