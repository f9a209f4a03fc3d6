import type { IsoDate } from '../calendar/dates';
import { assemble, formatDate, Language, remaining, RenderedMail } from '../mail/letter';

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

export function renderGuidelineMail(spec: GuidelineMailSpec, recipientName: string, language: Language): RenderedMail {
  const sv = language === 'sv';
  switch (spec.template) {
    case 'expiry-reminder': {
      const until = formatDate(spec.validUntil, language);
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
    }
    case 'guideline-expired': {
      const until = formatDate(spec.validUntil, language);
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
}
