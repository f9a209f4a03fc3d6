import type { IsoDate } from '../calendar/dates';
import type { CalendarRef } from '../mail/calendarEvent';
import { AUTOMATIC, formatDate, Language, MailTexts, remaining } from '../mail/letter';

/** Messages of a commission (uppdrag) to its working group and the commissioning body's secretary. */
export type CommissionMailSpec =
  | ({
      template: 'milestone-reminder';
      milestoneTitle: string;
      due: IsoDate;
      daysLeft: number;
      /** The milestone's due day in the group's calendars, moved with the milestone. */
      calendar: CalendarRef;
    } & CommissionFields)
  | ({
      template: 'milestone-overdue';
      milestoneTitle: string;
      due: IsoDate;
      group: Array<{ name: string; email: string }>;
    } & CommissionFields)
  | ({ template: 'commission-reported'; completedOn: IsoDate; summary: string; guidelineId?: string } & CommissionFields);

interface CommissionFields {
  commissionId: string;
  commissionTitle: string;
  /** The body that gave the commission. */
  commissionedBy: string;
  reportBack: { body: string; date: IsoDate };
}

const commission = (spec: CommissionFields) => `${spec.commissionTitle} (${spec.commissionId})`;
const meeting = (spec: CommissionFields, language: Language) => `${spec.reportBack.body} ${formatDate(spec.reportBack.date, language)}`;
const members = (group: Array<{ name: string; email: string }>) => group.map((c) => `– ${c.name} <${c.email}>`).join('\n');

export const commissionTexts: MailTexts<CommissionMailSpec> = {
  'milestone-reminder': {
    sv: (spec, name) => {
      const due = formatDate(spec.due, 'sv');
      return {
        subject: `Påminnelse: ${spec.milestoneTitle} i ${spec.commissionTitle}, senast ${due}`,
        paragraphs: [
          `Hej ${name},`,
          `Delmomentet ”${spec.milestoneTitle}” i uppdraget ${commission(spec)} från ${spec.commissionedBy} ska vara klart senast ${due}, ${remaining(spec.daysLeft, 'sv')}.`,
          `Uppdraget återrapporteras på ${meeting(spec, 'sv')}. Är delmomentet redan klart, meddela det så att det markeras som klart.`,
          AUTOMATIC.sv,
        ],
        calendarEvent: {
          ...spec.calendar,
          date: spec.due,
          title: `${spec.milestoneTitle}: ${spec.commissionTitle}`,
          description: `Uppdrag ${spec.commissionId}`,
        },
      };
    },
    en: (spec, name) => {
      const due = formatDate(spec.due, 'en');
      return {
        subject: `Reminder: ${spec.milestoneTitle} of ${spec.commissionTitle}, due ${due}`,
        paragraphs: [
          `Hello ${name},`,
          `The milestone “${spec.milestoneTitle}” of the commission ${commission(spec)} from ${spec.commissionedBy} is due on ${due}, ${remaining(spec.daysLeft, 'en')}.`,
          `The commission reports back at ${meeting(spec, 'en')}. If the milestone is already done, say so, so that it is marked as done.`,
          AUTOMATIC.en,
        ],
        calendarEvent: {
          ...spec.calendar,
          date: spec.due,
          title: `${spec.milestoneTitle}: ${spec.commissionTitle}`,
          description: `Commission ${spec.commissionId}`,
        },
      };
    },
  },
  'milestone-overdue': {
    sv: (spec, name) => ({
      subject: `Försenat: ${spec.milestoneTitle} i ${spec.commissionTitle}`,
      paragraphs: [
        `Hej ${name},`,
        `Delmomentet ”${spec.milestoneTitle}” i uppdraget ${commission(spec)} skulle ha varit klart ${formatDate(spec.due, 'sv')} men är inte markerat som klart.`,
        `Arbetsgruppen:\n${members(spec.group)}`,
        `Uppdraget ska återrapporteras på ${meeting(spec, 'sv')}. ${spec.commissionedBy} kan behöva ta ställning till en ny tidplan.`,
        AUTOMATIC.sv,
      ],
    }),
    en: (spec, name) => ({
      subject: `Overdue: ${spec.milestoneTitle} of ${spec.commissionTitle}`,
      paragraphs: [
        `Hello ${name},`,
        `The milestone “${spec.milestoneTitle}” of the commission ${commission(spec)} was due on ${formatDate(spec.due, 'en')} and is not marked as done.`,
        `The working group:\n${members(spec.group)}`,
        `The commission is to report back at ${meeting(spec, 'en')}. ${spec.commissionedBy} may need to decide on a new timetable.`,
        AUTOMATIC.en,
      ],
    }),
  },
  'commission-reported': {
    sv: (spec, name) => ({
      subject: `Uppdrag klart: ${spec.commissionTitle}`,
      paragraphs: [
        `Hej ${name},`,
        `Arbetsgruppen har slutfört uppdraget ${commission(spec)} ${formatDate(spec.completedOn, 'sv')}, inför återrapporteringen på ${meeting(spec, 'sv')}.`,
        `Sammanfattning: ${spec.summary}`,
        ...(spec.guidelineId ? [`Utkastet till riktlinje som uppdraget lämnade följs nu som ${spec.guidelineId}.`] : []),
        AUTOMATIC.sv,
      ],
    }),
    en: (spec, name) => ({
      subject: `Commission completed: ${spec.commissionTitle}`,
      paragraphs: [
        `Hello ${name},`,
        `The working group completed the commission ${commission(spec)} on ${formatDate(spec.completedOn, 'en')}, ahead of its report back at ${meeting(spec, 'en')}.`,
        `Summary: ${spec.summary}`,
        ...(spec.guidelineId ? [`The draft guideline the commission delivered is now followed as ${spec.guidelineId}.`] : []),
        AUTOMATIC.en,
      ],
    }),
  },
};
