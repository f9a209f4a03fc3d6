import type { IsoDate } from '../calendar/dates';
import type { CalendarEvent, CalendarRef } from '../mail/calendarEvent';
import { deadlineText } from '../mail/deadlineText';
import { AUTOMATIC, formatDate, Language, MailTexts, remaining } from '../mail/letter';

/** A last day as a mail states it: the day in force, and the day given when a rule moved it off a day off. */
interface Moved {
  movedFrom?: IsoDate;
}

interface SurveyRequest extends Moved {
  guidelineId: string;
  title: string;
  /** The last day to answer in force. */
  closesOn: IsoDate;
  organisationName: string;
  /** Titles of the parts still to submit: all of them in the invitation. */
  parts: string[];
  contactName: string;
  contactEmail: string;
  /** The closing day in this organisation's calendar. */
  calendar: CalendarRef;
}

/** Messages after a decision: implementation deadlines and follow-up surveys. */
export type FollowUpMailSpec =
  | ({
      template: 'implementation-reminder';
      guidelineId: string;
      title: string;
      /** The deadline in force. */
      deadline: IsoDate;
      daysLeft: number;
      organisationName: string;
      contactName: string;
      contactEmail: string;
      /** The deadline in this organisation's calendar. */
      calendar: CalendarRef;
    } & Moved)
  | ({
      template: 'implementation-report';
      guidelineId: string;
      title: string;
      deadline: IsoDate;
      total: number;
      confirmed: number;
      notConfirmed: string[];
    } & Moved)
  | ({ template: 'survey-invitation' } & SurveyRequest)
  | ({ template: 'survey-reminder' } & SurveyRequest)
  | ({
      template: 'survey-report';
      guidelineId: string;
      title: string;
      closesOn: IsoDate;
      recipients: number;
      complete: number;
      missing: string[];
      /** Where the results go next, e.g. "VVG 2054-02-13". */
      meeting?: string;
    } & Moved);

const bullets = (parts: string[]) => parts.map((p) => `– ${p}`).join('\n');
const deadlineOf = (spec: { deadline: IsoDate } & Moved, language: Language) => deadlineText(spec, language);
const closingOf = (spec: { closesOn: IsoDate } & Moved, language: Language) =>
  deadlineText({ deadline: spec.closesOn, movedFrom: spec.movedFrom }, language);
const event = (calendar: CalendarRef, date: IsoDate, title: string, description: string): CalendarEvent => ({
  ...calendar,
  date,
  title,
  description,
});

