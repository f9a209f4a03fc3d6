import { DAY_MS } from './dayNumbers';

/** Every date in the domain is a Swedish calendar date; every instant is computed in this zone. */
export const TIME_ZONE = 'Europe/Stockholm';

const MINUTE_MS = 60_000;

// Built once: creating a DateTimeFormat costs far more than formatting with it. The runtime's zone data decide
// the offsets, as they did when luxon asked the same API.
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });
const OFFSET_TEXT = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/;

function askedOffsetMinutes(epochMs: number): number {
  const [, sign, hours, minutes, seconds = '0'] = OFFSET_TEXT.exec(offsetFormat.format(epochMs)) ?? [];
  if (!sign) return 0;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes) + Number(seconds) / 60);
}

// Formatting costs microseconds, so each UTC day is asked about once: a day that starts and ends with the same
// offset keeps it throughout, as no zone changes its offset twice within a day. On the two days a year when the
// clocks change (null here), each instant is asked about. Cleared when full, to bound a long-lived workflow's memory.
const offsetByUtcDay = new Map<number, number | null>();
const MAX_REMEMBERED_DAYS = 1000;

/** Stockholm's offset from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
export function stockholmOffsetMinutes(epochMs: number): number {
  const utcDay = Math.floor(epochMs / DAY_MS);
  let offset = offsetByUtcDay.get(utcDay);
  if (offset === undefined) {
    if (offsetByUtcDay.size >= MAX_REMEMBERED_DAYS) offsetByUtcDay.clear();
    const first = askedOffsetMinutes(utcDay * DAY_MS);
    offset = first === askedOffsetMinutes((utcDay + 1) * DAY_MS - 1) ? first : null;
    offsetByUtcDay.set(utcDay, offset);
  }
  return offset ?? askedOffsetMinutes(epochMs);
}

/**
 * The instant and offset of a wall-clock time (`localMs`: the wall time read as if it were UTC), starting from a
 * guessed offset. This is luxon's rule, kept so that results stay as they were: a time skipped when the clocks
 * go forward is read with the earlier offset (02:30 becomes 03:30 summer time); a time that occurs twice when
 * they go back keeps the guessed offset when it fits.
 */
function instantOfWallTime(localMs: number, guessMinutes: number): { epochMs: number; offsetMinutes: number } {
  const first = localMs - guessMinutes * MINUTE_MS;
  const found = stockholmOffsetMinutes(first);
  if (found === guessMinutes) return { epochMs: first, offsetMinutes: found };
  const second = first - (found - guessMinutes) * MINUTE_MS;
  const foundAgain = stockholmOffsetMinutes(second);
  if (foundAgain === found) return { epochMs: second, offsetMinutes: found };
  return { epochMs: localMs - Math.min(found, foundAgain) * MINUTE_MS, offsetMinutes: Math.max(found, foundAgain) };
}

// Only where the search starts: Stockholm's midnight always exists exactly once, so any guess finds it.
const STANDARD_OFFSET_MINUTES = 60;

/** The instant (epoch ms) of a time of day, given in milliseconds after midnight, on a Stockholm day. */
export function stockholmEpochMs(dayNumber: number, msOfDay: number): number {
  const midnightMs = dayNumber * DAY_MS;
  const midnight = instantOfWallTime(midnightMs, STANDARD_OFFSET_MINUTES);
  return msOfDay === 0 ? midnight.epochMs : instantOfWallTime(midnightMs + msOfDay, midnight.offsetMinutes).epochMs;
}

/** The day number of the Stockholm date at an instant. */
export function stockholmDayNumber(epochMs: number): number {
  return Math.floor((epochMs + stockholmOffsetMinutes(epochMs) * MINUTE_MS) / DAY_MS);
}
