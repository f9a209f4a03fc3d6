import { isBusinessDay, swedishHoliday } from '../../domain/calendar/businessDays';
import { FIRST_TABLE_YEAR, LAST_TABLE_YEAR } from '../../domain/calendar/swedishDaysOff';
import { dateHolidaysDaysOff } from '../../tools/dateHolidaysDaysOff';

/** Every day of a year as its date and ISO weekday, counted independently of the calendar under test. */
function* daysOf(year: number) {
  for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
    yield { date: day.toISOString().slice(0, 10), weekday: day.getUTCDay() || 7 };
  }
}

describe('the generated table of Swedish days off', () => {
  test('covers 1990–2300, so that accepted dates (2000–2199) and offsets of 25 years stay inside it', () => {
    expect(FIRST_TABLE_YEAR).toBeLessThanOrEqual(1990);
    expect(LAST_TABLE_YEAR).toBeGreaterThanOrEqual(2300);
  });

  test('gives, for every day of every year it covers, exactly the day off date-holidays gives, by name', () => {
    const mismatches: string[] = [];
    for (let year = FIRST_TABLE_YEAR; year <= LAST_TABLE_YEAR; year++) {
      const expected = dateHolidaysDaysOff(year);
      let daysOff = 0;
      for (const { date, weekday } of daysOf(year)) {
        const name = swedishHoliday(date);
        if (name) daysOff++;
        if (name !== expected.get(date)) mismatches.push(`${date}: ${name} instead of ${expected.get(date)}`);
        if (isBusinessDay(date) !== (weekday <= 5 && !expected.has(date))) mismatches.push(`${date}: isBusinessDay`);
      }
      if (daysOff !== expected.size) mismatches.push(`${year}: ${daysOff} days off instead of ${expected.size}`);
    }
    expect(mismatches).toEqual([]);
  });

  test.each([FIRST_TABLE_YEAR - 1, 1900, LAST_TABLE_YEAR + 1, 2500])(
    'outside the table, %i has no holidays: weekdays are business days',
    (year) => {
      for (const { date, weekday } of daysOf(year)) {
        expect(swedishHoliday(date)).toBeUndefined();
        expect(isBusinessDay(date)).toBe(weekday <= 5);
      }
    },
  );
});
