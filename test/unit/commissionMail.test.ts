import type { Language } from '../../domain/mail/letter';
import { MailSpec, renderMail } from '../../domain/mail/mailSpec';

type Spec<T extends MailSpec['template']> = Extract<MailSpec, { template: T }>;

const AUTOMATIC_SV = 'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.';
const AUTOMATIC_EN = 'This message was sent automatically by the guideline workflow.';

const about = {
  commissionId: 'lss-short-stays',
  commissionTitle: 'Korttidsvistelse enligt LSS',
  commissionedBy: 'VVG',
  reportBack: { body: 'VVG', date: '2020-02-10' },
};

const calendar = { uid: 'commission/lss-short-stays/milestone/first-draft@guideline-engine', sequence: 1 };
const reminder = (overrides: Partial<Spec<'milestone-reminder'>> = {}): MailSpec => ({
  template: 'milestone-reminder',
  ...about,
  milestoneTitle: 'Första utkast',
  due: '2020-01-15',
  daysLeft: 14,
  calendar,
  ...overrides,
});

const overdue = (overrides: Partial<Spec<'milestone-overdue'>> = {}): MailSpec => ({
  template: 'milestone-overdue',
  ...about,
  milestoneTitle: 'Första utkast',
  due: '2020-01-15',
  group: [
    { name: 'Ann-Sofie Rundberg', email: 'ann-sofie.rundberg@vgregion.example' },
    { name: 'Malin Svärd', email: 'malin.sward@vastkom.example' },
  ],
  ...overrides,
});

const reported = (overrides: Partial<Spec<'commission-reported'>> = {}): MailSpec => ({
  template: 'commission-reported',
  ...about,
  completedOn: '2020-02-03',
  summary: 'Arbetsgruppen föreslår en gemensam rutin för egenvård.',
  guidelineId: 'lss-self-care',
  ...overrides,
});

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('renderMail: commissions, in full', () => {
  test.each<[string, Language, MailSpec, string, string, string[]]>([
    [
      'milestone reminder',
      'sv',
      reminder(),
      'Malin Svärd',
      'Påminnelse: Första utkast i Korttidsvistelse enligt LSS, senast 15 januari 2020',
      [
        'Hej Malin Svärd,',
        'Delmomentet ”Första utkast” i uppdraget Korttidsvistelse enligt LSS (lss-short-stays) från VVG ska vara klart senast 15 januari 2020, om 14 dagar.',
        'Uppdraget återrapporteras på VVG 10 februari 2020. Är delmomentet redan klart, meddela det så att det markeras som klart.',
        AUTOMATIC_SV,
      ],
    ],
    [
      'milestone reminder',
      'en',
      reminder(),
      'Malin Svärd',
      'Reminder: Första utkast of Korttidsvistelse enligt LSS, due 15 January 2020',
      [
        'Hello Malin Svärd,',
        'The milestone “Första utkast” of the commission Korttidsvistelse enligt LSS (lss-short-stays) from VVG is due on 15 January 2020, 14 days from now.',
        'The commission reports back at VVG 10 February 2020. If the milestone is already done, say so, so that it is marked as done.',
        AUTOMATIC_EN,
      ],
    ],
    [
      'milestone overdue',
      'sv',
      overdue(),
      'VVG:s sekreterare',
      'Försenat: Första utkast i Korttidsvistelse enligt LSS',
      [
        'Hej VVG:s sekreterare,',
        'Delmomentet ”Första utkast” i uppdraget Korttidsvistelse enligt LSS (lss-short-stays) skulle ha varit klart 15 januari 2020 men är inte markerat som klart.',
        'Arbetsgruppen:\n– Ann-Sofie Rundberg <ann-sofie.rundberg@vgregion.example>\n– Malin Svärd <malin.sward@vastkom.example>',
        'Uppdraget ska återrapporteras på VVG 10 februari 2020. VVG kan behöva ta ställning till en ny tidplan.',
        AUTOMATIC_SV,
      ],
    ],
    [
      'milestone overdue',
      'en',
      overdue(),
      'VVG secretary',
      'Overdue: Första utkast of Korttidsvistelse enligt LSS',
      [
        'Hello VVG secretary,',
        'The milestone “Första utkast” of the commission Korttidsvistelse enligt LSS (lss-short-stays) was due on 15 January 2020 and is not marked as done.',
        'The working group:\n– Ann-Sofie Rundberg <ann-sofie.rundberg@vgregion.example>\n– Malin Svärd <malin.sward@vastkom.example>',
        'The commission is to report back at VVG 10 February 2020. VVG may need to decide on a new timetable.',
        AUTOMATIC_EN,
      ],
    ],
    [
      'commission reported, with a draft',
      'sv',
      reported(),
      'VVG:s sekreterare',
      'Uppdrag klart: Korttidsvistelse enligt LSS',
      [
        'Hej VVG:s sekreterare,',
        'Arbetsgruppen har slutfört uppdraget Korttidsvistelse enligt LSS (lss-short-stays) 3 februari 2020, inför återrapporteringen på VVG 10 februari 2020.',
        'Sammanfattning: Arbetsgruppen föreslår en gemensam rutin för egenvård.',
        'Utkastet till riktlinje som uppdraget lämnade följs nu som lss-self-care.',
        AUTOMATIC_SV,
      ],
    ],
    [
      'commission reported, without a draft',
      'en',
      reported({ guidelineId: undefined, summary: 'Noted; no new document.' }),
      'SRO secretary',
      'Commission completed: Korttidsvistelse enligt LSS',
      [
        'Hello SRO secretary,',
        'The working group completed the commission Korttidsvistelse enligt LSS (lss-short-stays) on 3 February 2020, ahead of its report back at VVG 10 February 2020.',
        'Summary: Noted; no new document.',
        AUTOMATIC_EN,
      ],
    ],
  ])('%s in %s', (_name, language, spec, recipient, subject, paragraphs) => {
    const message = renderMail(spec, recipient, language);
    expect(message.subject).toBe(subject);
    expect(message.text).toBe(paragraphs.join('\n\n') + '\n');
    expect(message.html).toBe(`<!doctype html><html><body>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</body></html>`);
  });
});

