import type { Contact } from '../../domain/directory/contact';
import { calendarUid } from '../../domain/mail/calendarEvent';
import type { AgendaItem, MeetingInput, MeetingSchedule } from '../../domain/meeting/meeting';
import { mailToContacts } from '../kit/mail';

const sameAddress = (a: Contact, b: Contact) => a.email.toLowerCase() === b.email.toLowerCase();

/**
 * What a meeting's mails say and to whom, each message keyed by the meeting, its purpose and the recipient. Its
 * document deadline and its day are one calendar event each, whichever mail carries them.
 */
export function meetingMail(workflowId: string, input: MeetingInput, schedule: MeetingSchedule) {
  const meeting = { body: input.body, date: input.date };
  return {
    /** One reminder to each presenter whose documents are missing, listing their items. */
    presenterReminders: (at: string, missing: AgendaItem[]) =>
      mailToContacts(
        { workflowId, purpose: 'document-reminder', event: at, dueAt: at },
        missing.map((i) => i.presenter),
        (to) => ({
          template: 'document-reminder',
          meeting,
          documentDeadline: schedule.documentDeadline,
          itemTitles: missing.filter((i) => sameAddress(i.presenter, to)).map((i) => i.title),
          secretaryName: input.secretary.name,
          secretaryEmail: input.secretary.email,
          calendar: { uid: calendarUid(workflowId, 'document-deadline'), sequence: 0 },
        }),
      ),

    /** The agenda to the members, and to the secretary the items whose documents are still missing. */
    agenda: (items: AgendaItem[], missing: AgendaItem[]) => {
      const occasion = { workflowId, dueAt: schedule.agendaPublishedAt };
      return [
        // An empty agenda tells members nothing they need.
        ...mailToContacts({ ...occasion, purpose: 'agenda' }, items.length ? input.members : [], {
          template: 'agenda-published',
          meeting,
          startsAt: input.startsAt,
          calendar: { uid: calendarUid(workflowId, 'meeting'), sequence: 0 },
          items: items.map((i) => ({
            title: i.title,
            kind: i.kind,
            minutes: i.minutes,
            presenterName: i.presenter.name,
            documents: i.documents,
          })),
        }),
        ...(missing.length
          ? mailToContacts({ ...occasion, purpose: 'documents-missing' }, [input.secretary], {
              template: 'documents-missing',
              meeting,
              documentDeadline: schedule.documentDeadline,
              items: missing.map((i) => ({ title: i.title, presenterName: i.presenter.name, presenterEmail: i.presenter.email })),
            })
          : []),
      ];
    },
  };
}
