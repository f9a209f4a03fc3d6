import type { IsoDate } from '../calendar/dates';

/**
 * Which calendar event a mail carries, as the workflow that sends it knows it: the same `uid` in every mail about
 * the same event (this round's deadline for this organisation, the end of this guideline's validity), so that a
 * recipient's calendar keeps one event, and a `sequence` that grows with every change to it (RFC 5545), so that
 * the latest mail wins.
 */
export interface CalendarRef {
  uid: string;
  sequence: number;
}

/** An all-day event as a mail attaches it; a cancelled one removes the event with the same uid. */
export interface CalendarEvent extends CalendarRef {
  date: IsoDate;
  title: string;
  description: string;
  cancelled?: boolean;
}

const UID_DOMAIN = 'guideline-engine';

// Workflow IDs are slashes and slugs; other parts (an organisation's id) are free text, escaped to stay one token.
const part = (p: string | number) => encodeURIComponent(String(p)).replace(/%2F/g, '/');

/** The uid of an event of a workflow, named by what it is: `calendarUid(roundId, 'deadline', organisationId)`. */
export function calendarUid(workflowId: string, ...event: Array<string | number>): string {
  return `${[workflowId, ...event].map(part).join('/')}@${UID_DOMAIN}`;
}
