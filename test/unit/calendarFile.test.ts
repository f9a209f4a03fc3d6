import { calendarFile, calendarMethod } from '../../activities/calendarFile';
import type { CalendarEvent } from '../../domain/mail/calendarEvent';
import { calendarUid } from '../../domain/mail/calendarEvent';
import { longestLineOctets, readCalendarFile } from '../support/calendarFiles';

const uid = calendarUid('guideline/consent/consultation/1', 'deadline', 'kommun-ale');
const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid,
  sequence: 0,
  date: '2037-12-28',
  title: 'Sista dag för synpunkter: Riktlinje för samtycke',
  description: 'Synpunkter på consent, version 1, till Anna Andersson <anna.andersson@vgregion.example>',
  ...overrides,
});
const mail = {
  organizer: 'Riktlinjer <riktlinjer@test.invalid>',
  recipient: { name: 'Vårdsamverkan Ale', email: 'vardsamverkan@ale.example' },
  sentAt: new Date('2037-10-05T06:00:00Z'),
};

describe('calendarUid: one name per event, the same in every mail about it', () => {
  test.each([
    [
      ['guideline/consent/consultation/1', 'deadline', 'kommun-ale'],
      'guideline/consent/consultation/1/deadline/kommun-ale@guideline-engine',
    ],
    [['guideline/consent', 'valid-until'], 'guideline/consent/valid-until@guideline-engine'],
    [['yearly/samsa', 2037, 'due'], 'yearly/samsa/2037/due@guideline-engine'],
    // An organisation's id is free text: it stays one token, whatever it holds.
    [
      ['guideline/x/consultation/1', 'deadline', 'Öckerö kommun\r\nX: y'],
      'guideline/x/consultation/1/deadline/%C3%96cker%C3%B6%20kommun%0D%0AX%3A%20y@guideline-engine',
    ],
  ] as const)('%j is %s', (parts, expected) => {
    const [workflowId, ...rest] = parts;
    expect(calendarUid(workflowId, ...rest)).toBe(expected);
  });
});

describe('calendarFile, as an independent parser reads it', () => {
  test('an all-day event on its date, with its uid and sequence, published by the engine', () => {
    expect(readCalendarFile(calendarFile(event({ sequence: 2 }), mail))).toEqual({
      method: 'PUBLISH',
      uid,
      sequence: 2,
      start: '2037-12-28',
      end: '2037-12-29',
      allDay: true,
      status: 'CONFIRMED',
      summary: 'Sista dag för synpunkter: Riktlinje för samtycke',
      description: 'Synpunkter på consent, version 1, till Anna Andersson <anna.andersson@vgregion.example>',
      organizer: 'mailto:riktlinjer@test.invalid',
      attendees: [],
    });
    expect(calendarMethod(event())).toBe('PUBLISH');
  });

  test('a cancellation: the same uid, a higher sequence, METHOD:CANCEL and STATUS:CANCELLED, naming the recipient', () => {
    const cancelled = event({ sequence: 3, cancelled: true });
    expect(readCalendarFile(calendarFile(cancelled, mail))).toMatchObject({
      method: 'CANCEL',
      uid,
      sequence: 3,
      status: 'CANCELLED',
    });
    // The scheme's case does not matter (RFC 3986); ical-generator writes MAILTO.
    expect(readCalendarFile(calendarFile(cancelled, mail)).attendees.map((a) => a.toLowerCase())).toEqual([
      'mailto:vardsamverkan@ale.example',
    ]);
    expect(calendarMethod(cancelled)).toBe('CANCEL');
  });

  test('the same event sent twice reads the same, whenever each mail went', () => {
    const first = readCalendarFile(calendarFile(event(), mail));
    const second = readCalendarFile(calendarFile(event(), { ...mail, sentAt: new Date('2037-12-21T07:00:00Z') }));
    expect(second).toEqual(first);
  });

  test.each([
    ['long Swedish text', 'Sista dag för synpunkter: ' + 'Riktlinje för samverkan kring äldres läkemedel och vård i hemmet, '.repeat(4)],
    ['characters of three and four octets', '€ — 😀 '.repeat(30)],
    ['no spaces at all', 'åäö'.repeat(60)],
  ])('lines are folded at 75 octets, UTF-8 aware, and unfold to the same text: %s', (_label, title) => {
    const text = calendarFile(event({ title, description: title }), mail);
    expect(longestLineOctets(text)).toBeLessThanOrEqual(75);
    // A fold never splits a character, not even one of two UTF-16 halves: no line holds half a surrogate pair.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(text.split('\r\n').filter((line) => loneSurrogate.test(line))).toEqual([]);
    expect(readCalendarFile(text)).toMatchObject({ summary: title, description: title });
  });

  test('every line ends in CRLF', () => {
    const text = calendarFile(event(), mail);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
