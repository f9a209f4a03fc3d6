import type { Contact } from '../directory/contact';
import type { Language } from '../mail/letter';
import type { MailSpec } from '../mail/mailSpec';
import type { Ask, PersonalAct } from './personalLink';

/**
 * What a mail asks of the organisation of the contact it goes to, by its template: every mail that asks for
 * something carries a personal link for it. The switch is exhaustive, so a new template must say whether it asks.
 */
export function askOf(spec: MailSpec, to: Pick<Contact, 'organisationId'>): Ask | undefined {
  const asks = (act: PersonalAct): Ask => ({ act, organisationId: to.organisationId });
  switch (spec.template) {
    case 'consultation-invitation':
    case 'consultation-reminder':
    case 'consultation-deadline-extended':
      return asks('consultation.answer');
    case 'implementation-reminder':
      return asks('implementation.confirm');
    case 'survey-invitation':
    case 'survey-reminder':
      return asks('followUp.submit');
    case 'principal-reminder':
      return asks('principals.record');
    case 'document-reminder':
      return asks('meeting.submitDocument');
    case 'consultation-withdrawn':
    case 'consultation-closed':
    case 'consultation-summary':
    case 'expiry-reminder':
    case 'guideline-expired':
    case 'guideline-retired':
    case 'validity-extended':
    case 'agenda-published':
    case 'documents-missing':
    case 'principal-summary':
    case 'implementation-report':
    case 'survey-report':
    case 'milestone-reminder':
    case 'milestone-overdue':
    case 'commission-reported':
    case 'yearly-task':
      return undefined;
  }
}

/**
 * Mail that only tells a contact who may be asked things that they need not do something after all, or what was
 * decided: what a contact who chose to have only the asks is spared. Every ask, and its reminders, always goes.
 */
export const optionalTemplates: ReadonlySet<MailSpec['template']> = new Set<MailSpec['template']>([
  'consultation-withdrawn',
  'consultation-closed',
  'validity-extended',
  'guideline-retired',
]);

const invitations: Record<PersonalAct, Record<Language, string>> = {
  'consultation.answer': {
    sv: 'Lämna ert svar, med yttrande som bilaga om ni vill, via er egen länk (ingen inloggning behövs):',
    en: 'Give your answer, with your statement attached if you wish, through your own link (no sign-in needed):',
  },
  'implementation.confirm': {
    sv: 'Bekräfta införandet via er egen länk (ingen inloggning behövs):',
    en: 'Confirm the implementation through your own link (no sign-in needed):',
  },
  'followUp.submit': {
    sv: 'Lämna era svar på uppföljningen via er egen länk (ingen inloggning behövs):',
    en: 'Submit your answers to the follow-up through your own link (no sign-in needed):',
  },
  'principals.record': {
    sv: 'Registrera ert beslut, med datum och diarienummer eller paragraf, via er egen länk (ingen inloggning behövs):',
    en: 'Record your decision, with its date and reference, through your own link (no sign-in needed):',
  },
  'meeting.submitDocument': {
    sv: 'Lämna handlingarna via din egen länk (ingen inloggning behövs):',
    en: 'Hand in the documents through your own link (no sign-in needed):',
  },
};

const byReply: Record<Language, string> = {
  sv: 'Du kan också svara på detta mejl: svaret och dess bilagor kommer då fram och registreras.',
  en: 'You can also reply to this e-mail: your reply and its attachments then reach us and are recorded.',
};

/** The paragraphs an asking mail gains: the link, and that a reply to the mail counts too. */
export const personalLinkParagraphs = (act: PersonalAct, url: string, language: Language): string[] => [
  `${invitations[act][language]} ${url}`,
  byReply[language],
];
