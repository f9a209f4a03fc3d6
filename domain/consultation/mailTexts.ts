import type { IsoDate } from '../calendar/dates';
import { AUTOMATIC, assembleLegacy, formatDate, Language, remaining, RenderedMail } from '../mail/letter';

/** Mail of a consultation round: invitation, reminders, a moved deadline, and the process owner's summary. */
export type ConsultationMailSpec =
  | ({ template: 'consultation-invitation' } & ConsultationFields)
  | ({ template: 'consultation-reminder'; daysLeft: number } & ConsultationFields)
  | {
      template: 'consultation-deadline-extended';
      guidelineId: string;
      documentTitle: string;
      version: string;
      link: string;
      previousDeadline: IsoDate;
      deadline: IsoDate;
      reason: string;
      organisationName: string;
    }
  | {
      template: 'consultation-summary';
      guidelineId: string;
      documentTitle: string;
      version: string;
      deadline: IsoDate;
      total: number;
      answered: number;
      late: number;
      /** Per progress group, with the names of the organisations that have not answered. */
      byGroup: Array<{ group: string; total: number; answered: number; notAnswered: string[] }>;
    };

interface ConsultationFields {
  guidelineId: string;
  documentTitle: string;
  version: string;
  link: string;
  deadline: IsoDate;
  processOwnerName: string;
  processOwnerEmail: string;
  organisationName: string;
}

function howToAnswer(spec: ConsultationFields, language: Language): string {
  const to = `${spec.processOwnerName} <${spec.processOwnerEmail}>`;
  return language === 'sv'
    ? `Svara genom att skriva till ${to}: skicka era synpunkter, meddela "inga synpunkter" eller meddela att ni avstår från att svara.`
    : `To answer, write to ${to}: send your comments, say "no comments", or say that you decline to answer.`;
}

function deadlineEvent(
  spec: { guidelineId: string; documentTitle: string; version: string; deadline: IsoDate },
  language: Language,
  to?: string,
) {
  const sv = language === 'sv';
  return {
    date: spec.deadline,
    title: sv ? `Sista dag för synpunkter: ${spec.documentTitle}` : `Last day for comments: ${spec.documentTitle}`,
    description: sv
      ? `Synpunkter på ${spec.guidelineId}, version ${spec.version}${to ? `, till ${to}` : ''}`
      : `Comments on ${spec.guidelineId}, version ${spec.version}${to ? `, to ${to}` : ''}`,
  };
}

export function renderConsultationMail(spec: ConsultationMailSpec, recipientName: string, language: Language): RenderedMail {
  const sv = language === 'sv';
  switch (spec.template) {
    case 'consultation-invitation': {
      const deadline = formatDate(spec.deadline, language);
      return assembleLegacy(
        sv
          ? `Synpunkter önskas: ${spec.documentTitle}, version ${spec.version}, senast ${deadline}`
          : `For comments: ${spec.documentTitle}, version ${spec.version}, by ${deadline}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `${spec.organisationName} ombeds lämna synpunkter på ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}). Dokumentet finns på ${spec.link}`,
              `Sista svarsdag är ${deadline}. ${howToAnswer(spec, language)}`,
              AUTOMATIC.sv,
            ]
          : [
              `Hello ${recipientName},`,
              `${spec.organisationName} is asked to comment on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}). The document is at ${spec.link}`,
              `The last day to answer is ${deadline}. ${howToAnswer(spec, language)}`,
              AUTOMATIC.en,
            ],
        deadlineEvent(spec, language, `${spec.processOwnerName} <${spec.processOwnerEmail}>`),
      );
    }
    case 'consultation-reminder': {
      const deadline = formatDate(spec.deadline, language);
      return assembleLegacy(
        sv
          ? `Påminnelse: synpunkter på ${spec.documentTitle} senast ${deadline}`
          : `Reminder: comments on ${spec.documentTitle} by ${deadline}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `Vi har ännu inte fått något svar från ${spec.organisationName} på ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}). Sista svarsdag är ${deadline}, ${remaining(spec.daysLeft, language)}. Dokumentet finns på ${spec.link}`,
              howToAnswer(spec, language),
              'Påminnelsen går bara till dem som inte har svarat. Har ert svar korsat detta meddelande kan ni bortse från det.',
              AUTOMATIC.sv,
            ]
          : [
              `Hello ${recipientName},`,
              `We have not yet had an answer from ${spec.organisationName} on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}). The last day to answer is ${deadline}, ${remaining(spec.daysLeft, language)}. The document is at ${spec.link}`,
              howToAnswer(spec, language),
              'This reminder goes only to those who have not answered. If your answer has crossed this message, please disregard it.',
              AUTOMATIC.en,
            ],
        deadlineEvent(spec, language, `${spec.processOwnerName} <${spec.processOwnerEmail}>`),
      );
    }
    case 'consultation-deadline-extended': {
      const deadline = formatDate(spec.deadline, language);
      const previous = formatDate(spec.previousDeadline, language);
      return assembleLegacy(
        sv ? `Ny sista svarsdag: ${spec.documentTitle}, senast ${deadline}` : `New deadline: ${spec.documentTitle}, by ${deadline}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `Sista svarsdag för synpunkter på ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}) har flyttats från ${previous} till ${deadline}.`,
              `Skäl: ${spec.reason}`,
              `Har ${spec.organisationName} redan svarat behöver ni inte göra något mer. Dokumentet finns på ${spec.link}`,
              AUTOMATIC.sv,
            ]
          : [
              `Hello ${recipientName},`,
              `The last day to comment on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}) has moved from ${previous} to ${deadline}.`,
              `Reason: ${spec.reason}`,
              `If ${spec.organisationName} has already answered, nothing more is needed. The document is at ${spec.link}`,
              AUTOMATIC.en,
            ],
        deadlineEvent(spec, language),
      );
    }
    case 'consultation-summary': {
      const deadline = formatDate(spec.deadline, language);
      const late = spec.late === 0 ? '' : sv ? `, varav ${spec.late} efter sista svarsdagen` : `, ${spec.late} of them after the deadline`;
      const groups = spec.byGroup.map((g) => {
        if (g.notAnswered.length === 0) return sv ? `${g.group}: alla ${g.total} har svarat.` : `${g.group}: all ${g.total} have answered.`;
        const missing = g.notAnswered.join(', ');
        return sv
          ? `${g.group}: ${g.answered} av ${g.total} har svarat. Inte svarat: ${missing}.`
          : `${g.group}: ${g.answered} of ${g.total} have answered. Not answered: ${missing}.`;
      });
      return assembleLegacy(
        sv
          ? `Sammanställning: ${spec.documentTitle}, ${spec.answered} av ${spec.total} har svarat`
          : `Summary: ${spec.documentTitle}, ${spec.answered} of ${spec.total} have answered`,
        sv
          ? [
              `Hej ${recipientName},`,
              `Synpunktsrunda för ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}), med sista svarsdag ${deadline}: ${spec.answered} av ${spec.total} organisationer har svarat${late}.`,
              ...groups,
              AUTOMATIC.sv,
            ]
          : [
              `Hello ${recipientName},`,
              `Consultation on ${spec.documentTitle}, version ${spec.version} (${spec.guidelineId}), with the last day to answer on ${deadline}: ${spec.answered} of ${spec.total} organisations have answered${late}.`,
              ...groups,
              AUTOMATIC.en,
            ],
      );
    }
  }
}
