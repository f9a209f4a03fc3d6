import type { MailSpec } from '../../../domain/mail/mailSpec';
import { inBothLanguages, Language } from '../language';

type Template = MailSpec['template'];

/** What each mail is, in words: every template the engine sends (a new one does not compile until it is named here). */
const mailNames = inBothLanguages<Record<Template, string>>(
  {
    'expiry-reminder': 'Påminnelse om att giltigheten upphör',
    'guideline-expired': 'Besked om att riktlinjen har upphört',
    'validity-extended': 'Besked om förlängd giltighet',
    'guideline-retired': 'Besked om att riktlinjen är upphävd',
    'consultation-invitation': 'Inbjudan att svara på remiss',
    'consultation-reminder': 'Påminnelse om remissvar',
    'consultation-summary': 'Sammanställning av remissvar till processledaren',
    'consultation-deadline-extended': 'Besked om ny sista svarsdag',
    'consultation-withdrawn': 'Besked om att remissinstansen är struken',
    'consultation-closed': 'Besked om att remissen är avslutad',
    'document-reminder': 'Påminnelse om handlingar till sammanträde',
    'agenda-published': 'Föredragningslista till ledamöterna',
    'documents-missing': 'Saknade handlingar, till sekreteraren',
    'principal-reminder': 'Påminnelse om huvudmannens beslut',
    'principal-summary': 'Sammanställning av huvudmännens beslut',
    'implementation-reminder': 'Påminnelse om att bekräfta införandet',
    'implementation-report': 'Rapport om införandet',
    'survey-invitation': 'Inbjudan till uppföljning',
    'survey-reminder': 'Påminnelse om uppföljning',
    'survey-report': 'Rapport från uppföljningen',
    'milestone-reminder': 'Påminnelse om delmål',
    'milestone-overdue': 'Besked om försenat delmål',
    'commission-reported': 'Besked om slutfört uppdrag',
    'yearly-task': 'Årlig uppgift',
  },
  {
    'expiry-reminder': 'Reminder that the validity ends',
    'guideline-expired': 'Notice that the guideline has expired',
    'validity-extended': 'Notice of an extended validity',
    'guideline-retired': 'Notice that the guideline is retired',
    'consultation-invitation': 'Invitation to answer a consultation',
    'consultation-reminder': 'Reminder to answer a consultation',
    'consultation-summary': 'Summary of the answers to the process owner',
    'consultation-deadline-extended': 'Notice of a new answer deadline',
    'consultation-withdrawn': 'Notice of a withdrawal from the round',
    'consultation-closed': 'Notice that the round is closed',
    'document-reminder': 'Reminder of documents for a meeting',
    'agenda-published': 'Agenda to the members',
    'documents-missing': 'Missing documents, to the secretary',
    'principal-reminder': "Reminder of a principal's decision",
    'principal-summary': "Summary of the principals' decisions",
    'implementation-reminder': 'Reminder to confirm the implementation',
    'implementation-report': 'Implementation report',
    'survey-invitation': 'Invitation to a follow-up survey',
    'survey-reminder': 'Follow-up survey reminder',
    'survey-report': 'Follow-up survey report',
    'milestone-reminder': 'Milestone reminder',
    'milestone-overdue': 'Notice of an overdue milestone',
    'commission-reported': 'Notice of a completed commission',
    'yearly-task': 'Yearly task',
  },
);

/** A mail's template or purpose in words; one this table does not know, as it is written. */
export const mailName = (language: Language, template: string): string =>
  Object.hasOwn(mailNames[language], template) ? mailNames[language][template as Template] : template;
