import type { Language } from '../../domain/mail/letter';
import { MailSpec, renderMail } from '../../domain/mail/mailSpec';

/** The mails that move a recipient's calendar event or take it out, and the texts of a deadline a rule moved. */

const calendarOf = (spec: MailSpec) => ('calendar' in spec ? spec.calendar : undefined);
const roundEvent = { uid: 'guideline/consent/consultation/1/deadline/kommun-ale@guideline-engine', sequence: 2 };
const document = { guidelineId: 'consent', documentTitle: 'Riktlinje för samtycke', version: '2.0' };
const moved = { deadline: '2037-12-28', movedFrom: '2037-12-26' };

const withdrawn: MailSpec = {
  template: 'consultation-withdrawn',
  ...document,
  ...moved,
  reason: 'Svarar genom Göteborgsregionen',
  organisationName: 'Ale',
  calendar: roundEvent,
};
const closedEarly = (reason?: string): MailSpec => ({
  template: 'consultation-closed',
  ...document,
  ...moved,
  ...(reason ? { reason } : {}),
  organisationName: 'Ale',
  calendar: roundEvent,
});
const validityEvent = { uid: 'guideline/consent/valid-until@guideline-engine', sequence: 1 };
const extended: MailSpec = {
  template: 'validity-extended',
  guidelineId: 'consent',
  title: 'Riktlinje för samtycke',
  previousUntil: '2034-12-31',
  validUntil: '2036-12-31',
  decisionRef: 'VVG 2034-12-15 §3',
  calendar: validityEvent,
};
const retired: MailSpec = {
  template: 'guideline-retired',
  guidelineId: 'consent',
  title: 'Riktlinje för samtycke',
  validUntil: '2036-12-31',
  reason: 'Ersatt av regional riktlinje',
  decisionRef: 'SRO 2035-03-06 §2',
  calendar: { ...validityEvent, sequence: 2 },
};

describe('mails that take a deadline out of the calendar', () => {
  test.each<[string, MailSpec, Language, string, string[]]>([
    [
      'withdrawn',
      withdrawn,
      'sv',
      'Inget svar behövs: Riktlinje för samtycke, version 2.0',
      [
        'Ale är inte längre tillfrågad om synpunkter på Riktlinje för samtycke, version 2.0 (consent), och behöver inte svara.',
        'Skäl: Svarar genom Göteborgsregionen',
        'Sista svarsdagen, måndag 28 december 2037, flyttad från lördag 26 december, tas bort ur kalendern.',
      ],
    ],
    [
      'withdrawn',
      withdrawn,
      'en',
      'No answer needed: Riktlinje för samtycke, version 2.0',
      [
        'Ale is no longer asked to comment on Riktlinje för samtycke, version 2.0 (consent), and need not answer.',
        'Reason: Svarar genom Göteborgsregionen',
        'The last day to answer, Monday 28 December 2037, moved from Saturday 26 December, is taken out of the calendar.',
      ],
    ],
    [
      'closed early',
      closedEarly('Beslutet flyttas'),
      'sv',
      'Avslutad före sista svarsdagen: Riktlinje för samtycke, version 2.0',
      [
        'har avslutats före sista svarsdagen måndag 28 december 2037, flyttad från lördag 26 december. Inga fler svar tas emot.',
        'Skäl: Beslutet flyttas',
      ],
    ],
    [
      'closed early',
      closedEarly(),
      'en',
      'Closed before its deadline: Riktlinje för samtycke, version 2.0',
      [
        'has been closed before its last day to answer, Monday 28 December 2037, moved from Saturday 26 December. No more answers are taken.',
      ],
    ],
    [
      'retired',
      retired,
      'sv',
      'Upphävd: Riktlinje för samtycke',
      [
        'Riktlinje för samtycke (consent) gäller inte längre (SRO 2035-03-06 §2). Skäl: Ersatt av regional riktlinje',
        'Sista giltighetsdagen, 31 december 2036, tas bort ur kalendern.',
      ],
    ],
    [
      'retired',
      retired,
      'en',
      'Retired: Riktlinje för samtycke',
      ['Its last day of validity, 31 December 2036, is taken out of the calendar.'],
    ],
  ])('%s, in %s', (_label, spec, language, subject, sentences) => {
    const mail = renderMail(spec, 'Anna', language);
    expect(mail.subject).toBe(subject);
    for (const sentence of sentences) expect(mail.text).toContain(sentence);
    expect(mail.calendarEvent).toMatchObject({ ...calendarOf(spec), cancelled: true });
  });

  test('the cancelled event is the one the invitation gave: same uid, same day, same title', () => {
    const invitation = renderMail(
      {
        template: 'consultation-invitation',
        ...document,
        ...moved,
        link: 'https://samverkan.example/samtycke.pdf',
        processOwnerName: 'Anna Andersson',
        processOwnerEmail: 'anna@vgregion.example',
        organisationName: 'Ale',
        calendar: { ...roundEvent, sequence: 0 },
      },
      'Ale',
      'sv',
    ).calendarEvent!;
    const cancellation = renderMail(withdrawn, 'Ale', 'sv').calendarEvent!;
    expect([cancellation.uid, cancellation.date, cancellation.title]).toEqual([invitation.uid, invitation.date, invitation.title]);
    expect(cancellation.sequence).toBeGreaterThan(invitation.sequence);
    expect(invitation.cancelled).toBeUndefined();
  });
});

