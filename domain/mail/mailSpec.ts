import { ConsultationMailSpec, renderConsultationMail } from '../consultation/mailTexts';
import { CommissionMailSpec, commissionTexts } from '../commission/mailTexts';
import { FollowUpMailSpec, followUpTexts } from '../followUp/mailTexts';
import { GuidelineMailSpec, guidelineTexts } from '../guideline/mailTexts';
import { MeetingMailSpec, renderMeetingMail } from '../meeting/mailTexts';
import { YearlyTaskMailSpec, yearlyTaskTexts } from '../yearlyTask/mailTexts';
import { assemble, Language, Letter, MailTexts, RenderedMail } from './letter';

/** What the workflows ask to be said; each area's texts choose the words, per recipient's language. */
export type MailSpec =
  GuidelineMailSpec | ConsultationMailSpec | MeetingMailSpec | YearlyTaskMailSpec | CommissionMailSpec | FollowUpMailSpec;

/** Every template's words, in both languages; an area whose texts are missing here does not compile. */
const TEXTS: MailTexts<GuidelineMailSpec | YearlyTaskMailSpec | CommissionMailSpec | FollowUpMailSpec> = {
  ...guidelineTexts,
  ...yearlyTaskTexts,
  ...commissionTexts,
  ...followUpTexts,
};

export function renderMail(spec: MailSpec, recipientName: string, language: Language): RenderedMail {
  switch (spec.template) {
    case 'expiry-reminder':
    case 'guideline-expired':
      return assemble((TEXTS[spec.template][language] as (spec: MailSpec, recipientName: string) => Letter)(spec, recipientName));
    case 'consultation-invitation':
    case 'consultation-reminder':
    case 'consultation-deadline-extended':
    case 'consultation-summary':
      return renderConsultationMail(spec, recipientName, language);
    case 'document-reminder':
    case 'agenda-published':
    case 'documents-missing':
    case 'principal-reminder':
    case 'principal-summary':
      return renderMeetingMail(spec, recipientName, language);
    case 'yearly-task':
      return assemble((TEXTS[spec.template][language] as (spec: MailSpec, recipientName: string) => Letter)(spec, recipientName));
    case 'milestone-reminder':
    case 'milestone-overdue':
    case 'commission-reported':
      return assemble((TEXTS[spec.template][language] as (spec: MailSpec, recipientName: string) => Letter)(spec, recipientName));
    case 'implementation-reminder':
    case 'implementation-report':
    case 'survey-invitation':
    case 'survey-reminder':
    case 'survey-report':
      return assemble((TEXTS[spec.template][language] as (spec: MailSpec, recipientName: string) => Letter)(spec, recipientName));
  }
}
