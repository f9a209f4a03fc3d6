import { formatDate, Language, MessageSpec, renderMessage } from '../../domain/messages';

const reminder = (overrides: Partial<Extract<MessageSpec, { template: 'expiry-reminder' }>> = {}): MessageSpec => ({
  template: 'expiry-reminder',
  guidelineId: 'expected-child',
  title: 'Riktlinje vid oro för ett väntat barn',
  validUntil: '2026-12-31',
  responsibleBody: 'VVG',
  daysLeft: 30,
  ...overrides,
});

const expired = (overrides: Partial<Extract<MessageSpec, { template: 'guideline-expired' }>> = {}): MessageSpec => ({
  template: 'guideline-expired',
  guidelineId: 'expected-child',
  title: 'Riktlinje vid oro för ett väntat barn',
  validUntil: '2026-12-31',
  responsibleBody: 'SRO',
  ownerName: 'Anna Andersson',
  ownerEmail: 'anna@vgregion.example',
  ...overrides,
});

describe('formatDate', () => {
  test.each<[string, Language, string]>([
    ['2026-12-31', 'sv', '31 december 2026'],
    ['2026-12-31', 'en', '31 December 2026'],
    ['2026-01-01', 'sv', '1 januari 2026'],
    ['2026-01-01', 'en', '1 January 2026'],
    ['2026-06-19', 'sv', '19 juni 2026'],
    ['2026-06-19', 'en', '19 June 2026'],
    ['2026-03-29', 'sv', '29 mars 2026'],
    ['2026-10-25', 'sv', '25 oktober 2026'],
    ['2028-02-29', 'sv', '29 februari 2028'],
    ['2028-02-29', 'en', '29 February 2028'],
    ['2030-05-30', 'sv', '30 maj 2030'],
    ['2030-08-01', 'en', '1 August 2030'],
  ])('formatDate(%s, %s) is %s', (date, language, expected) => {
    expect(formatDate(date, language)).toBe(expected);
  });
});

