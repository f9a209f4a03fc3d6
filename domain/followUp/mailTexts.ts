import type { IsoDate } from '../calendar/dates';
import { AUTOMATIC, assembleLegacy, formatDate, Language, remaining, RenderedMail } from '../mail/letter';

/** Messages after a decision: implementation deadlines and follow-up surveys. */
export type FollowUpMailSpec =
  | {
      template: 'implementation-reminder';
      guidelineId: string;
      title: string;
      deadline: IsoDate;
      daysLeft: number;
      organisationName: string;
      contactName: string;
      contactEmail: string;
    }
  | {
      template: 'implementation-report';
      guidelineId: string;
      title: string;
      deadline: IsoDate;
      total: number;
      confirmed: number;
      notConfirmed: string[];
    }
  | {
      template: 'survey-invitation' | 'survey-reminder';
      guidelineId: string;
      title: string;
      closesOn: IsoDate;
      organisationName: string;
      /** Titles of the parts still to submit: all of them in the invitation. */
      parts: string[];
      contactName: string;
      contactEmail: string;
    }
  | {
      template: 'survey-report';
      guidelineId: string;
      title: string;
      closesOn: IsoDate;
      recipients: number;
      complete: number;
      missing: string[];
      /** Where the results go next, e.g. "VVG 2054-02-13". */
      meeting?: string;
    };

export function renderFollowUpMail(spec: FollowUpMailSpec, recipientName: string, language: Language): RenderedMail {
  const sv = language === 'sv';
  const hello = sv ? `Hej ${recipientName},` : `Hello ${recipientName},`;
  switch (spec.template) {
    case 'implementation-reminder': {
      const deadline = formatDate(spec.deadline, language);
      return assembleLegacy(
        sv ? `Påminnelse: ${spec.title} ska vara infört ${deadline}` : `Reminder: ${spec.title} must be implemented by ${deadline}`,
        [
          hello,
          sv
            ? `${spec.title} (${spec.guidelineId}) ska vara fullt infört senast ${deadline}, ${remaining(spec.daysLeft, language)}. Vi har ännu inte fått bekräftelse från ${spec.organisationName}.`
            : `${spec.title} (${spec.guidelineId}) must be fully implemented by ${deadline}, ${remaining(spec.daysLeft, language)}. We have no confirmation yet from ${spec.organisationName}.`,
          sv
            ? `Bekräfta införandet till ${spec.contactName} <${spec.contactEmail}>.`
            : `Confirm the implementation to ${spec.contactName} <${spec.contactEmail}>.`,
          AUTOMATIC[language],
        ],
        { date: spec.deadline, title: sv ? `${spec.title} ska vara infört` : `${spec.title} implemented`, description: spec.guidelineId },
      );
    }
    case 'implementation-report': {
      const missing = spec.notConfirmed.length ? spec.notConfirmed.join(', ') : sv ? 'inga' : 'none';
      return assembleLegacy(
        sv
          ? `Införande av ${spec.title}: ${spec.confirmed} av ${spec.total} har bekräftat`
          : `Implementation of ${spec.title}: ${spec.confirmed} of ${spec.total} confirmed`,
        [
          hello,
          sv
            ? `Sista dag för införandet av ${spec.title} (${spec.guidelineId}) var ${formatDate(spec.deadline, language)}. ${spec.confirmed} av ${spec.total} har bekräftat.`
            : `The implementation deadline of ${spec.title} (${spec.guidelineId}) was ${formatDate(spec.deadline, language)}. ${spec.confirmed} of ${spec.total} have confirmed.`,
          sv ? `Inte bekräftat: ${missing}.` : `Not confirmed: ${missing}.`,
          AUTOMATIC[language],
        ],
      );
    }
    case 'survey-invitation':
    case 'survey-reminder': {
      const closes = formatDate(spec.closesOn, language);
      const parts = spec.parts.map((p) => `– ${p}`).join('\n');
      const invitation = spec.template === 'survey-invitation';
      return assembleLegacy(
        invitation
          ? sv
            ? `Uppföljning: ${spec.title}, svar senast ${closes}`
            : `Follow-up: ${spec.title}, answers by ${closes}`
          : sv
            ? `Påminnelse: uppföljning av ${spec.title}, senast ${closes}`
            : `Reminder: follow-up of ${spec.title}, by ${closes}`,
        [
          hello,
          invitation
            ? sv
              ? `${spec.organisationName} ombeds besvara uppföljningen av ${spec.guidelineId} i dessa delar:\n${parts}`
              : `${spec.organisationName} is asked to answer the follow-up of ${spec.guidelineId} in these parts:\n${parts}`
            : sv
              ? `Dessa delar saknas ännu från ${spec.organisationName}:\n${parts}`
              : `These parts are still missing from ${spec.organisationName}:\n${parts}`,
          sv
            ? `Sista dag är ${closes}. Skicka svaren till ${spec.contactName} <${spec.contactEmail}>.`
            : `The last day is ${closes}. Send the answers to ${spec.contactName} <${spec.contactEmail}>.`,
          AUTOMATIC[language],
        ],
        { date: spec.closesOn, title: sv ? `Uppföljning: ${spec.title}` : `Follow-up: ${spec.title}`, description: spec.guidelineId },
      );
    }
    case 'survey-report': {
      const missing = spec.missing.length ? spec.missing.join(', ') : sv ? 'inga' : 'none';
      return assembleLegacy(sv ? `Resultat: ${spec.title}` : `Results: ${spec.title}`, [
        hello,
        sv
          ? `Uppföljningen ${spec.title} (${spec.guidelineId}) stängde ${formatDate(spec.closesOn, language)}: ${spec.complete} av ${spec.recipients} svarade på alla delar. Sammanställningen är bifogad som Markdown och CSV.`
          : `The follow-up ${spec.title} (${spec.guidelineId}) closed on ${formatDate(spec.closesOn, language)}: ${spec.complete} of ${spec.recipients} answered every part. The results are attached as Markdown and CSV.`,
        sv ? `Delar saknas från: ${missing}.` : `Parts missing from: ${missing}.`,
        ...(spec.meeting
          ? [sv ? `Resultaten står på dagordningen för ${spec.meeting}.` : `The results are on the agenda of ${spec.meeting}.`]
          : []),
        AUTOMATIC[language],
      ]);
    }
  }
}
