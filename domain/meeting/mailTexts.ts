import type { IsoDate } from '../calendar/dates';
import type { CalendarEvent, CalendarRef } from '../mail/calendarEvent';
import { AUTOMATIC, formatDate, Language, MailTexts } from '../mail/letter';
import type { ItemKind } from './meeting';

/** Mail of meetings and of the principals' decisions: reminders to presenters, the agenda, the secretary's notices. */
export type MeetingMailSpec =
  | {
      template: 'document-reminder';
      meeting: MeetingRef;
      documentDeadline: IsoDate;
      itemTitles: string[];
      secretaryName: string;
      secretaryEmail: string;
      /** The meeting's document deadline in the presenter's calendar. */
      calendar: CalendarRef;
    }
  | {
      template: 'agenda-published';
      meeting: MeetingRef;
      startsAt: string;
      /** The meeting's day in the members' calendars. */
      calendar: CalendarRef;
      items: Array<{
        title: string;
        kind: ItemKind;
        minutes: number;
        presenterName: string;
        documents: Array<{ title: string; link: string }>;
      }>;
    }
  | {
      template: 'documents-missing';
      meeting: MeetingRef;
      documentDeadline: IsoDate;
      items: Array<{ title: string; presenterName: string; presenterEmail: string }>;
    }
  | {
      template: 'principal-reminder';
      meeting: MeetingRef;
      title: string;
      decideBy: IsoDate;
      organisationName: string;
      secretaryName: string;
      secretaryEmail: string;
    }
  | {
      template: 'principal-summary';
      meeting: MeetingRef;
      title: string;
      decideBy: IsoDate;
      total: number;
      adopted: number;
      declined: number;
      notDecided: string[];
    };

export interface MeetingRef {
  body: string;
  date: IsoDate;
}

/** How the minutes mark an item's kind. */
export const KIND_NAMES: Record<Language, Record<ItemKind, string>> = {
  sv: { decision: 'Ställningstagande', dialogue: 'Dialog', information: 'Information' },
  en: { decision: 'Decision', dialogue: 'Dialogue', information: 'Information' },
};

const meetingName = (meeting: MeetingRef, language: Language) => `${meeting.body} ${formatDate(meeting.date, language)}`;
const bullets = (lines: string[]) => lines.map((line) => `– ${line}`).join('\n');

type Agenda = Extract<MeetingMailSpec, { template: 'agenda-published' }>;
const documentList = (item: Agenda['items'][number]) => item.documents.map((d) => `${d.title} ${d.link}`).join(', ');

/** The agenda's items, numbered, each with its documents or a note that they are missing. */
const agendaLines = {
  sv: (spec: Agenda) =>
    spec.items.map(
      (item, i) =>
        `${i + 1}. ${item.title}. ${KIND_NAMES.sv[item.kind]} (${item.minutes} min), föredragande ${item.presenterName}. ${documentList(item) || 'Handlingar saknas ännu.'}`,
    ),
  en: (spec: Agenda) =>
    spec.items.map(
      (item, i) =>
        `${i + 1}. ${item.title}. ${KIND_NAMES.en[item.kind]} (${item.minutes} min), presented by ${item.presenterName}. ${documentList(item) || 'Documents still missing.'}`,
    ),
};
const agendaEvent = (spec: Agenda, meeting: string): CalendarEvent => ({
  ...spec.calendar,
  date: spec.meeting.date,
  title: meeting,
  description: spec.items.map((i) => i.title).join('; '),
});

type Missing = Extract<MeetingMailSpec, { template: 'documents-missing' }>;
const missingLines = (spec: Missing) => bullets(spec.items.map((i) => `${i.title}: ${i.presenterName} <${i.presenterEmail}>`));

