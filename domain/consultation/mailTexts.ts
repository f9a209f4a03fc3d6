import type { IsoDate } from '../calendar/dates';
import type { StatedDeadline } from '../calendar/deadlineRule';
import type { CalendarEvent, CalendarRef } from '../mail/calendarEvent';
import { deadlineText } from '../mail/deadlineText';
import { AUTOMATIC, formatDate, Language, MailTexts, remaining } from '../mail/letter';

/**
 * Mail of a consultation round: invitation, reminders, a moved deadline, the process owner's summary, and the word
 * that an organisation need not answer (withdrawn, or the round closed early), which takes the deadline out of its
 * calendar. `deadline` is the deadline in force; `movedFrom` the day given, when the round's rule moved it.
 */
export type ConsultationMailSpec =
  | ({ template: 'consultation-invitation' } & ConsultationFields)
  | ({ template: 'consultation-reminder'; daysLeft: number } & ConsultationFields)
  | ({
      template: 'consultation-deadline-extended';
      link: string;
      /** The deadline in force before the extension. */
      previousDeadline: IsoDate;
      reason: string;
      organisationName: string;
      calendar: CalendarRef;
    } & Document)
  | ({ template: 'consultation-withdrawn'; reason: string; organisationName: string; calendar: CalendarRef } & Document)
  | ({ template: 'consultation-closed'; reason?: string; organisationName: string; calendar: CalendarRef } & Document)
  | ({
      template: 'consultation-summary';
      total: number;
      answered: number;
      late: number;
      /** Per progress group, with the names of the organisations that have not answered. */
      byGroup: Array<{ group: string; total: number; answered: number; notAnswered: string[] }>;
    } & Document);

type Document = { guidelineId: string; documentTitle: string; version: string } & StatedDeadline;

type ConsultationFields = Document & {
  link: string;
  processOwnerName: string;
  processOwnerEmail: string;
  organisationName: string;
  /** This round's deadline in this organisation's calendar. */
  calendar: CalendarRef;
};

const ownerOf = (spec: ConsultationFields) => `${spec.processOwnerName} <${spec.processOwnerEmail}>`;

type WithEvent = Document & { calendar: CalendarRef };

/**
 * The last day to answer, for the recipient's calendar: the same event in every mail of the round, moved by an
 * extension and cancelled when the organisation need not answer. `to` is whom the answers go to, when the mail says.
 */
const deadlineEvent = {
  sv: (spec: WithEvent, to?: string, cancelled?: boolean): CalendarEvent => ({
    ...spec.calendar,
    date: spec.deadline,
    title: `Sista dag för synpunkter: ${spec.documentTitle}`,
    description: `Synpunkter på ${spec.guidelineId}, version ${spec.version}${to ? `, till ${to}` : ''}`,
    ...(cancelled ? { cancelled } : {}),
  }),
  en: (spec: WithEvent, to?: string, cancelled?: boolean): CalendarEvent => ({
    ...spec.calendar,
    date: spec.deadline,
    title: `Last day for comments: ${spec.documentTitle}`,
    description: `Comments on ${spec.guidelineId}, version ${spec.version}${to ? `, to ${to}` : ''}`,
    ...(cancelled ? { cancelled } : {}),
  }),
};

const stated = (spec: StatedDeadline, language: Language) => deadlineText(spec, language);

const howToAnswer = {
  sv: (spec: ConsultationFields) =>
    `Svara genom att skriva till ${ownerOf(spec)}: skicka era synpunkter, meddela "inga synpunkter" eller meddela att ni avstår från att svara.`,
  en: (spec: ConsultationFields) =>
    `To answer, write to ${ownerOf(spec)}: send your comments, say "no comments", or say that you decline to answer.`,
};

type Summary = Extract<ConsultationMailSpec, { template: 'consultation-summary' }>;

