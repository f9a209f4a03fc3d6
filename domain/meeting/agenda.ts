import type { IsoDate } from '../calendar/dates';
import type { ResponsibleBody } from '../guideline/guideline';
import type { AgendaItem, MeetingStatus, SubmitDocuments } from './meeting';

/** A meeting as the rules on its agenda see it; `status` is the one at this moment (see `meetingStatusAt`). */
export interface AgendaState {
  body: ResponsibleBody;
  date: IsoDate;
  status: MeetingStatus;
  items: ReadonlyArray<Pick<AgendaItem, 'itemId'>>;
}

/** "VVG 2034-12-15", as the minutes name a meeting. */
export const meetingName = (m: { body: string; date: string }) => `${m.body} ${m.date}`;

export const notOnAgenda = (m: { body: string; date: string }, itemId: string) =>
  `itemId: '${itemId}' is not on the agenda of ${meetingName(m)}`;

const isHeld = (m: AgendaState) => m.status === 'held' || m.status === 'closed';
const onAgenda = (m: AgendaState, itemId: string) => m.items.some((i) => i.itemId === itemId);

/** What the meeting refuses of a new item; shared by the Update's validator and the client. */
export function addItemProblem(m: AgendaState, item: Pick<AgendaItem, 'itemId'>): string | undefined {
  if (isHeld(m)) return `meeting: ${meetingName(m)} has already been held; put the item on a later meeting`;
  if (onAgenda(m, item.itemId)) return `itemId: '${item.itemId}' is already on the agenda`;
  return undefined;
}

/** What the meeting refuses of documents handed in; shared by the Update's validator and the client. */
export function submitDocumentsProblem(m: AgendaState, submission: Pick<SubmitDocuments, 'itemId'>): string | undefined {
  if (isHeld(m)) return `meeting: ${meetingName(m)} has already been held`;
  if (!onAgenda(m, submission.itemId)) return notOnAgenda(m, submission.itemId);
  return undefined;
}
