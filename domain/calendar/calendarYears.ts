import { civilDate, dayNumberOf, isLeapYear, weekdayOf } from './dayNumbers';
import { DAY_OFF_NAMES, DAYS_OFF_BY_YEAR, FIRST_TABLE_YEAR, LAST_TABLE_YEAR } from './swedishDaysOff';

/** One year of the Swedish calendar, as arrays indexed by the day of the year (0 is 1 January). */
export interface CalendarYear {
  year: number;
  /** The day number of 1 January. */
  start: number;
  /** Per day: its day off's index in DAY_OFF_NAMES plus one, or 0 when it is no day off. */
  dayOff: Uint8Array;
  /** The days that are business days, in order. */
  businessDays: Uint16Array;
  /** Per day, and one past the last: how many business days of the year come before it. */
  businessDaysBefore: Uint16Array;
}

const CODE_LENGTH = 2;

/**
 * Years outside the table have no holidays, only weekends: the accepted dates (2000–2199) and the offsets the
 * schemas allow never reach them, and a plain weekday rule keeps every function total there.
 */
function daysOffOf(year: number, length: number): Uint8Array {
  const dayOff = new Uint8Array(length);
  if (year < FIRST_TABLE_YEAR || year > LAST_TABLE_YEAR) return dayOff;
  const codes = DAYS_OFF_BY_YEAR[year - FIRST_TABLE_YEAR];
  DAY_OFF_NAMES.forEach((_, name) => {
    const dayOfYear = parseInt(codes.slice(name * CODE_LENGTH, (name + 1) * CODE_LENGTH), 36);
    if (dayOfYear) dayOff[dayOfYear - 1] = name + 1;
  });
  return dayOff;
}

function build(year: number): CalendarYear {
  const start = dayNumberOf(year, 1, 1);
  const length = isLeapYear(year) ? 366 : 365;
  const dayOff = daysOffOf(year, length);
  const businessDaysBefore = new Uint16Array(length + 1);
  const businessDays: number[] = [];
  for (let day = 0; day < length; day++) {
    if (dayOff[day] === 0 && weekdayOf(start + day) <= 5) businessDays.push(day);
    businessDaysBefore[day + 1] = businessDays.length;
  }
  return { year, start, dayOff, businessDays: Uint16Array.from(businessDays), businessDaysBefore };
}

// Built on first use: a workflow pays only for the few years it asks about, about 1.5 kB each.
const years = new Map<number, CalendarYear>();

export function calendarYear(year: number): CalendarYear {
  let built = years.get(year);
  if (!built) {
    built = build(year);
    years.set(year, built);
  }
  return built;
}

export function calendarYearOf(dayNumber: number): CalendarYear {
  return calendarYear(civilDate(dayNumber).year);
}
