import { z } from 'zod';
import { DateTime } from 'luxon';

/** Every date in the domain is a Swedish calendar date; every instant is computed in this zone. */
export const TIME_ZONE = 'Europe/Stockholm';

/** A calendar date, `YYYY-MM-DD`; rejects dates that do not exist, such as 2026-02-30. */
export const isoDate = z.iso.date({ error: 'must be an existing calendar date written YYYY-MM-DD' });
export type IsoDate = z.infer<typeof isoDate>;

/** A local time of day, `HH:MM` or `HH:MM:SS`. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { error: 'must be a time of day written HH:MM' });

export function addDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: TIME_ZONE }).plus({ days }).toISODate()!;
}

/** The same day `months` later; the 31st becomes the month's last day where it has fewer. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return DateTime.fromISO(date, { zone: TIME_ZONE }).plus({ months }).toISODate()!;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return DateTime.fromISO(to, { zone: TIME_ZONE }).diff(DateTime.fromISO(from, { zone: TIME_ZONE }), 'days').days;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return DateTime.fromISO(date, { zone: TIME_ZONE }).weekday;
}

/** The UTC instant (ISO string) of a local date and time in Stockholm, daylight saving included. */
export function stockholmInstant(date: IsoDate, time = '00:00'): string {
  const [hour, minute, second = 0] = time.split(':').map(Number);
  return DateTime.fromISO(date, { zone: TIME_ZONE }).set({ hour, minute, second }).toUTC().toISO()!;
}

/** The Stockholm calendar date of an instant given in epoch milliseconds. */
export function stockholmDate(epochMs: number): IsoDate {
  return DateTime.fromMillis(epochMs, { zone: TIME_ZONE }).toISODate()!;
}
