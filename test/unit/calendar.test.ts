import { inQuietPeriod, isBusinessDay, JULY, QuietPeriod, quietPeriodSchema, swedishHoliday } from '../../domain/calendar';
import { weekday } from '../../domain/dates';

describe('swedishHoliday and isBusinessDay: days off', () => {
  test.each([
    // 2026
    ['2026-01-01', 'nyårsdagen', "New Year's Day"],
    ['2026-01-06', 'trettondedag jul', 'Epiphany'],
    ['2026-04-03', 'långfredagen', 'Good Friday'],
    ['2026-04-05', 'påskdagen', 'Easter Sunday'],
    ['2026-04-06', 'annandag påsk', 'Easter Monday'],
    ['2026-05-01', 'första maj', '1 May'],
    ['2026-05-14', 'Kristi himmelsfärdsdag', 'Ascension Day'],
    ['2026-05-24', 'pingstdagen', 'Whit Sunday'],
    ['2026-06-06', 'nationaldagen', 'National Day'],
    ['2026-06-19', 'midsommarafton', 'Midsummer Eve'],
    ['2026-06-20', 'midsommardagen', 'Midsummer Day'],
    ['2026-10-31', 'alla helgons dag', "All Saints' Day (Saturday 31 October)"],
    ['2026-12-24', 'julafton', 'Christmas Eve'],
    ['2026-12-25', 'juldagen', 'Christmas Day'],
    ['2026-12-26', 'annandag jul', 'Boxing Day'],
    ['2026-12-31', 'nyårsafton', "New Year's Eve"],
    // 2027: All Saints' Day at the other end of its window
    ['2027-03-26', 'långfredagen', 'Good Friday'],
    ['2027-03-29', 'annandag påsk', 'Easter Monday'],
    ['2027-05-06', 'Kristi himmelsfärdsdag', 'Ascension Day'],
    ['2027-06-25', 'midsommarafton', 'Midsummer Eve'],
    ['2027-06-26', 'midsommardagen', 'Midsummer Day'],
    ['2027-11-06', 'alla helgons dag', "All Saints' Day (Saturday 6 November)"],
    // 2030
    ['2030-01-01', 'nyårsdagen', "New Year's Day"],
    ['2030-01-06', 'trettondedag jul', 'Epiphany'],
    ['2030-04-19', 'långfredagen', 'Good Friday'],
    ['2030-04-21', 'påskdagen', 'Easter Sunday'],
    ['2030-04-22', 'annandag påsk', 'Easter Monday'],
    ['2030-05-01', 'första maj', '1 May'],
    ['2030-05-30', 'Kristi himmelsfärdsdag', 'Ascension Day'],
    ['2030-06-06', 'nationaldagen', 'National Day'],
    ['2030-06-09', 'pingstdagen', 'Whit Sunday'],
    ['2030-06-21', 'midsommarafton', 'Midsummer Eve'],
    ['2030-06-22', 'midsommardagen', 'Midsummer Day'],
    ['2030-11-02', 'alla helgons dag', "All Saints' Day"],
    ['2030-12-24', 'julafton', 'Christmas Eve'],
    ['2030-12-25', 'juldagen', 'Christmas Day'],
    ['2030-12-26', 'annandag jul', 'Boxing Day'],
    ['2030-12-31', 'nyårsafton', "New Year's Eve"],
  ])('%s is %s (%s), not a business day', (date, name) => {
    expect(swedishHoliday(date)).toBe(name);
    expect(isBusinessDay(date)).toBe(false);
  });
});

describe('swedishHoliday and isBusinessDay: working days', () => {
  test.each([
    ['2026-01-02', 'the Friday after New Year'],
    ['2026-01-05', 'Epiphany Eve'],
    ['2026-01-13', "Saint Knut's Day"],
    ['2026-04-02', 'Maundy Thursday'],
    ['2026-04-07', 'the Tuesday after Easter'],
    ['2026-04-30', 'Walpurgis Eve'],
    ['2026-05-15', 'the Friday after Ascension'],
    ['2026-05-25', 'Whit Monday, no longer a holiday'],
    ['2026-06-05', 'the day before National Day'],
    ['2026-06-18', 'the day before Midsummer Eve'],
    ['2026-06-22', 'the Monday after Midsummer'],
    ['2026-07-15', 'a day in July'],
    ['2026-10-30', "All Saints' Eve"],
    ['2026-11-06', 'Gustavus Adolphus Day'],
    ['2026-12-23', 'the day before Christmas Eve'],
    ['2026-12-28', 'the Monday after Christmas'],
    ['2026-12-30', "the day before New Year's Eve"],
    ['2030-04-18', 'Maundy Thursday'],
    ['2030-04-23', 'the Tuesday after Easter'],
    ['2030-04-30', 'Walpurgis Eve'],
    ['2030-05-31', 'the Friday after Ascension'],
    ['2030-06-10', 'Whit Monday, no longer a holiday'],
    ['2030-06-20', 'the day before Midsummer Eve'],
    ['2030-11-01', "All Saints' Eve"],
    ['2030-12-23', 'the day before Christmas Eve'],
    ['2030-12-27', 'the Friday after Christmas'],
    ['2030-12-30', "the day before New Year's Eve"],
  ])('%s (%s) is a business day', (date) => {
    expect(weekday(date)).toBeLessThanOrEqual(5);
    expect(swedishHoliday(date)).toBeUndefined();
    expect(isBusinessDay(date)).toBe(true);
  });
});

