import type { IsoDate } from '../calendar/dates';
import { AUTOMATIC, assembleLegacy, formatDate, Language, remaining, RenderedMail } from '../mail/letter';

/** Messages of a commission (uppdrag) to its working group and the commissioning body's secretary. */
export type CommissionMailSpec =
  | ({ template: 'milestone-reminder'; milestoneTitle: string; due: IsoDate; daysLeft: number } & CommissionFields)
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

const meetingName = (m: { body: string; date: IsoDate }, language: Language) => `${m.body} ${formatDate(m.date, language)}`;

export function renderCommissionMail(spec: CommissionMailSpec, recipientName: string, language: Language): RenderedMail {
  const sv = language === 'sv';
  const hello = sv ? `Hej ${recipientName},` : `Hello ${recipientName},`;
  const commission = `${spec.commissionTitle} (${spec.commissionId})`;
  const meeting = meetingName(spec.reportBack, language);
  switch (spec.template) {
    case 'milestone-reminder': {
      const due = formatDate(spec.due, language);
      return assembleLegacy(
        sv
          ? `Påminnelse: ${spec.milestoneTitle} i ${spec.commissionTitle}, senast ${due}`
          : `Reminder: ${spec.milestoneTitle} of ${spec.commissionTitle}, due ${due}`,
        sv
          ? [
              hello,
              `Delmomentet ”${spec.milestoneTitle}” i uppdraget ${commission} från ${spec.commissionedBy} ska vara klart senast ${due}, ${remaining(spec.daysLeft, language)}.`,
              `Uppdraget återrapporteras på ${meeting}. Är delmomentet redan klart, meddela det så att det markeras som klart.`,
              AUTOMATIC.sv,
            ]
          : [
              hello,
              `The milestone “${spec.milestoneTitle}” of the commission ${commission} from ${spec.commissionedBy} is due on ${due}, ${remaining(spec.daysLeft, language)}.`,
              `The commission reports back at ${meeting}. If the milestone is already done, say so, so that it is marked as done.`,
              AUTOMATIC.en,
            ],
        {
          date: spec.due,
          title: `${spec.milestoneTitle}: ${spec.commissionTitle}`,
          description: sv ? `Uppdrag ${spec.commissionId}` : `Commission ${spec.commissionId}`,
        },
      );
    }
    case 'milestone-overdue': {
      const due = formatDate(spec.due, language);
      const group = spec.group.map((c) => `– ${c.name} <${c.email}>`).join('\n');
      return assembleLegacy(
        sv ? `Försenat: ${spec.milestoneTitle} i ${spec.commissionTitle}` : `Overdue: ${spec.milestoneTitle} of ${spec.commissionTitle}`,
        sv
          ? [
              hello,
              `Delmomentet ”${spec.milestoneTitle}” i uppdraget ${commission} skulle ha varit klart ${due} men är inte markerat som klart.`,
              `Arbetsgruppen:\n${group}`,
              `Uppdraget ska återrapporteras på ${meeting}. ${spec.commissionedBy} kan behöva ta ställning till en ny tidplan.`,
              AUTOMATIC.sv,
            ]
          : [
              hello,
              `The milestone “${spec.milestoneTitle}” of the commission ${commission} was due on ${due} and is not marked as done.`,
              `The working group:\n${group}`,
              `The commission is to report back at ${meeting}. ${spec.commissionedBy} may need to decide on a new timetable.`,
              AUTOMATIC.en,
            ],
      );
    }
    case 'commission-reported': {
      const draft = spec.guidelineId
        ? [
            sv
              ? `Utkastet till riktlinje som uppdraget lämnade följs nu som ${spec.guidelineId}.`
              : `The draft guideline the commission delivered is now followed as ${spec.guidelineId}.`,
          ]
        : [];
      return assembleLegacy(sv ? `Uppdrag klart: ${spec.commissionTitle}` : `Commission completed: ${spec.commissionTitle}`, [
        hello,
        sv
          ? `Arbetsgruppen har slutfört uppdraget ${commission} ${formatDate(spec.completedOn, language)}, inför återrapporteringen på ${meeting}.`
          : `The working group completed the commission ${commission} on ${formatDate(spec.completedOn, language)}, ahead of its report back at ${meeting}.`,
        `${sv ? 'Sammanfattning' : 'Summary'}: ${spec.summary}`,
        ...draft,
        AUTOMATIC[language],
      ]);
    }
  }
}