describe('renderMessage: expiry reminder', () => {
  test.each<[Language, string, string[]]>([
    [
      'sv',
      'Påminnelse: Riktlinje vid oro för ett väntat barn upphör att gälla 31 december 2026',
      [
        'Hej Anna Andersson,',
        'Riktlinje vid oro för ett väntat barn (expected-child) gäller till och med 31 december 2026, om 30 dagar.',
        'Ta ställning i god tid: ska dokumentet förlängas, revideras eller upphöra? Beslut fattas av VVG.',
        'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.',
      ],
    ],
    [
      'en',
      'Reminder: Riktlinje vid oro för ett väntat barn expires on 31 December 2026',
      [
        'Hello Anna Andersson,',
        'Riktlinje vid oro för ett väntat barn (expected-child) is valid until 31 December 2026, 30 days from now.',
        'Decide in good time whether it should be extended, revised or retired. VVG takes the decision.',
        'This message was sent automatically by the guideline workflow.',
      ],
    ],
  ])('in %s', (language, subject, paragraphs) => {
    const message = renderMessage(reminder(), 'Anna Andersson', language);
    expect(message.subject).toBe(subject);
    expect(message.text).toBe(paragraphs.join('\n\n') + '\n');
    expect(message.html).toBe(`<!doctype html><html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
  });

  test.each<[Language, { date: string; title: string; description: string }]>([
    ['sv', { date: '2026-12-31', title: 'Riktlinje vid oro för ett väntat barn upphör att gälla', description: 'Sista giltighetsdag för expected-child' }],
    ['en', { date: '2026-12-31', title: 'Riktlinje vid oro för ett väntat barn expires', description: 'Last day of validity of expected-child' }],
  ])('has a calendar event on the last valid day, in %s', (language, event) => {
    expect(renderMessage(reminder(), 'Anna', language).calendarEvent).toEqual(event);
  });

  test.each<[Partial<Extract<MessageSpec, { template: 'expiry-reminder' }>>, Language, string]>([
    [{ daysLeft: 180 }, 'sv', 'om 180 dagar'],
    [{ daysLeft: 90 }, 'en', '90 days from now'],
    [{ daysLeft: 1 }, 'sv', 'om 1 dag.'],
    [{ daysLeft: 1 }, 'en', '1 day from now.'],
    [{ daysLeft: 0 }, 'sv', 'i dag är sista dagen.'],
    [{ daysLeft: 0 }, 'en', 'today is the last day.'],
    [{ responsibleBody: 'SRO' }, 'sv', 'Beslut fattas av SRO.'],
    [{ responsibleBody: 'SRO' }, 'en', 'SRO takes the decision.'],
    [{ validUntil: '2030-06-21' }, 'sv', 'gäller till och med 21 juni 2030'],
    [{ validUntil: '2030-06-21' }, 'en', 'is valid until 21 June 2030'],
    [{ guidelineId: 'lss-self-care' }, 'en', '(lss-self-care)'],
  ])('%j in %s says %p', (overrides, language, phrase) => {
    expect(renderMessage(reminder(overrides), 'Anna', language).text).toContain(phrase);
  });
});

describe('renderMessage: guideline expired', () => {
  test.each<[Language, string, string[]]>([
    [
      'sv',
      'Har upphört att gälla: Riktlinje vid oro för ett väntat barn',
      [
        'Hej VVG:s sekreterare,',
        'Riktlinje vid oro för ett väntat barn (expected-child) upphörde att gälla efter 31 december 2026 utan beslut om förlängning.',
        'SRO behöver ta ställning till om dokumentet ska förlängas, revideras eller upphöra. Ansvarig: Anna Andersson <anna@vgregion.example>.',
      ],
    ],
    [
      'en',
      'Expired: Riktlinje vid oro för ett väntat barn',
      [
        'Hello VVG:s sekreterare,',
        'Riktlinje vid oro för ett väntat barn (expected-child) expired after 31 December 2026 with no decision to extend it.',
        'SRO needs to decide whether it is extended, revised or retired. Owner: Anna Andersson <anna@vgregion.example>.',
      ],
    ],
  ])('in %s', (language, subject, paragraphs) => {
    const message = renderMessage(expired(), 'VVG:s sekreterare', language);
    expect(message.subject).toBe(subject);
    expect(message.text).toBe(paragraphs.join('\n\n') + '\n');
    expect(message.html).toContain('&lt;anna@vgregion.example&gt;');
    expect(message.html).not.toContain('<anna@vgregion.example>');
  });

  test.each<Language>(['sv', 'en'])('has no calendar event, in %s', (language) => {
    const message = renderMessage(expired(), 'Anna', language);
    expect(message.calendarEvent).toBeUndefined();
  });
});

describe('renderMessage: HTML escaping', () => {
  const title = `<script>alert("x")</script> & 'Rutin'`;
  const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Rutin&#39;';

  test.each<[string, MessageSpec, Language]>([
    ['reminder, sv', reminder({ title }), 'sv'],
    ['reminder, en', reminder({ title }), 'en'],
    ['expired, sv', expired({ title }), 'sv'],
    ['expired, en', expired({ title }), 'en'],
  ])('escapes the title in HTML and leaves text and subject as written: %s', (_label, spec, language) => {
    const message = renderMessage(spec, 'Anna', language);
    expect(message.html).toContain(escaped);
    expect(message.html).not.toContain('<script>');
    expect(message.text).toContain(title);
    expect(message.subject).toContain(title);
  });

  test.each<Language>(['sv', 'en'])('escapes the recipient name, in %s', (language) => {
    const message = renderMessage(reminder(), 'Ben <ben@x.example> & co', language);
    expect(message.html).toContain('Ben &lt;ben@x.example&gt; &amp; co,');
    expect(message.text).toContain('Ben <ben@x.example> & co,');
  });

  test('does not escape the calendar event, which is not HTML', () => {
    expect(renderMessage(reminder({ title }), 'Anna', 'sv').calendarEvent?.title).toBe(`${title} upphör att gälla`);
  });
});