describe('a validity extended moves the event', () => {
  test.each<[Language, string, string]>([
    [
      'sv',
      'Förlängd: Riktlinje för samtycke gäller till och med 31 december 2036',
      'Riktlinje för samtycke (consent) har förlängts och gäller nu till och med 31 december 2036, i stället för till och med 31 december 2034 (VVG 2034-12-15 §3).',
    ],
    [
      'en',
      'Extended: Riktlinje för samtycke is valid until 31 December 2036',
      'Riktlinje för samtycke (consent) has been extended and is now valid until 31 December 2036, instead of until 31 December 2034 (VVG 2034-12-15 §3).',
    ],
  ])('in %s', (language, subject, sentence) => {
    const mail = renderMail(extended, 'Anna', language);
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(sentence);
    expect(mail.calendarEvent).toMatchObject({ ...validityEvent, date: '2036-12-31' });
    expect(mail.calendarEvent?.cancelled).toBeUndefined();
  });
});

describe('surveys and implementation deadlines state a moved last day', () => {
  const survey: MailSpec = {
    template: 'survey-invitation',
    guidelineId: 'self-care',
    title: 'Fördjupad uppföljning',
    closesOn: '2038-01-07',
    movedFrom: '2038-01-06',
    organisationName: 'Fyrbodal',
    parts: ['Funktionalitet'],
    contactName: 'Beredningen',
    contactEmail: 'beredning@vastkom.example',
    calendar: { uid: 'guideline/self-care/follow-up/1/closes/fyrbodal@guideline-engine', sequence: 0 },
  };
  const implementation: MailSpec = {
    template: 'implementation-reminder',
    guidelineId: 'self-care',
    title: 'Rutin för egenvård',
    deadline: '2053-01-02',
    movedFrom: '2052-12-31',
    daysLeft: 14,
    organisationName: 'Borås',
    contactName: 'Beredningen',
    contactEmail: 'beredning@vastkom.example',
    calendar: { uid: 'guideline/self-care/implementation/1/deadline/kommun-boras@guideline-engine', sequence: 0 },
  };
  test.each<[MailSpec, Language, string, string]>([
    [survey, 'sv', 'Sista dag är torsdag 7 januari 2038, flyttad från onsdag 6 januari.', '2038-01-07'],
    [survey, 'en', 'The last day is Thursday 7 January 2038, moved from Wednesday 6 January.', '2038-01-07'],
    [
      implementation,
      'sv',
      'ska vara fullt infört senast torsdag 2 januari 2053, flyttad från tisdag 31 december 2052, om 14 dagar.',
      '2053-01-02',
    ],
    [
      implementation,
      'en',
      'must be fully implemented by Thursday 2 January 2053, moved from Tuesday 31 December 2052, 14 days from now.',
      '2053-01-02',
    ],
  ])('%#: in %s, "%s", in the calendar on %s', (spec, language, sentence, date) => {
    const mail = renderMail(spec, 'Anna', language);
    expect(mail.text).toContain(sentence);
    expect(mail.calendarEvent).toMatchObject({ ...calendarOf(spec), date });
  });
});
