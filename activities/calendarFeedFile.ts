import ical from 'ical-generator';
import { addDays } from '../domain/calendar/dates';
import type { FeedEvent } from '../domain/calendarFeed/feedEvents';
import { dateOnly } from './calendarFile';

/** How often a subscribed calendar is asked to look again (REFRESH-INTERVAL and X-PUBLISHED-TTL): hourly. */
const REFRESH_SECONDS = 3600;

/**
 * A subscribed calendar's file (RFC 5545, lines folded at 75 octets): each event with the uid and sequence its mails
 * carry, so that a calendar program that saw an earlier version moves the event rather than adding another. An
 * event the feed no longer lists is gone from it at the next refresh. Timed events are written in UTC.
 */
export function calendarFeedFile(name: string, events: readonly FeedEvent[], now: Date): string {
  const calendar = ical({ prodId: '//guideline-engine//riktlinjer//SV', name, ttl: REFRESH_SECONDS });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: event.revisedAt ? new Date(event.revisedAt) : now,
      ...(event.startsAt
        ? { start: new Date(event.startsAt) }
        : { allDay: true, start: dateOnly(event.date), end: dateOnly(addDays(event.date, 1)) }),
      summary: event.title,
      ...(event.description ? { description: event.description } : {}),
    });
  }
  return calendar.toString();
}
