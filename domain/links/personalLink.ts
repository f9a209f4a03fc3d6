import type { Act } from '../access';

/**
 * What an organisation can do through a personal link, without an account: each is the act a member of staff
 * would do on its behalf, and runs the same Update. A link is scoped to one of these acts, one workflow, one
 * organisation and the contact it was mailed to (for a meeting's documents: that presenter's items).
 */
export const personalActs = [
  'consultation.answer',
  'implementation.confirm',
  'followUp.submit',
  'principals.record',
  'meeting.submitDocument',
] as const satisfies readonly Act[];
export type PersonalAct = (typeof personalActs)[number];

/** What a mail asks of its recipient: the act, and on behalf of which organisation. */
export interface Ask {
  act: PersonalAct;
  organisationId: string;
}

/** One link: the ask, where it is asked, and to whom the mail went. */
export interface LinkScope extends Ask {
  workflowId: string;
  contact: { name: string; email: string };
}

/** What the mail path needs to put a personal link in an asking mail. */
export interface LinkSettings {
  /** Where people reach the pages; a link is `<publicUrl>/l/<token>`. */
  publicUrl: string;
  /** What tokens are derived from: every process that mails links shares it. */
  secret: Uint8Array;
  /** The inbound listener's address: a reply goes to `local+<token>@domain`. */
  replyAddress: string;
}

/** The same scope gives the same key, whatever the case of the address: invitation and reminders carry one link. */
export const scopeKey = (scope: LinkScope): string =>
  [scope.act, scope.workflowId, scope.organisationId, scope.contact.email.toLowerCase()].join('|');
