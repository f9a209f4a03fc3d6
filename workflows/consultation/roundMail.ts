import type { ConsultationRoundInput, ExtendDeadline, Recipient } from '../../domain/consultation/consultation';
import type { ConsultationMailSpec } from '../../domain/consultation/mailTexts';
import type { ConsultationProgress } from '../../domain/consultation/progress';

/** What a round's mails say, from its input and the state at the moment they are sent. */
export function roundMail(input: ConsultationRoundInput) {
  const document = {
    guidelineId: input.guidelineId,
    documentTitle: input.document.title,
    version: input.document.version,
    link: input.document.link,
  };
  const owner = { processOwnerName: input.processOwner.name, processOwnerEmail: input.processOwner.email };
  return {
    invitation: (r: Recipient, deadline: string): ConsultationMailSpec => ({
      template: 'consultation-invitation',
      ...document,
      deadline,
      ...owner,
      organisationName: r.organisationName,
    }),
    reminder: (r: Recipient, deadline: string, daysLeft: number): ConsultationMailSpec => ({
      template: 'consultation-reminder',
      ...document,
      deadline,
      ...owner,
      organisationName: r.organisationName,
      daysLeft,
    }),
    deadlineExtended: (r: Recipient, previousDeadline: string, extension: ExtendDeadline): ConsultationMailSpec => ({
      template: 'consultation-deadline-extended',
      ...document,
      previousDeadline,
      deadline: extension.deadline,
      reason: extension.reason,
      organisationName: r.organisationName,
    }),
    /** Who has answered by `deadline`, per progress group, naming those who have not. */
    summary: (deadline: string, p: ConsultationProgress, recipients: Recipient[]): ConsultationMailSpec => {
      const names = new Map(recipients.map((r) => [r.organisationId, r.organisationName]));
      return {
        template: 'consultation-summary',
        guidelineId: input.guidelineId,
        documentTitle: input.document.title,
        version: input.document.version,
        deadline,
        total: p.total,
        answered: p.answered,
        late: p.late,
        byGroup: p.byGroup.map((g) => ({
          group: g.group,
          total: g.total,
          answered: g.answered,
          notAnswered: g.notAnswered.map((id) => names.get(id) ?? id),
        })),
      };
    },
  };
}
