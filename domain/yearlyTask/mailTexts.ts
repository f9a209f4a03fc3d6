import type { IsoDate } from '../calendar/dates';
import { AUTOMATIC, assembleLegacy, formatDate, Language, remaining, RenderedMail } from '../mail/letter';

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
}

export function renderYearlyTaskMail(spec: YearlyTaskMailSpec, recipientName: string, language: Language): RenderedMail {
  const sv = language === 'sv';
  const due = spec.dueDate && formatDate(spec.dueDate, language);
  const deadline = (daysLeft: number) =>
    daysLeft < 0
      ? sv
        ? `Det skulle ha varit klart senast ${due}.`
        : `It was due by ${due}.`
      : sv
        ? `Det ska vara klart senast ${due}, ${remaining(daysLeft, language)}.`
        : `It must be done by ${due}, ${remaining(daysLeft, language)}.`;
  const guideline =
    spec.guidelineId &&
    (sv ? `Uppgiften hör till riktlinjen ${spec.guidelineId}.` : `The task belongs to the guideline ${spec.guidelineId}.`);
  const owner = `${spec.ownerName} <${spec.ownerEmail}>`;
  return assembleLegacy(
    sv
      ? `Årlig uppgift ${spec.year}: ${spec.title}${due ? `, senast ${due}` : ''}`
      : `Yearly task ${spec.year}: ${spec.title}${due ? `, by ${due}` : ''}`,
    [
      sv ? `Hej ${recipientName},` : `Hello ${recipientName},`,
      sv ? `Årets påminnelse om en återkommande uppgift: ${spec.title}.` : `This year's reminder of a recurring task: ${spec.title}.`,
      spec.description,
      ...(spec.daysLeft !== undefined ? [deadline(spec.daysLeft)] : []),
      ...(guideline ? [guideline] : []),
      sv ? `Ansvarig: ${owner}.` : `Owner: ${owner}.`,
      AUTOMATIC[language],
    ],
    spec.dueDate
      ? {
          date: spec.dueDate,
          title: sv ? `Sista dag: ${spec.title}` : `Last day: ${spec.title}`,
          description: sv ? `Årlig uppgift ${spec.taskId}, ${spec.year}` : `Yearly task ${spec.taskId}, ${spec.year}`,
        }
      : undefined,
  );
}
