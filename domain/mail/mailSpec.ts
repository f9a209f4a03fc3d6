import { ConsultationMailSpec, consultationTexts } from '../consultation/mailTexts';
import { CommissionMailSpec, renderCommissionMail } from '../commission/mailTexts';
import { FollowUpMailSpec, renderFollowUpMail } from '../followUp/mailTexts';
import { GuidelineMailSpec, guidelineTexts } from '../guideline/mailTexts';
import { MeetingMailSpec, meetingTexts } from '../meeting/mailTexts';
import { renderYearlyTaskMail, YearlyTaskMailSpec } from '../yearlyTask/mailTexts';
import { assemble, Language, Letter, MailTexts, RenderedMail } from './letter';

/** What the workflows ask to be said; each area's texts choose the words, per recipient's language. */
export type MailSpec =
  GuidelineMailSpec | ConsultationMailSpec | MeetingMailSpec | YearlyTaskMailSpec | CommissionMailSpec | FollowUpMailSpec;

/** Every template's words, in both languages; an area whose texts are missing here does not compile. */
const TEXTS: MailTexts<GuidelineMailSpec | ConsultationMailSpec | MeetingMailSpec> = {
  ...guidelineTexts,
  ...consultationTexts,
  ...meetingTexts,
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
      return assemble((TEXTS[spec.template][language] as (spec: MailSpec, recipientName: string) => Letter)(spec, recipientName));
    case 'document-reminder':
    case 'agenda-published':
    case 'documents-missing':
    case 'principal-reminder':
    case 'principal-summary':
      return assemble((TEXTS[spec.template][language] as (spec: MailSpec, recipientName: string) => Letter)(spec, recipientName));
    case 'yearly-task':
      return renderYearlyTaskMail(spec, recipientName, language);
    case 'milestone-reminder':
    case 'milestone-overdue':
    case 'commission-reported':
      return renderCommissionMail(spec, recipientName, language);
    case 'implementation-reminder':
    case 'implementation-report':
    case 'survey-invitation':
    case 'survey-reminder':
    case 'survey-report':
      return renderFollowUpMail(spec, recipientName, language);
  }
}