const groupLines = {
  sv: (spec: Summary) =>
    spec.byGroup.map((g) =>
      g.notAnswered.length === 0
        ? `${g.group}: alla ${g.total} har svarat.`
        : `${g.group}: ${g.answered} av ${g.total} har svarat. Inte svarat: ${g.notAnswered.join(', ')}.`,
    ),
  en: (spec: Summary) =>
    spec.byGroup.map((g) =>
      g.notAnswered.length === 0
        ? `${g.group}: all ${g.total} have answered.`
        : `${g.group}: ${g.answered} of ${g.total} have answered. Not answered: ${g.notAnswered.join(', ')}.`,
    ),
};

export const consultationTexts: MailTexts<ConsultationMailSpec> = {
  'consultation-invitation': {
    sv: (spec, name) => {
      const deadline = formatDate(spec.deadline, 'sv');
      return {
        subject: `Synpunkter önskas: ${spec.documentTitle}, version ${spec.version}, senast ${deadline}`,
        paragraphs: [
          `Hej ${name},`,
          `${spec.organisationName} ombeds lämna synpunkter på ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}). Dokumentet finns på ${spec.link}`,
          `Sista svarsdag är ${stated(spec, 'sv')}. ${howToAnswer.sv(spec)}`,
          AUTOMATIC.sv,
        ],
        calendarEvent: deadlineEvent.sv(spec, ownerOf(spec)),
      };
    },
    en: (spec, name) => {
      const deadline = formatDate(spec.deadline, 'en');
      return {
        subject: `For comments: ${spec.documentTitle}, version ${spec.version}, by ${deadline}`,
        paragraphs: [
          `Hello ${name},`,
          `${spec.organisationName} is asked to comment on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}). The document is at ${spec.link}`,
          `The last day to answer is ${stated(spec, 'en')}. ${howToAnswer.en(spec)}`,
          AUTOMATIC.en,
        ],
        calendarEvent: deadlineEvent.en(spec, ownerOf(spec)),
      };
    },
  },
  'consultation-reminder': {
    sv: (spec, name) => {
      const deadline = formatDate(spec.deadline, 'sv');
      return {
        subject: `Påminnelse: synpunkter på ${spec.documentTitle} senast ${deadline}`,
        paragraphs: [
          `Hej ${name},`,
          `Vi har ännu inte fått något svar från ${spec.organisationName} på ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}). Sista svarsdag är ${stated(spec, 'sv')}, ${remaining(spec.daysLeft, 'sv')}. Dokumentet finns på ${spec.link}`,
          howToAnswer.sv(spec),
          'Påminnelsen går bara till dem som inte har svarat. Har ert svar korsat detta meddelande kan ni bortse från det.',
          AUTOMATIC.sv,
        ],
        calendarEvent: deadlineEvent.sv(spec, ownerOf(spec)),
      };
    },
    en: (spec, name) => {
      const deadline = formatDate(spec.deadline, 'en');
      return {
        subject: `Reminder: comments on ${spec.documentTitle} by ${deadline}`,
        paragraphs: [
          `Hello ${name},`,
          `We have not yet had an answer from ${spec.organisationName} on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}). The last day to answer is ${stated(spec, 'en')}, ${remaining(spec.daysLeft, 'en')}. The document is at ${spec.link}`,
          howToAnswer.en(spec),
          'This reminder goes only to those who have not answered. If your answer has crossed this message, please disregard it.',
          AUTOMATIC.en,
        ],
        calendarEvent: deadlineEvent.en(spec, ownerOf(spec)),
      };
    },
  },
  'consultation-deadline-extended': {
    sv: (spec, name) => {
      const deadline = formatDate(spec.deadline, 'sv');
      return {
        subject: `Ny sista svarsdag: ${spec.documentTitle}, senast ${deadline}`,
        paragraphs: [
          `Hej ${name},`,
          `Sista svarsdag för synpunkter på ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}) har flyttats från ${formatDate(spec.previousDeadline, 'sv')} till ${stated(spec, 'sv')}.`,
          `Skäl: ${spec.reason}`,
          `Har ${spec.organisationName} redan svarat behöver ni inte göra något mer. Dokumentet finns på ${spec.link}`,
          AUTOMATIC.sv,
        ],
        calendarEvent: deadlineEvent.sv(spec),
      };
    },
    en: (spec, name) => {
      const deadline = formatDate(spec.deadline, 'en');
      return {
        subject: `New deadline: ${spec.documentTitle}, by ${deadline}`,
        paragraphs: [
          `Hello ${name},`,
          `The last day to comment on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}) has moved from ${formatDate(spec.previousDeadline, 'en')} to ${stated(spec, 'en')}.`,
          `Reason: ${spec.reason}`,
          `If ${spec.organisationName} has already answered, nothing more is needed. The document is at ${spec.link}`,
          AUTOMATIC.en,
        ],
        calendarEvent: deadlineEvent.en(spec),
      };
    },
  },
  'consultation-withdrawn': {
    sv: (spec, name) => ({
      subject: `Inget svar behövs: ${spec.documentTitle}, version ${spec.version}`,
      paragraphs: [
        `Hej ${name},`,
        `${spec.organisationName} är inte längre tillfrågad om synpunkter på ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}), och behöver inte svara.`,
        `Skäl: ${spec.reason}`,
        `Sista svarsdagen, ${stated(spec, 'sv')}, tas bort ur kalendern.`,
        AUTOMATIC.sv,
      ],
      calendarEvent: deadlineEvent.sv(spec, undefined, true),
    }),
    en: (spec, name) => ({
      subject: `No answer needed: ${spec.documentTitle}, version ${spec.version}`,
      paragraphs: [
        `Hello ${name},`,
        `${spec.organisationName} is no longer asked to comment on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}), and need not answer.`,
        `Reason: ${spec.reason}`,
        `The last day to answer, ${stated(spec, 'en')}, is taken out of the calendar.`,
        AUTOMATIC.en,
      ],
      calendarEvent: deadlineEvent.en(spec, undefined, true),
    }),
  },
  'consultation-closed': {
    sv: (spec, name) => ({
      subject: `Avslutad före sista svarsdagen: ${spec.documentTitle}, version ${spec.version}`,
      paragraphs: [
        `Hej ${name},`,
        `Synpunktsrundan för ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}), har avslutats före sista svarsdagen ${stated(spec, 'sv')}. Inga fler svar tas emot.`,
        ...(spec.reason ? [`Skäl: ${spec.reason}`] : []),
        'Sista svarsdagen tas bort ur kalendern.',
        AUTOMATIC.sv,
      ],
      calendarEvent: deadlineEvent.sv(spec, undefined, true),
    }),
    en: (spec, name) => ({
      subject: `Closed before its deadline: ${spec.documentTitle}, version ${spec.version}`,
      paragraphs: [
        `Hello ${name},`,
        `The consultation on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}), has been closed before its last day to answer, ${stated(spec, 'en')}. No more answers are taken.`,
        ...(spec.reason ? [`Reason: ${spec.reason}`] : []),
        'The last day to answer is taken out of the calendar.',
        AUTOMATIC.en,
      ],
      calendarEvent: deadlineEvent.en(spec, undefined, true),
    }),
  },
  'consultation-summary': {
    sv: (spec, name) => ({
      subject: `Sammanställning: ${spec.documentTitle}, ${spec.answered} av ${spec.total} har svarat`,
      paragraphs: [
        `Hej ${name},`,
        `Synpunktsrunda för ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}), med sista svarsdag ${stated(spec, 'sv')}: ${spec.answered} av ${spec.total} organisationer har svarat${spec.late === 0 ? '' : `, varav ${spec.late} efter sista svarsdagen`}.`,
        ...groupLines.sv(spec),
        AUTOMATIC.sv,
      ],
    }),
    en: (spec, name) => ({
      subject: `Summary: ${spec.documentTitle}, ${spec.answered} of ${spec.total} have answered`,
      paragraphs: [
        `Hello ${name},`,
        `Consultation on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}), with the last day to answer on ${stated(spec, 'en')}: ${spec.answered} of ${spec.total} organisations have answered${spec.late === 0 ? '' : `, ${spec.late} of them after the deadline`}.`,
        ...groupLines.en(spec),
        AUTOMATIC.en,
      ],
    }),
  },
};