export const meetingTexts: MailTexts<MeetingMailSpec> = {
  'document-reminder': {
    sv: (spec, name) => {
      const meeting = meetingName(spec.meeting, 'sv');
      const deadline = formatDate(spec.documentDeadline, 'sv');
      return {
        subject: `Handlingar saknas till ${meeting}: senast ${deadline}`,
        paragraphs: [
          `Hej ${name},`,
          `Du är föredragande på ${meeting}. Handlingarna till följande ärenden har inte kommit in:\n${bullets(spec.itemTitles)}`,
          `Skicka dem till ${spec.secretaryName} <${spec.secretaryEmail}> senast ${deadline}, så att ledamöterna hinner förankra ärendet före mötet.`,
          AUTOMATIC.sv,
        ],
        calendarEvent: {
          ...spec.calendar,
          date: spec.documentDeadline,
          title: `Sista dag för handlingar till ${meeting}`,
          description: spec.itemTitles.join('; '),
        },
      };
    },
    en: (spec, name) => {
      const meeting = meetingName(spec.meeting, 'en');
      const deadline = formatDate(spec.documentDeadline, 'en');
      return {
        subject: `Documents missing for ${meeting}: due ${deadline}`,
        paragraphs: [
          `Hello ${name},`,
          `You present at ${meeting}. The documents for these items have not come in:\n${bullets(spec.itemTitles)}`,
          `Send them to ${spec.secretaryName} <${spec.secretaryEmail}> by ${deadline}, so that members have time to prepare before the meeting.`,
          AUTOMATIC.en,
        ],
        calendarEvent: {
          ...spec.calendar,
          date: spec.documentDeadline,
          title: `Last day for documents for ${meeting}`,
          description: spec.itemTitles.join('; '),
        },
      };
    },
  },
  'agenda-published': {
    sv: (spec, name) => {
      const meeting = meetingName(spec.meeting, 'sv');
      const items = agendaLines.sv(spec);
      return {
        subject: `Dagordning: ${meeting}`,
        paragraphs: [
          `Hej ${name},`,
          `Här är dagordningen till ${meeting} kl. ${spec.startsAt}, med handlingar:`,
          ...(items.length ? items : ['Inga ärenden är anmälda.']),
          AUTOMATIC.sv,
        ],
        calendarEvent: agendaEvent(spec, meeting),
      };
    },
    en: (spec, name) => {
      const meeting = meetingName(spec.meeting, 'en');
      const items = agendaLines.en(spec);
      return {
        subject: `Agenda: ${meeting}`,
        paragraphs: [
          `Hello ${name},`,
          `Here is the agenda for ${meeting} at ${spec.startsAt}, with documents:`,
          ...(items.length ? items : ['No items have been put forward.']),
          AUTOMATIC.en,
        ],
        calendarEvent: agendaEvent(spec, meeting),
      };
    },
  },
  'documents-missing': {
    sv: (spec, name) => {
      const meeting = meetingName(spec.meeting, 'sv');
      return {
        subject:
          spec.items.length === 1 ? `1 ärende saknar handlingar: ${meeting}` : `${spec.items.length} ärenden saknar handlingar: ${meeting}`,
        paragraphs: [
          `Hej ${name},`,
          `Sista dag för handlingar till ${meeting} var ${formatDate(spec.documentDeadline, 'sv')}. Dessa ärenden saknar fortfarande handlingar:\n${missingLines(spec)}`,
          AUTOMATIC.sv,
        ],
      };
    },
    en: (spec, name) => {
      const meeting = meetingName(spec.meeting, 'en');
      return {
        subject: spec.items.length === 1 ? `1 item lacks documents: ${meeting}` : `${spec.items.length} items lack documents: ${meeting}`,
        paragraphs: [
          `Hello ${name},`,
          `The last day for documents for ${meeting} was ${formatDate(spec.documentDeadline, 'en')}. These items still lack documents:\n${missingLines(spec)}`,
          AUTOMATIC.en,
        ],
      };
    },
  },
  'principal-reminder': {
    sv: (spec, name) => ({
      subject: `Påminnelse: ert ställningstagande till ${spec.title}`,
      paragraphs: [
        `Hej ${name},`,
        `${meetingName(spec.meeting, 'sv')} rekommenderade huvudmännen att ställa sig bakom ${spec.title}, med beslut senast ${formatDate(spec.decideBy, 'sv')}. Vi har ännu inte fått beslutet från ${spec.organisationName}.`,
        `Meddela beslutet och dess diarienummer eller paragraf till ${spec.secretaryName} <${spec.secretaryEmail}>.`,
        AUTOMATIC.sv,
      ],
    }),
    en: (spec, name) => ({
      subject: `Reminder: your decision on ${spec.title}`,
      paragraphs: [
        `Hello ${name},`,
        `${meetingName(spec.meeting, 'en')} recommended the principals to adopt ${spec.title}, deciding by ${formatDate(spec.decideBy, 'en')}. We have not yet had the decision of ${spec.organisationName}.`,
        `Send the decision and its reference to ${spec.secretaryName} <${spec.secretaryEmail}>.`,
        AUTOMATIC.en,
      ],
    }),
  },
  'principal-summary': {
    sv: (spec, name) => ({
      subject: `Huvudmännens beslut om ${spec.title}: ${spec.adopted + spec.declined} av ${spec.total}`,
      paragraphs: [
        `Hej ${name},`,
        `Sista dag för huvudmännens beslut om ${spec.title} var ${formatDate(spec.decideBy, 'sv')}. ${spec.adopted} har ställt sig bakom, ${spec.declined} har avstått.`,
        `Inte beslutat: ${spec.notDecided.length ? spec.notDecided.join(', ') : 'inga'}.`,
        AUTOMATIC.sv,
      ],
    }),
    en: (spec, name) => ({
      subject: `Principals' decisions on ${spec.title}: ${spec.adopted + spec.declined} of ${spec.total}`,
      paragraphs: [
        `Hello ${name},`,
        `The last day for the principals' decisions on ${spec.title} was ${formatDate(spec.decideBy, 'en')}. ${spec.adopted} adopted it, ${spec.declined} declined.`,
        `Not decided: ${spec.notDecided.length ? spec.notDecided.join(', ') : 'none'}.`,
        AUTOMATIC.en,
      ],
    }),
  },
};
