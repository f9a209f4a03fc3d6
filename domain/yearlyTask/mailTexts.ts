import type { IsoDate } from '../calendar/dates';
import type { CalendarRef } from '../mail/calendarEvent';
import { AUTOMATIC, formatDate, MailTexts, remaining } from '../mail/letter';

/** The yearly reminder of a recurring task; rendered by `renderMail`. */
export interface YearlyTaskMailSpec {
  template: 'yearly-task';
  taskId: string;
  title: string;
  description: string;
  year: number;
  guidelineId?: string;
  dueDate?: IsoDate;
  /** From the day the mail goes out; negative when a late trigger comes after the due day. */
  daysLeft?: number;
  ownerName: string;
  ownerEmail: string;
  /** This year's due day in the recipients' calendars. */
  calendar: CalendarRef;
}

export const yearlyTaskTexts: MailTexts<YearlyTaskMailSpec> = {
  'yearly-task': {
    sv: (spec, name) => {
      const due = spec.dueDate && formatDate(spec.dueDate, 'sv');
      const { daysLeft } = spec;
      return {
        subject: `Årlig uppgift ${spec.year}: ${spec.title}${due ? `, senast ${due}` : ''}`,
        paragraphs: [
          `Hej ${name},`,
          `Årets påminnelse om en återkommande uppgift: ${spec.title}.`,
          spec.description,
          ...(daysLeft === undefined
            ? []
            : [
                daysLeft < 0
                  ? `Det skulle ha varit klart senast ${due}.`
                  : `Det ska vara klart senast ${due}, ${remaining(daysLeft, 'sv')}.`,
              ]),
          ...(spec.guidelineId ? [`Uppgiften hör till riktlinjen ${spec.guidelineId}.`] : []),
          `Ansvarig: ${spec.ownerName} <${spec.ownerEmail}>.`,
          AUTOMATIC.sv,
        ],
        calendarEvent: spec.dueDate
          ? {
              ...spec.calendar,
              date: spec.dueDate,
              title: `Sista dag: ${spec.title}`,
              description: `Årlig uppgift ${spec.taskId}, ${spec.year}`,
            }
          : undefined,
      };
    },
    en: (spec, name) => {
      const due = spec.dueDate && formatDate(spec.dueDate, 'en');
      const { daysLeft } = spec;
      return {
        subject: `Yearly task ${spec.year}: ${spec.title}${due ? `, by ${due}` : ''}`,
        paragraphs: [
          `Hello ${name},`,
          `This year's reminder of a recurring task: ${spec.title}.`,
          spec.description,
          ...(daysLeft === undefined
            ? []
            : [daysLeft < 0 ? `It was due by ${due}.` : `It must be done by ${due}, ${remaining(daysLeft, 'en')}.`]),
          ...(spec.guidelineId ? [`The task belongs to the guideline ${spec.guidelineId}.`] : []),
          `Owner: ${spec.ownerName} <${spec.ownerEmail}>.`,
          AUTOMATIC.en,
        ],
        calendarEvent: spec.dueDate
          ? {
              ...spec.calendar,
              date: spec.dueDate,
              title: `Last day: ${spec.title}`,
              description: `Yearly task ${spec.taskId}, ${spec.year}`,
            }
          : undefined,
      };
    },
  },
};
