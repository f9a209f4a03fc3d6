import {
  addBusinessDays,
  inQuietPeriod,
  isBusinessDay,
  JULY,
  lastBusinessDayOutside,
  QuietPeriod,
  quietPeriodSchema,
  quietPeriodsSchema,
  subtractBusinessDays,
  swedishHoliday,
} from '../../domain/calendar/businessDays';
import { weekday } from '../../domain/calendar/dates';

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
    [{ from: '09-02', to: '12-30' }],
    [{ from: '11-03', to: '03-01' }],
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
    [{ from: '02-30', to: '03-31' }, 'from'],
    [{ from: '04-01', to: '04-31' }, 'to'],
  ])('rejects %j, naming %s', (input, field) => {
    const result = quietPeriodSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  test.each([[{ from: '7-1', to: '07-31' }], [{ from: '02-30', to: '03-31' }]])('explains the MM-DD format: %j', (input) => {
    const result = quietPeriodSchema.safeParse(input);
    expect(result.error?.issues[0].message).toBe('must be a day of the year written MM-DD');
  });
});

describe('quietPeriodsSchema: quiet periods leave business days', () => {
  const month = (mm: string): QuietPeriod => ({ from: `${mm}-01`, to: `${mm}-10` });

  test.each([
    [[]],
    [[JULY]],
    [[JULY, { name: 'jul och nyår', from: '12-20', to: '01-06' }]],
    [['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map(month)],
    [
      [
        { from: '09-02', to: '12-30' },
        { from: '10-01', to: '10-31' },
      ],
    ],
    [[JULY, JULY, JULY]],
  ])('accepts %j', (input) => {
    expect(quietPeriodsSchema.parse(input)).toEqual(input);
  });

  const TOGETHER = 'quiet periods may cover at most 120 days of the year together, so that business days remain';

  test.each([
    [['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '12'].map(month), 'at most 12 quiet periods'],
    [[{ from: '01-01', to: '12-31' }], TOGETHER],
    [[{ from: '09-01', to: '12-30' }], TOGETHER],
    [[{ from: '11-02', to: '03-01' }], TOGETHER],
    [[{ from: '07-02', to: '07-01' }], TOGETHER],
    [
      [
        { from: '01-01', to: '04-29' },
        { from: '12-31', to: '12-31' },
      ],
      TOGETHER,
    ],
    [[JULY, { from: '08-01', to: '08-31' }, { from: '06-01', to: '06-30' }, { from: '12-01', to: '12-31' }], TOGETHER],
  ])('rejects %j: %s', (input, message) => {
    const result = quietPeriodsSchema.safeParse(input);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['', message]]);
  });

  test('names a malformed period by its place in the list', () => {
    const result = quietPeriodsSchema.safeParse([JULY, { from: '02-30', to: '03-31' }]);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['1.from']);
  });
});

describe('subtractBusinessDays', () => {
  test.each([
    // Plain weeks in 2031; 2031-02-28 is a Friday and February has no days off.
    ['2031-03-05', 1, '2031-03-04', 'Wednesday to Tuesday'],
    ['2031-03-03', 1, '2031-02-28', 'Monday back over the weekend'],
    ['2031-03-01', 1, '2031-02-28', 'from a Saturday'],
    ['2031-03-02', 1, '2031-02-28', 'from a Sunday'],
    ['2031-03-07', 5, '2031-02-28', 'a whole week'],
    ['2031-02-28', 3, '2031-02-25', 'three days, the default last reminder'],
    ['2031-02-28', 14, '2031-02-10', 'fourteen days'],
    ['2031-02-28', 30, '2031-01-17', 'thirty days, clear of Epiphany'],
    // Easter 2031: Good Friday 04-11, Easter Sunday 04-13, Easter Monday 04-14; Maundy Thursday counts.
    ['2031-04-15', 1, '2031-04-10', 'Tuesday after Easter to Maundy Thursday'],
    ['2031-04-16', 2, '2031-04-10', 'over Easter, counting the Tuesday'],
    ['2031-04-22', 5, '2031-04-15', 'a week after Easter, landing on its Tuesday'],
    ['2031-04-22', 6, '2031-04-10', 'a week after Easter, over it'],
    ['2031-04-14', 1, '2031-04-10', 'from Easter Monday itself'],
    // Midsummer 2031: Eve Friday 06-20, Day Saturday 06-21; National Day Friday 06-06.
    ['2031-06-23', 1, '2031-06-19', 'Monday after Midsummer to the Thursday before it'],
    ['2031-06-24', 2, '2031-06-19', 'over Midsummer'],
    ['2031-06-20', 1, '2031-06-19', 'from Midsummer Eve itself'],
    ['2031-06-09', 1, '2031-06-05', 'over National Day on a Friday'],
    ['2031-06-26', 12, '2031-06-09', 'over Midsummer and back to the Whit Monday, a business day'],
    // Christmas 2030: Eve Tuesday, Day Wednesday, Boxing Day Thursday; New Year's Eve Tuesday, Day Wednesday 2031.
    ['2030-12-27', 1, '2030-12-23', 'the Friday after Christmas to the Monday before'],
    ['2030-12-30', 1, '2030-12-27', 'Monday to the Friday after Christmas'],
    ['2031-01-02', 2, '2030-12-27', "over New Year's Day and New Year's Eve"],
    ['2031-01-01', 1, '2030-12-30', "from New Year's Day itself"],
    ['2031-01-07', 1, '2031-01-03', 'over Epiphany on a Monday'],
    ['2031-01-17', 14, '2030-12-20', 'over Epiphany, New Year and Christmas'],
    ['2031-01-17', 10, '2031-01-02', 'to the first business day of the year'],
  ])('subtractBusinessDays(%s, %i) is %s (%s)', (date, n, expected) => {
    expect(subtractBusinessDays(date, n)).toBe(expected);
    expect(isBusinessDay(expected)).toBe(true);
  });

  test.each([
    ['2031-02-28', 30],
    ['2031-01-17', 14],
    ['2031-04-22', 6],
    ['2031-06-26', 12],
  ])('counts exactly %i business days strictly between the result and %s, the result included', (date, n) => {
    const result = subtractBusinessDays(date, n);
    let count = 0;
    for (let d = new Date(`${result}T12:00:00Z`); d.toISOString().slice(0, 10) < date; d.setUTCDate(d.getUTCDate() + 1)) {
      if (isBusinessDay(d.toISOString().slice(0, 10))) count++;
    }
    expect(count).toBe(n);
  });

  test.each([0, -1, 1.5, Number.NaN])('rejects n = %p', (n) => {
    expect(() => subtractBusinessDays('2031-02-28', n)).toThrow(RangeError);
  });
});

describe('lastBusinessDayOutside', () => {
  const newYear: QuietPeriod = { name: 'jul och nyår', from: '12-20', to: '01-06' };
  const midsummerWeek: QuietPeriod = { from: '06-19', to: '06-25' };

  test.each<[string, QuietPeriod[], string, string]>([
    ['2031-03-05', [JULY], '2031-03-05', 'a business day stays'],
    ['2031-03-01', [], '2031-02-28', 'a Saturday goes to Friday'],
    ['2031-03-02', [JULY], '2031-02-28', 'a Sunday goes to Friday'],
    ['2031-04-14', [], '2031-04-10', 'Easter Monday goes to Maundy Thursday'],
    ['2031-04-11', [], '2031-04-10', 'Good Friday goes to Maundy Thursday'],
    ['2031-06-21', [], '2031-06-19', 'Midsummer Day goes to the Thursday before Midsummer Eve'],
    ['2031-06-23', [midsummerWeek], '2031-06-18', 'a Midsummer week quiet period'],
    ['2031-07-15', [JULY], '2031-06-30', 'July goes to the last business day of June'],
    ['2031-07-01', [JULY], '2031-06-30', 'the first of July'],
    ['2031-07-15', [], '2031-07-15', 'July without quiet periods stays'],
    ['2031-08-01', [JULY], '2031-08-01', 'the first of August is outside July'],
    ['2031-08-03', [JULY], '2031-08-01', 'the first Sunday of August'],
    ['2031-12-27', [], '2031-12-23', 'Christmas 2031 goes to the Tuesday before'],
    ['2032-01-01', [], '2031-12-30', "New Year's Day and Eve go to the 30th"],
    ['2032-01-02', [], '2032-01-02', 'the Friday after New Year stays'],
    ['2032-01-06', [newYear], '2031-12-19', 'a quiet period over New Year, from its last day'],
    ['2031-12-20', [newYear], '2031-12-19', 'a quiet period over New Year, from its first day'],
    ['2031-12-19', [newYear], '2031-12-19', 'the day before a quiet period stays'],
    ['2031-07-20', [JULY, { from: '06-23', to: '06-30' }], '2031-06-19', 'two quiet periods in a row, then Midsummer'],
  ])('lastBusinessDayOutside(%s, %j) is %s (%s)', (date, periods, expected) => {
    expect(lastBusinessDayOutside(date, periods)).toBe(expected);
  });

  test('fails loudly, with a RangeError, when quiet periods that quietPeriodsSchema refuses leave no day', () => {
    expect(() => lastBusinessDayOutside('2031-03-05', [{ from: '01-01', to: '12-31' }])).toThrow(RangeError);
    expect(() => lastBusinessDayOutside('2031-03-05', [{ from: '01-01', to: '12-31' }])).toThrow(
      'no business day outside the quiet periods within 400 days before 2031-03-05',
    );
  });
});

describe('addBusinessDays', () => {
  test.each([
    // Plain weeks in 2031; 2031-02-28 is a Friday and March has no days off.
    ['2031-02-27', 1, '2031-02-28', 'Thursday to Friday'],
    ['2031-02-28', 1, '2031-03-03', 'Friday over the weekend to Monday'],
    ['2031-03-01', 1, '2031-03-03', 'from a Saturday'],
    ['2031-03-02', 1, '2031-03-03', 'from a Sunday'],
    ['2031-03-03', 5, '2031-03-10', 'a whole week'],
    ['2031-02-28', 20, '2031-03-28', 'twenty days, the last principal reminder'],
    // Easter 2031: Good Friday 04-11, Easter Sunday 04-13, Easter Monday 04-14.
    ['2031-04-10', 1, '2031-04-15', 'Maundy Thursday over Easter to its Tuesday'],
    ['2031-04-09', 2, '2031-04-15', 'over Easter, counting Maundy Thursday'],
    ['2031-04-11', 1, '2031-04-15', 'from Good Friday itself'],
    ['2031-04-14', 1, '2031-04-15', 'from Easter Monday itself'],
    ['2031-04-10', 6, '2031-04-22', 'a week over Easter'],
    // Easter 2020: Good Friday 04-10, Easter Monday 04-13; 1 May a Friday.
    ['2020-04-09', 1, '2020-04-14', 'Maundy Thursday 2020 over Easter'],
    ['2020-04-09', 20, '2020-05-12', 'over Easter and 1 May'],
    ['2020-04-30', 1, '2020-05-04', 'Walpurgis Eve over 1 May and the weekend'],
    // Ascension Day 2031 is Thursday 05-22, 2020 Thursday 05-21.
    ['2031-05-21', 1, '2031-05-23', 'over Ascension Day'],
    ['2020-05-20', 2, '2020-05-25', 'over Ascension Day and a weekend'],
    // National Day 2031 is a Friday, Midsummer Eve Friday 06-20.
    ['2031-06-05', 1, '2031-06-09', 'over National Day on a Friday'],
    ['2031-06-19', 1, '2031-06-23', 'over Midsummer'],
    ['2031-06-05', 20, '2031-07-07', 'over National Day and Midsummer'],
    // Christmas 2030: Eve Tuesday, Day Wednesday, Boxing Day Thursday; New Year's Eve Tuesday, Day Wednesday; Epiphany Monday 2031-01-06.
    ['2030-12-23', 1, '2030-12-27', 'the Monday before Christmas to the Friday after'],
    ['2030-12-24', 1, '2030-12-27', 'from Christmas Eve itself'],
    ['2030-12-27', 1, '2030-12-30', 'the Friday after Christmas to Monday'],
    ['2030-12-30', 1, '2031-01-02', "over New Year's Eve and Day"],
    ['2030-12-23', 3, '2031-01-02', 'over Christmas and New Year'],
    ['2031-01-03', 1, '2031-01-07', 'over Epiphany on a Monday'],
    ['2030-12-20', 10, '2031-01-13', 'over Christmas, New Year and Epiphany'],
    ['2030-12-20', 14, '2031-01-17', 'the reverse of subtractBusinessDays(2031-01-17, 14)'],
    // Christmas 2020: Eve Thursday, Day Friday; New Year's Eve Thursday, Day Friday 2021; Epiphany Wednesday 2021-01-06.
    ['2020-12-23', 1, '2020-12-28', 'the Wednesday before Christmas 2020 to the Monday after'],
    ['2020-12-30', 1, '2021-01-04', 'over New Year 2021'],
    ['2021-01-05', 1, '2021-01-07', 'over Epiphany on a Wednesday'],
  ])('addBusinessDays(%s, %i) is %s (%s)', (date, n, expected) => {
    expect(addBusinessDays(date, n)).toBe(expected);
    expect(isBusinessDay(expected)).toBe(true);
  });

  test.each([
    ['2031-02-28', 20],
    ['2030-12-20', 10],
    ['2031-04-10', 6],
    ['2031-06-05', 20],
  ])('counts exactly %i business days after %s, the result included', (date, n) => {
    const result = addBusinessDays(date, n);
    let count = 0;
    for (let d = new Date(`${date}T12:00:00Z`); d.toISOString().slice(0, 10) < result;) {
      d.setUTCDate(d.getUTCDate() + 1);
      if (isBusinessDay(d.toISOString().slice(0, 10))) count++;
    }
    expect(count).toBe(n);
  });

  test.each([
    ['2031-02-28', 20],
    ['2030-12-23', 3],
    ['2031-04-10', 1],
    ['2020-04-09', 20],
    ['2031-06-19', 1],
  ])('from the business day %s, subtractBusinessDays undoes adding %i', (date, n) => {
    expect(subtractBusinessDays(addBusinessDays(date, n), n)).toBe(date);
  });

  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %p', (n) => {
    expect(() => addBusinessDays('2031-02-28', n)).toThrow(RangeError);
    expect(() => addBusinessDays('2031-02-28', n)).toThrow(`addBusinessDays: n must be a whole number of at least 1, got ${n}`);
  });

  test('steps up to 10,000 business days (about 40 years, far beyond any policy) and refuses more', () => {
    expect(isBusinessDay(addBusinessDays('2031-02-28', 10_000))).toBe(true);
    expect(isBusinessDay(subtractBusinessDays('2199-12-31', 10_000))).toBe(true);
    expect(() => addBusinessDays('2031-02-28', 10_001)).toThrow(new RangeError('addBusinessDays: n must be at most 10000, got 10001'));
    expect(() => subtractBusinessDays('2031-02-28', 10_001)).toThrow(
      new RangeError('subtractBusinessDays: n must be at most 10000, got 10001'),
    );
  });
});
