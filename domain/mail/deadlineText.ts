import type { StatedDeadline } from '../calendar/deadlineRule';
import { dayOfMonthOf, monthOf, yearOf } from '../calendar/dayNumbers';
import { weekday } from '../calendar/dates';
import { formatDate, Language } from './letter';

const WEEKDAYS: Record<Language, readonly string[]> = {
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS: Record<Language, readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "måndag 28 december 2026", "Monday 28 December 2026"; without the year when `withYear` is false. */
export function formatDayAndDate(date: string, language: Language, withYear = true): string {
  const text = `${WEEKDAYS[language][weekday(date) - 1]} ${dayOfMonthOf(date)} ${MONTHS[language][monthOf(date) - 1]}`;
  return withYear ? `${text} ${yearOf(date)}` : text;
}

const MOVED_FROM: Record<Language, string> = { sv: 'flyttad från', en: 'moved from' };

/**
 * A deadline as a mail's text states it. One the rule moved off a day off names both days, with their weekdays,
 * so that the reader sees why: "måndag 28 december 2026, flyttad från lördag 26 december". One it did not move
 * reads as every other date does.
 */
export function deadlineText({ deadline, movedFrom }: StatedDeadline, language: Language): string {
  if (movedFrom === undefined) return formatDate(deadline, language);
  const from = formatDayAndDate(movedFrom, language, yearOf(movedFrom) !== yearOf(deadline));
  return `${formatDayAndDate(deadline, language)}, ${MOVED_FROM[language]} ${from}`;
}