describe('isBusinessDay: weekends', () => {
  test.each([
    ['2026-01-03', 'an ordinary Saturday'],
    ['2026-01-04', 'an ordinary Sunday'],
    ['2026-03-28', 'the Saturday before the spring DST change'],
    ['2026-03-29', 'the Sunday of the spring DST change'],
    ['2026-04-04', 'Easter Eve'],
    ['2026-07-04', 'a Saturday in July'],
    ['2026-10-25', 'the Sunday of the autumn DST change'],
    ['2026-12-27', 'the Sunday after Christmas'],
    ['2030-01-05', 'Epiphany Eve on a Saturday'],
    ['2030-04-20', 'Easter Eve'],
    ['2030-06-29', 'a Saturday'],
    ['2030-06-30', 'a Sunday'],
    ['2030-11-30', 'a Saturday'],
    ['2030-12-01', 'a Sunday'],
  ])('%s (%s) is not a business day and not a named day off', (date) => {
    expect(weekday(date)).toBeGreaterThanOrEqual(6);
    expect(swedishHoliday(date)).toBeUndefined();
    expect(isBusinessDay(date)).toBe(false);
  });
});

describe('inQuietPeriod', () => {
  const newYear: QuietPeriod = { name: 'jul och nyår', from: '12-20', to: '01-06' };
  const midsummerWeek: QuietPeriod = { from: '06-19', to: '06-25' };
  const oneDay: QuietPeriod = { from: '04-30', to: '04-30' };

  test('JULY is the whole of July', () => {
    expect(JULY).toEqual({ name: 'juli', from: '07-01', to: '07-31' });
    expect(quietPeriodSchema.parse(JULY)).toEqual(JULY);
  });

  test.each([
    ['2026-06-30', [JULY], false],
    ['2026-07-01', [JULY], true],
    ['2026-07-15', [JULY], true],
    ['2026-07-31', [JULY], true],
    ['2026-08-01', [JULY], false],
    ['2030-07-01', [JULY], true],
    ['2030-06-28', [JULY], false],
    ['2026-01-15', [JULY], false],
    ['2026-12-19', [newYear], false],
    ['2026-12-20', [newYear], true],
    ['2026-12-24', [newYear], true],
    ['2026-12-31', [newYear], true],
    ['2027-01-01', [newYear], true],
    ['2027-01-06', [newYear], true],
    ['2027-01-07', [newYear], false],
    ['2026-07-15', [newYear], false],
    ['2026-06-18', [midsummerWeek], false],
    ['2026-06-19', [midsummerWeek], true],
    ['2026-06-25', [midsummerWeek], true],
    ['2026-06-26', [midsummerWeek], false],
    ['2026-04-29', [oneDay], false],
    ['2026-04-30', [oneDay], true],
    ['2026-05-01', [oneDay], false],
    ['2026-07-15', [], false],
    ['2026-12-24', [], false],
    ['2026-07-15', [newYear, JULY], true],
    ['2026-12-24', [newYear, JULY], true],
    ['2026-09-15', [newYear, JULY], false],
    ['2028-02-29', [{ from: '02-29', to: '02-29' }], true],
    ['2028-02-29', [{ from: '02-01', to: '02-28' }], false],
  ])('inQuietPeriod(%s, %j) is %p', (date, periods, expected) => {
    expect(inQuietPeriod(date, periods)).toBe(expected);
  });
});

describe('quietPeriodSchema', () => {
  test.each([
    [{ from: '07-01', to: '07-31' }],
    [{ name: 'juli', from: '07-01', to: '07-31' }],
    [{ name: 'jul och nyår', from: '12-20', to: '01-06' }],
    [{ from: '01-01', to: '12-31' }],
    [{ from: '02-29', to: '02-29' }],
    [{ from: '10-10', to: '10-10' }],
  ])('accepts %j', (input) => {
    expect(quietPeriodSchema.parse(input)).toEqual(input);
  });

  test.each([
    [{ from: '13-01', to: '07-31' }, 'from'],
    [{ from: '00-01', to: '07-31' }, 'from'],
    [{ from: '7-1', to: '07-31' }, 'from'],
    [{ from: '07-1', to: '07-31' }, 'from'],
    [{ from: '07-01', to: '07-32' }, 'to'],
    [{ from: '07-01', to: '07-00' }, 'to'],
    [{ from: '07-01', to: '0731' }, 'to'],
    [{ from: '07-01', to: '07/31' }, 'to'],
    [{ from: '07-01', to: '2026-07-31' }, 'to'],
    [{ from: '07-01' }, 'to'],
    [{ to: '07-31' }, 'from'],
    [{ name: '', from: '07-01', to: '07-31' }, 'name'],
  ])('rejects %j, naming %s', (input, field) => {
    const result = quietPeriodSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  test('explains the MM-DD format', () => {
    const result = quietPeriodSchema.safeParse({ from: '7-1', to: '07-31' });
    expect(result.error?.issues[0].message).toBe('must be a day of the year written MM-DD');
  });
});
