import { createEvent } from 'ics';
import { addDays, IsoDate } from '../domain/calendar/dates';

const parts = (date: IsoDate): [number, number, number] => date.split('-').map(Number) as [number, number, number];

/** An all-day iCalendar event for the date that matters; the uid keeps a re-sent invitation one event. */
export function allDayEvent(event: { uid: string; date: IsoDate; title: string; description: string }): string {
  const { error, value } = createEvent({
    uid: event.uid,
    start: parts(event.date),
    end: parts(addDays(event.date, 1)),
    title: event.title,
    description: event.description,
    productId: 'guideline-engine',
    calName: 'Riktlinjer',
  });
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return value;
}
