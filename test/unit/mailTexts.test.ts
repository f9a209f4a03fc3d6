import { formatDate, Language } from '../../domain/mail/letter';
import { MailSpec, renderMail } from '../../domain/mail/mailSpec';

const validityEvent = { uid: 'guideline/expected-child/valid-until@guideline-engine', sequence: 1 };
const reminder = (overrides: Partial<Extract<MailSpec, { template: 'expiry-reminder' }>> = {}): MailSpec => ({
  template: 'expiry-reminder',
  guidelineId: 'expected-child',
  title: 'Riktlinje vid oro för ett väntat barn',
  validUntil: '2026-12-31',
  responsibleBody: 'VVG',
  daysLeft: 30,
  calendar: validityEvent,
  ...overrides,
});

const expired = (overrides: Partial<Extract<MailSpec, { template: 'guideline-expired' }>> = {}): MailSpec => ({
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

describe('renderMail: expiry reminder', () => {
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
    const message = renderMail(reminder(), 'Anna Andersson', language);
    expect(message.subject).toBe(subject);
    expect(message.text).toBe(paragraphs.join('\n\n') + '\n');
    expect(message.html).toBe(`<!doctype html><html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
  });

  test.each<[Language, { date: string; title: string; description: string }]>([
    [
      'sv',
      {
        date: '2026-12-31',
        title: 'Riktlinje vid oro för ett väntat barn upphör att gälla',
        description: 'Sista giltighetsdag för expected-child',
      },
    ],
    [
      'en',
      { date: '2026-12-31', title: 'Riktlinje vid oro för ett väntat barn expires', description: 'Last day of validity of expected-child' },
    ],
  ])('has a calendar event on the last valid day, in %s', (language, event) => {
    expect(renderMail(reminder(), 'Anna', language).calendarEvent).toEqual({ ...validityEvent, ...event });
  });

  test.each<[Partial<Extract<MailSpec, { template: 'expiry-reminder' }>>, Language, string]>([
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
    expect(renderMail(reminder(overrides), 'Anna', language).text).toContain(phrase);
  });
});

describe('renderMail: guideline expired', () => {
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
    const message = renderMail(expired(), 'VVG:s sekreterare', language);
    expect(message.subject).toBe(subject);
    expect(message.text).toBe(paragraphs.join('\n\n') + '\n');
    expect(message.html).toContain('&lt;anna@vgregion.example&gt;');
    expect(message.html).not.toContain('<anna@vgregion.example>');
  });

  test.each<Language>(['sv', 'en'])('has no calendar event, in %s', (language) => {
    const message = renderMail(expired(), 'Anna', language);
    expect(message.calendarEvent).toBeUndefined();
  });
});

describe('renderMail: HTML escaping', () => {
  const title = `<script>alert("x")</script> & 'Rutin'`;
  const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Rutin&#39;';

  test.each<[string, MailSpec, Language]>([
    ['reminder, sv', reminder({ title }), 'sv'],
    ['reminder, en', reminder({ title }), 'en'],
    ['expired, sv', expired({ title }), 'sv'],
    ['expired, en', expired({ title }), 'en'],
  ])('escapes the title in HTML and leaves text and subject as written: %s', (_label, spec, language) => {
    const message = renderMail(spec, 'Anna', language);
    expect(message.html).toContain(escaped);
    expect(message.html).not.toContain('<script>');
    expect(message.text).toContain(title);
    expect(message.subject).toContain(title);
  });

  test.each<Language>(['sv', 'en'])('escapes the recipient name, in %s', (language) => {
    const message = renderMail(reminder(), 'Ben <ben@x.example> & co', language);
    expect(message.html).toContain('Ben &lt;ben@x.example&gt; &amp; co,');
    expect(message.text).toContain('Ben <ben@x.example> & co,');
  });

  test('does not escape the calendar event, which is not HTML', () => {
    expect(renderMail(reminder({ title }), 'Anna', 'sv').calendarEvent?.title).toBe(`${title} upphör att gälla`);
  });
});

type Spec<T extends MailSpec['template']> = Extract<MailSpec, { template: T }>;
const deadlineEvent = { uid: 'guideline/consent/consultation/1/deadline/kommun-ale@guideline-engine', sequence: 0 };
const round = {
  guidelineId: 'consent',
  documentTitle: 'Riktlinje för samtycke',
  version: '2.0',
  link: 'https://samverkan.example/remiss/samtycke-2.0.pdf',
  deadline: '2031-02-28',
  processOwnerName: 'Anna Andersson',
  processOwnerEmail: 'anna@vgregion.example',
  organisationName: 'Ale',
  calendar: deadlineEvent,
};
const invitation = (overrides: Partial<Spec<'consultation-invitation'>> = {}): MailSpec => ({
  template: 'consultation-invitation',
  ...round,
  ...overrides,
});
const deadlineReminder = (overrides: Partial<Spec<'consultation-reminder'>> = {}): MailSpec => ({
  template: 'consultation-reminder',
  ...round,
  daysLeft: 3,
  ...overrides,
});
const extended = (overrides: Partial<Spec<'consultation-deadline-extended'>> = {}): MailSpec => ({
  template: 'consultation-deadline-extended',
  guidelineId: 'consent',
  documentTitle: 'Riktlinje för samtycke',
  version: '2.0',
  link: 'https://samverkan.example/remiss/samtycke-2.0.pdf',
  previousDeadline: '2031-02-28',
  deadline: '2031-03-14',
  reason: 'Sportlovet i vecka 9',
  organisationName: 'Ale',
  calendar: { ...deadlineEvent, sequence: 1 },
  ...overrides,
});
const summary = (overrides: Partial<Spec<'consultation-summary'>> = {}): MailSpec => ({
  template: 'consultation-summary',
  guidelineId: 'consent',
  documentTitle: 'Riktlinje för samtycke',
  version: '2.0',
  deadline: '2031-02-28',
  total: 57,
  answered: 50,
  late: 2,
  byGroup: [
    { group: 'fyrbodal', total: 15, answered: 13, notAnswered: ['Vänersborg', 'Åmål'] },
    { group: 'simba', total: 4, answered: 4, notAnswered: [] },
  ],
  ...overrides,
});

const paragraphsOf = (spec: MailSpec, name: string, language: Language) => {
  const message = renderMail(spec, name, language);
  expect(message.text.endsWith('\n')).toBe(true);
  return { subject: message.subject, paragraphs: message.text.slice(0, -1).split('\n\n') };
};

describe('renderMail: consultation rounds', () => {
  test.each<[string, MailSpec, Language, string, string[]]>([
    [
      'invitation',
      invitation(),
      'sv',
      'Synpunkter önskas: Riktlinje för samtycke, version 2.0, senast 28 februari 2031',
      [
        'Hej Vårdsamverkan Ale,',
        'Ale ombeds lämna synpunkter på Riktlinje för samtycke, version 2.0 (consent). Dokumentet finns på https://samverkan.example/remiss/samtycke-2.0.pdf',
        'Sista svarsdag är 28 februari 2031. Svara genom att skriva till Anna Andersson <anna@vgregion.example>: skicka era synpunkter, meddela "inga synpunkter" eller meddela att ni avstår från att svara.',
        'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.',
      ],
    ],
    [
      'invitation',
      invitation(),
      'en',
      'For comments: Riktlinje för samtycke, version 2.0, by 28 February 2031',
      [
        'Hello Vårdsamverkan Ale,',
        'Ale is asked to comment on Riktlinje för samtycke, version 2.0 (consent). The document is at https://samverkan.example/remiss/samtycke-2.0.pdf',
        'The last day to answer is 28 February 2031. To answer, write to Anna Andersson <anna@vgregion.example>: send your comments, say "no comments", or say that you decline to answer.',
        'This message was sent automatically by the guideline workflow.',
      ],
    ],
    [
      'reminder',
      deadlineReminder(),
      'sv',
      'Påminnelse: synpunkter på Riktlinje för samtycke senast 28 februari 2031',
      [
        'Hej Vårdsamverkan Ale,',
        'Vi har ännu inte fått något svar från Ale på Riktlinje för samtycke, version 2.0 (consent). Sista svarsdag är 28 februari 2031, om 3 dagar. Dokumentet finns på https://samverkan.example/remiss/samtycke-2.0.pdf',
        'Svara genom att skriva till Anna Andersson <anna@vgregion.example>: skicka era synpunkter, meddela "inga synpunkter" eller meddela att ni avstår från att svara.',
        'Påminnelsen går bara till dem som inte har svarat. Har ert svar korsat detta meddelande kan ni bortse från det.',
        'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.',
      ],
    ],
    [
      'reminder',
      deadlineReminder(),
      'en',
      'Reminder: comments on Riktlinje för samtycke by 28 February 2031',
      [
        'Hello Vårdsamverkan Ale,',
        'We have not yet had an answer from Ale on Riktlinje för samtycke, version 2.0 (consent). The last day to answer is 28 February 2031, 3 days from now. The document is at https://samverkan.example/remiss/samtycke-2.0.pdf',
        'To answer, write to Anna Andersson <anna@vgregion.example>: send your comments, say "no comments", or say that you decline to answer.',
        'This reminder goes only to those who have not answered. If your answer has crossed this message, please disregard it.',
        'This message was sent automatically by the guideline workflow.',
      ],
    ],
    [
      'deadline extended',
      extended(),
      'sv',
      'Ny sista svarsdag: Riktlinje för samtycke, senast 14 mars 2031',
      [
        'Hej Vårdsamverkan Ale,',
        'Sista svarsdag för synpunkter på Riktlinje för samtycke, version 2.0 (consent) har flyttats från 28 februari 2031 till 14 mars 2031.',
        'Skäl: Sportlovet i vecka 9',
        'Har Ale redan svarat behöver ni inte göra något mer. Dokumentet finns på https://samverkan.example/remiss/samtycke-2.0.pdf',
        'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.',
      ],
    ],
    [
      'deadline extended',
      extended(),
      'en',
      'New deadline: Riktlinje för samtycke, by 14 March 2031',
      [
        'Hello Vårdsamverkan Ale,',
        'The last day to comment on Riktlinje för samtycke, version 2.0 (consent) has moved from 28 February 2031 to 14 March 2031.',
        'Reason: Sportlovet i vecka 9',
        'If Ale has already answered, nothing more is needed. The document is at https://samverkan.example/remiss/samtycke-2.0.pdf',
        'This message was sent automatically by the guideline workflow.',
      ],
    ],
    [
      'summary',
      summary(),
      'sv',
      'Sammanställning: Riktlinje för samtycke, 50 av 57 har svarat',
      [
        'Hej Anna Andersson,',
        'Synpunktsrunda för Riktlinje för samtycke, version 2.0 (consent), med sista svarsdag 28 februari 2031: 50 av 57 organisationer har svarat, varav 2 efter sista svarsdagen.',
        'fyrbodal: 13 av 15 har svarat. Inte svarat: Vänersborg, Åmål.',
        'simba: alla 4 har svarat.',
        'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.',
      ],
    ],
    [
      'summary',
      summary(),
      'en',
      'Summary: Riktlinje för samtycke, 50 of 57 have answered',
      [
        'Hello Anna Andersson,',
        'Consultation on Riktlinje för samtycke, version 2.0 (consent), with the last day to answer on 28 February 2031: 50 of 57 organisations have answered, 2 of them after the deadline.',
        'fyrbodal: 13 of 15 have answered. Not answered: Vänersborg, Åmål.',
        'simba: all 4 have answered.',
        'This message was sent automatically by the guideline workflow.',
      ],
    ],
  ])('%s in %s', (_label, spec, language, subject, paragraphs) => {
    const name = spec.template === 'consultation-summary' ? 'Anna Andersson' : 'Vårdsamverkan Ale';
    expect(paragraphsOf(spec, name, language)).toEqual({ subject, paragraphs });
    expect(renderMail(spec, name, language).html).toBe(
      `<!doctype html><html><body>${paragraphs.map((p) => `<p>${p.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</p>`).join('')}</body></html>`,
    );
  });

  test.each<[string, MailSpec, Language, { date: string; title: string; description: string }]>([
    [
      'invitation',
      invitation(),
      'sv',
      {
        date: '2031-02-28',
        title: 'Sista dag för synpunkter: Riktlinje för samtycke',
        description: 'Synpunkter på consent, version 2.0, till Anna Andersson <anna@vgregion.example>',
      },
    ],
    [
      'invitation',
      invitation(),
      'en',
      {
        date: '2031-02-28',
        title: 'Last day for comments: Riktlinje för samtycke',
        description: 'Comments on consent, version 2.0, to Anna Andersson <anna@vgregion.example>',
      },
    ],
    [
      'reminder',
      deadlineReminder({ deadline: '2031-08-29' }),
      'sv',
      {
        date: '2031-08-29',
        title: 'Sista dag för synpunkter: Riktlinje för samtycke',
        description: 'Synpunkter på consent, version 2.0, till Anna Andersson <anna@vgregion.example>',
      },
    ],
    [
      'reminder',
      deadlineReminder(),
      'en',
      {
        date: '2031-02-28',
        title: 'Last day for comments: Riktlinje för samtycke',
        description: 'Comments on consent, version 2.0, to Anna Andersson <anna@vgregion.example>',
      },
    ],
    [
      'extension, on the new deadline',
      extended(),
      'sv',
      { date: '2031-03-14', title: 'Sista dag för synpunkter: Riktlinje för samtycke', description: 'Synpunkter på consent, version 2.0' },
    ],
    [
      'extension, on the new deadline',
      extended(),
      'en',
      { date: '2031-03-14', title: 'Last day for comments: Riktlinje för samtycke', description: 'Comments on consent, version 2.0' },
    ],
  ])('%s has a calendar event on the deadline, in %s', (_label, spec, language, event) => {
    const sequence = spec.template === 'consultation-deadline-extended' ? 1 : 0;
    expect(renderMail(spec, 'Anna', language).calendarEvent).toEqual({ ...deadlineEvent, sequence, ...event });
  });

  test.each<Language>(['sv', 'en'])('the summary has no calendar event, in %s', (language) => {
    expect(renderMail(summary(), 'Anna', language).calendarEvent).toBeUndefined();
  });

  test.each<[string, MailSpec, Language, string]>([
    ['reminder, 1 day', deadlineReminder({ daysLeft: 1 }), 'sv', 'Sista svarsdag är 28 februari 2031, om 1 dag.'],
    ['reminder, 1 day', deadlineReminder({ daysLeft: 1 }), 'en', 'The last day to answer is 28 February 2031, 1 day from now.'],
    ['reminder, 42 days', deadlineReminder({ daysLeft: 42 }), 'sv', 'om 42 dagar.'],
    ['reminder, 42 days', deadlineReminder({ daysLeft: 42 }), 'en', '42 days from now.'],
    ['reminder, last day', deadlineReminder({ daysLeft: 0 }), 'sv', 'i dag är sista dagen.'],
    ['reminder, in summer', deadlineReminder({ deadline: '2031-08-29' }), 'sv', 'Sista svarsdag är 29 augusti 2031'],
    ['invitation, other organisation', invitation({ organisationName: 'Närhälsan' }), 'sv', 'Närhälsan ombeds lämna synpunkter'],
    ['invitation, other organisation', invitation({ organisationName: 'Närhälsan' }), 'en', 'Närhälsan is asked to comment'],
    [
      'invitation, other owner',
      invitation({ processOwnerName: 'Bo Berg', processOwnerEmail: 'bo@vastkom.example' }),
      'sv',
      'skriva till Bo Berg <bo@vastkom.example>:',
    ],
    [
      'extension, over New Year',
      extended({ previousDeadline: '2031-12-19', deadline: '2032-01-16' }),
      'sv',
      'från 19 december 2031 till 16 januari 2032',
    ],
    [
      'extension, over New Year',
      extended({ previousDeadline: '2031-12-19', deadline: '2032-01-16' }),
      'en',
      'from 19 December 2031 to 16 January 2032',
    ],
    ['summary, nobody late', summary({ late: 0 }), 'sv', 'organisationer har svarat.'],
    ['summary, nobody late', summary({ late: 0 }), 'en', 'organisations have answered.'],
    ['summary, one late', summary({ late: 1 }), 'sv', 'varav 1 efter sista svarsdagen.'],
    [
      'summary, a group nobody answered',
      summary({ byGroup: [{ group: 'regional-administration', total: 2, answered: 0, notAnswered: ['Närhälsan', 'NU-sjukvården'] }] }),
      'sv',
      'regional-administration: 0 av 2 har svarat. Inte svarat: Närhälsan, NU-sjukvården.',
    ],
  ])('%s in %s says %p', (_label, spec, language, phrase) => {
    expect(renderMail(spec, 'Anna', language).text).toContain(phrase);
  });

  test.each<Language>(['sv', 'en'])('a summary with no groups has only the totals, in %s', (language) => {
    const { paragraphs } = paragraphsOf(summary({ total: 0, answered: 0, late: 0, byGroup: [] }), 'Anna', language);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toContain(language === 'sv' ? '0 av 0 organisationer har svarat.' : '0 of 0 organisations have answered.');
  });

  test.each<[string, MailSpec, Language]>([
    ['invitation', invitation({ documentTitle: `<b>"Rutin" & 'samtycke'</b>` }), 'sv'],
    ['reminder', deadlineReminder({ documentTitle: `<b>"Rutin" & 'samtycke'</b>` }), 'en'],
    ['extension', extended({ documentTitle: `<b>"Rutin" & 'samtycke'</b>`, reason: '<script>' }), 'sv'],
    [
      'summary',
      summary({
        documentTitle: `<b>"Rutin" & 'samtycke'</b>`,
        byGroup: [{ group: 'x', total: 1, answered: 0, notAnswered: ['<script>'] }],
      }),
      'en',
    ],
  ])('%s escapes what it is given in HTML and nowhere else, in %s', (_label, spec, language) => {
    const message = renderMail(spec, 'Anna', language);
    expect(message.html).toContain('&lt;b&gt;&quot;Rutin&quot; &amp; &#39;samtycke&#39;&lt;/b&gt;');
    expect(message.html).not.toMatch(/<(b|script)>/);
    expect(message.text).toContain(`<b>"Rutin" & 'samtycke'</b>`);
    expect(message.subject).toContain(`<b>"Rutin" & 'samtycke'</b>`);
  });
});
