import ICAL from 'ical.js';

/** What a calendar file says, read by an independent parser (ical.js), not by the library that wrote it. */
export interface ReadEvent {
  method: string;
  uid: string;
  sequence: number;
  /** DTSTART of an all-day event, YYYY-MM-DD. */
  start: string;
  end: string;
  allDay: boolean;
  status: string;
  summary: string;
  description: string;
  organizer: string;
  attendees: string[];
}

export function readCalendarFile(text: string): ReadEvent {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== 1) throw new Error(`expected one event, found ${events.length}`);
  const [event] = events;
  const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
  const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: start.toString(),
    end: end.toString(),
    allDay: start.isDate,
    status: String(event.getFirstPropertyValue('status')),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    organizer: String(event.getFirstPropertyValue('organizer')),
    attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
  };
}

/** The longest line of a file in octets, without its line break: RFC 5545 asks for at most 75. */
export const longestLineOctets = (text: string) => Math.max(...text.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8')));

/** One event of a subscribed calendar, as an independent parser reads it back. */
export interface FeedReadEvent {
  uid: string;
  sequence: number;
  /** An all-day event's day (YYYY-MM-DD), or a timed one's start in UTC (YYYY-MM-DDTHH:MM:SSZ). */
  start: string;
  allDay: boolean;
  summary: string;
}

/** What a calendar feed says, read by ical.js: its name, its refresh hints and its events in the order written. */
export function readCalendarFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: FeedReadEvent[] = calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      sequence: Number(event.getFirstPropertyValue('sequence')),
      start: start.toString(),
      allDay: start.isDate,
      summary: String(event.getFirstPropertyValue('summary')),
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    refreshInterval: String(calendar.getFirstPropertyValue('refresh-interval')),
    publishedTtl: String(calendar.getFirstPropertyValue('x-published-ttl')),
    events,
  };
}
