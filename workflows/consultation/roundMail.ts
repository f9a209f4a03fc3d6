import type { StatedDeadline } from '../../domain/calendar/deadlineRule';
import type { ConsultationRoundInput, Recipient } from '../../domain/consultation/consultation';
import type { ConsultationMailSpec } from '../../domain/consultation/mailTexts';
import type { ConsultationProgress } from '../../domain/consultation/progress';
import type { CalendarRef } from '../../domain/mail/calendarEvent';

/**
 * What a round's mails say, from its input and the state at the moment they are sent: the deadline as it stands,
 * and the calendar event of each organisation's deadline.
 */
export function roundMail(input: ConsultationRoundInput) {
  const document = {
    guidelineId: input.guidelineId,
    documentTitle: input.document.title,
    version: input.document.version,
  };
  const linked = { ...document, link: input.document.link };
  const owner = { processOwnerName: input.processOwner.name, processOwnerEmail: input.processOwner.email };
  return {
    invitation: (r: Recipient, deadline: StatedDeadline, calendar: CalendarRef): ConsultationMailSpec => ({
      template: 'consultation-invitation',
      ...linked,
      ...deadline,
      ...owner,
      organisationName: r.organisationName,
      calendar,
    }),
    reminder: (r: Recipient, deadline: StatedDeadline, daysLeft: number, calendar: CalendarRef): ConsultationMailSpec => ({
      template: 'consultation-reminder',
      ...linked,
      ...deadline,
      ...owner,
      organisationName: r.organisationName,
      daysLeft,
      calendar,
    }),
    deadlineExtended: (
      r: Recipient,
      previousDeadline: string,
      deadline: StatedDeadline,
      reason: string,
      calendar: CalendarRef,
    ): ConsultationMailSpec => ({
      template: 'consultation-deadline-extended',
      ...linked,
      previousDeadline,
      ...deadline,
      reason,
      organisationName: r.organisationName,
      calendar,
    }),
    /** To an organisation withdrawn from the round: its deadline leaves its calendar. */
    withdrawn: (r: Recipient, deadline: StatedDeadline, reason: string, calendar: CalendarRef): ConsultationMailSpec => ({
      template: 'consultation-withdrawn',
      ...document,
      ...deadline,
      reason,
      organisationName: r.organisationName,
      calendar,
    }),
    /** To every organisation still invited when the round closes before its deadline. */
    closed: (r: Recipient, deadline: StatedDeadline, reason: string | undefined, calendar: CalendarRef): ConsultationMailSpec => ({
      template: 'consultation-closed',
      ...document,
      ...deadline,
      ...(reason ? { reason } : {}),
      organisationName: r.organisationName,
      calendar,
    }),
    /** Who has answered by the deadline, per progress group, naming those who have not. */
    summary: (deadline: StatedDeadline, p: ConsultationProgress, recipients: Recipient[]): ConsultationMailSpec => {
      const names = new Map(recipients.map((r) => [r.organisationId, r.organisationName]));
      return {
        template: 'consultation-summary',
        ...document,
        ...deadline,
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
