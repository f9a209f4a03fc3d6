import { itemsMissingDocuments, MeetingEvent, MeetingInput } from '../../domain/meeting/meeting';
import type { Projection, UpcomingMail } from '../../domain/readModel';
import { addresseesOf } from '../kit/readModel';
import type { MeetingView } from './api';

/**
 * A meeting in the read model, on its date: the reminders still due to presenters whose documents are missing,
 * and the agenda to the members (and the missing documents to the secretary) until it has gone.
 */
export function meetingProjection(view: MeetingView, input: MeetingInput, ahead: MeetingEvent[]): Projection<MeetingView> {
  const missing = itemsMissingDocuments(view.items);
  const upcoming: UpcomingMail[] = ahead.flatMap((event): UpcomingMail[] => {
    switch (event.kind) {
      case 'presenter-reminder':
        return view.sentPresenterReminders.includes(event.at)
          ? []
          : [{ at: event.at, purpose: 'document-reminder', to: addresseesOf(missing.map((i) => i.presenter)) }];
      case 'agenda':
        if (view.agendaPublished) return [];
        return [
          { at: event.at, purpose: 'agenda-published', to: view.items.length ? addresseesOf(input.members) : [] },
          { at: event.at, purpose: 'documents-missing', to: missing.length ? addresseesOf([input.secretary]) : [] },
        ];
      case 'start':
        return [];
    }
  });
  return {
    workflowId: view.meetingId,
    kind: 'meeting',
    title: `${view.body} ${view.date}`,
    status: view.status,
    body: view.body,
    dueOn: view.date,
    view,
    upcoming: upcoming.filter((m) => m.to.length),
  };
}