describe('renderMail: commission details', () => {
  test.each<[Partial<Spec<'milestone-reminder'>>, Language, string]>([
    [{ daysLeft: 1 }, 'sv', 'om 1 dag.'],
    [{ daysLeft: 0 }, 'en', 'today is the last day.'],
    [{ commissionedBy: 'SRO' }, 'sv', 'från SRO ska'],
    [{ reportBack: { body: 'SRO', date: '2020-03-06' } }, 'en', 'reports back at SRO 6 March 2020'],
  ])('a reminder with %j in %s says %p', (overrides, language, phrase) => {
    expect(renderMail(reminder(overrides), 'Malin', language).text).toContain(phrase);
  });

  test.each<[Language, string, string]>([
    ['sv', 'Första utkast: Korttidsvistelse enligt LSS', 'Uppdrag lss-short-stays'],
    ['en', 'Första utkast: Korttidsvistelse enligt LSS', 'Commission lss-short-stays'],
  ])('a reminder puts the due date in the calendar, in %s', (language, title, description) => {
    expect(renderMail(reminder(), 'Malin', language).calendarEvent).toEqual({ ...calendar, date: '2020-01-15', title, description });
  });

  test('an escalation and a report carry no calendar event', () => {
    expect(renderMail(overdue(), 'VVG:s sekreterare', 'sv').calendarEvent).toBeUndefined();
    expect(renderMail(reported(), 'VVG:s sekreterare', 'sv').calendarEvent).toBeUndefined();
  });

  test('a summary with markup is escaped in HTML and kept in text', () => {
    const message = renderMail(reported({ summary: 'Se <bilaga> & "protokoll"' }), 'Anna', 'sv');
    expect(message.text).toContain('Sammanfattning: Se <bilaga> & "protokoll"');
    expect(message.html).toContain('Sammanfattning: Se &lt;bilaga&gt; &amp; &quot;protokoll&quot;');
  });
});
