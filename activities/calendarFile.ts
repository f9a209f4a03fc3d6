import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { addDays, IsoDate } from '../domain/calendar/dates';
import type { CalendarEvent } from '../domain/mail/calendarEvent';

// An all-day event's dates are written as they are (DTSTART;VALUE=DATE): read as UTC, no zone shifts them.
export const dateOnly = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** PUBLISH for an event to keep, CANCEL for one to take out: the method the attachment's content type names too. */
export const calendarMethod = (event: CalendarEvent) => (event.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH);

/**
 * The iCalendar file of one all-day event (RFC 5545, lines folded at 75 octets). Every mail about the same event
 * carries its uid, with the sequence its sender gives it, so a recipient's calendar updates the one event rather
 * than adding another; a cancellation names the recipient, as iTIP asks of one.
 */
export function calendarFile(
  event: CalendarEvent,
  mail: { organizer: string; recipient: { name: string; email: string }; sentAt: Date },
): string {
  const calendar = ical({ prodId: '//guideline-engine//riktlinjer//SV', name: 'Riktlinjer', method: calendarMethod(event) });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp: mail.sentAt,
    allDay: true,
    start: dateOnly(event.date),
    end: dateOnly(addDays(event.date, 1)),
    summary: event.title,
    description: event.description,
    organizer: mail.organizer,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    attendees: event.cancelled ? [{ name: mail.recipient.name, email: mail.recipient.email }] : [],
  });
  return calendar.toString();
}
