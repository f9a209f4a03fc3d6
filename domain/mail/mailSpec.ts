import { CommissionMailSpec, commissionTexts } from '../commission/mailTexts';
import { ConsultationMailSpec, consultationTexts } from '../consultation/mailTexts';
import { FollowUpMailSpec, followUpTexts } from '../followUp/mailTexts';
import { GuidelineMailSpec, guidelineTexts } from '../guideline/mailTexts';
import { MeetingMailSpec, meetingTexts } from '../meeting/mailTexts';
import { YearlyTaskMailSpec, yearlyTaskTexts } from '../yearlyTask/mailTexts';
import { assemble, Language, Letter, MailTexts, RenderedMail, withParagraphs } from './letter';

/** What the workflows ask to be said; each area's texts choose the words, per recipient's language. */
export type MailSpec =
  GuidelineMailSpec | ConsultationMailSpec | MeetingMailSpec | YearlyTaskMailSpec | CommissionMailSpec | FollowUpMailSpec;

/** Every template's words, in both languages; a template whose texts are missing here does not compile. */
const TEXTS: MailTexts<MailSpec> = {
  ...guidelineTexts,
  ...consultationTexts,
  ...meetingTexts,
  ...yearlyTaskTexts,
  ...commissionTexts,
  ...followUpTexts,
};

/** The mail in the recipient's language; `added` paragraphs (a personal link) go before the closing line. */
export function renderMail(spec: MailSpec, recipientName: string, language: Language, added: string[] = []): RenderedMail {
  // The table is keyed by template, so the entry found takes exactly this spec's fields.
  const write = TEXTS[spec.template][language] as (spec: MailSpec, recipientName: string) => Letter;
  return assemble(withParagraphs(write(spec, recipientName), added));
}