export const followUpTexts: MailTexts<FollowUpMailSpec> = {
  'implementation-reminder': {
    sv: (spec, name) => {
      const deadline = formatDate(spec.deadline, 'sv');
      return {
        subject: `Påminnelse: ${spec.title} ska vara infört ${deadline}`,
        paragraphs: [
          `Hej ${name},`,
          `${spec.title} (${spec.guidelineId}) ska vara fullt infört senast ${deadlineOf(spec, 'sv')}, ${remaining(spec.daysLeft, 'sv')}. Vi har ännu inte fått bekräftelse från ${spec.organisationName}.`,
          `Bekräfta införandet till ${spec.contactName} <${spec.contactEmail}>.`,
          AUTOMATIC.sv,
        ],
        calendarEvent: event(spec.calendar, spec.deadline, `${spec.title} ska vara infört`, spec.guidelineId),
      };
    },
    en: (spec, name) => {
      const deadline = formatDate(spec.deadline, 'en');
      return {
        subject: `Reminder: ${spec.title} must be implemented by ${deadline}`,
        paragraphs: [
          `Hello ${name},`,
          `${spec.title} (${spec.guidelineId}) must be fully implemented by ${deadlineOf(spec, 'en')}, ${remaining(spec.daysLeft, 'en')}. We have no confirmation yet from ${spec.organisationName}.`,
          `Confirm the implementation to ${spec.contactName} <${spec.contactEmail}>.`,
          AUTOMATIC.en,
        ],
        calendarEvent: event(spec.calendar, spec.deadline, `${spec.title} implemented`, spec.guidelineId),
      };
    },
  },
  'implementation-report': {
    sv: (spec, name) => ({
      subject: `Införande av ${spec.title}: ${spec.confirmed} av ${spec.total} har bekräftat`,
      paragraphs: [
        `Hej ${name},`,
        `Sista dag för införandet av ${spec.title} (${spec.guidelineId}) var ${deadlineOf(spec, 'sv')}. ${spec.confirmed} av ${spec.total} har bekräftat.`,
        `Inte bekräftat: ${spec.notConfirmed.length ? spec.notConfirmed.join(', ') : 'inga'}.`,
        AUTOMATIC.sv,
      ],
    }),
    en: (spec, name) => ({
      subject: `Implementation of ${spec.title}: ${spec.confirmed} of ${spec.total} confirmed`,
      paragraphs: [
        `Hello ${name},`,
        `The implementation deadline of ${spec.title} (${spec.guidelineId}) was ${deadlineOf(spec, 'en')}. ${spec.confirmed} of ${spec.total} have confirmed.`,
        `Not confirmed: ${spec.notConfirmed.length ? spec.notConfirmed.join(', ') : 'none'}.`,
        AUTOMATIC.en,
      ],
    }),
  },
  'survey-invitation': {
    sv: (spec, name) => {
      const closes = formatDate(spec.closesOn, 'sv');
      return {
        subject: `Uppföljning: ${spec.title}, svar senast ${closes}`,
        paragraphs: [
          `Hej ${name},`,
          `${spec.organisationName} ombeds besvara uppföljningen av ${spec.guidelineId} i dessa delar:\n${bullets(spec.parts)}`,
          `Sista dag är ${closingOf(spec, 'sv')}. Skicka svaren till ${spec.contactName} <${spec.contactEmail}>.`,
          AUTOMATIC.sv,
        ],
        calendarEvent: event(spec.calendar, spec.closesOn, `Uppföljning: ${spec.title}`, spec.guidelineId),
      };
    },
    en: (spec, name) => {
      const closes = formatDate(spec.closesOn, 'en');
      return {
        subject: `Follow-up: ${spec.title}, answers by ${closes}`,
        paragraphs: [
          `Hello ${name},`,
          `${spec.organisationName} is asked to answer the follow-up of ${spec.guidelineId} in these parts:\n${bullets(spec.parts)}`,
          `The last day is ${closingOf(spec, 'en')}. Send the answers to ${spec.contactName} <${spec.contactEmail}>.`,
          AUTOMATIC.en,
        ],
        calendarEvent: event(spec.calendar, spec.closesOn, `Follow-up: ${spec.title}`, spec.guidelineId),
      };
    },
  },
  'survey-reminder': {
    sv: (spec, name) => {
      const closes = formatDate(spec.closesOn, 'sv');
      return {
        subject: `Påminnelse: uppföljning av ${spec.title}, senast ${closes}`,
        paragraphs: [
          `Hej ${name},`,
          `Dessa delar saknas ännu från ${spec.organisationName}:\n${bullets(spec.parts)}`,
          `Sista dag är ${closingOf(spec, 'sv')}. Skicka svaren till ${spec.contactName} <${spec.contactEmail}>.`,
          AUTOMATIC.sv,
        ],
        calendarEvent: event(spec.calendar, spec.closesOn, `Uppföljning: ${spec.title}`, spec.guidelineId),
      };
    },
    en: (spec, name) => {
      const closes = formatDate(spec.closesOn, 'en');
      return {
        subject: `Reminder: follow-up of ${spec.title}, by ${closes}`,
        paragraphs: [
          `Hello ${name},`,
          `These parts are still missing from ${spec.organisationName}:\n${bullets(spec.parts)}`,
          `The last day is ${closingOf(spec, 'en')}. Send the answers to ${spec.contactName} <${spec.contactEmail}>.`,
          AUTOMATIC.en,
        ],
        calendarEvent: event(spec.calendar, spec.closesOn, `Follow-up: ${spec.title}`, spec.guidelineId),
      };
    },
  },
  'survey-report': {
    sv: (spec, name) => ({
      subject: `Resultat: ${spec.title}`,
      paragraphs: [
        `Hej ${name},`,
        `Uppföljningen ${spec.title} (${spec.guidelineId}) stängde ${closingOf(spec, 'sv')}: ${spec.complete} av ${spec.recipients} svarade på alla delar. Sammanställningen är bifogad som Markdown och CSV.`,
        `Delar saknas från: ${spec.missing.length ? spec.missing.join(', ') : 'inga'}.`,
        ...(spec.meeting ? [`Resultaten står på dagordningen för ${spec.meeting}.`] : []),
        AUTOMATIC.sv,
      ],
    }),
    en: (spec, name) => ({
      subject: `Results: ${spec.title}`,
      paragraphs: [
        `Hello ${name},`,
        `The follow-up ${spec.title} (${spec.guidelineId}) closed on ${closingOf(spec, 'en')}: ${spec.complete} of ${spec.recipients} answered every part. The results are attached as Markdown and CSV.`,
        `Parts missing from: ${spec.missing.length ? spec.missing.join(', ') : 'none'}.`,
        ...(spec.meeting ? [`The results are on the agenda of ${spec.meeting}.`] : []),
        AUTOMATIC.en,
      ],
    }),
  },
};
