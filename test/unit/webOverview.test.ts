import { NOW, registerScenario, seed } from '../support/guidelineSubjects';
import { sectionText } from '../support/pageText';
import { bodyOf, TestApp, testApp } from '../support/webApp';

describe('the overview ("Att göra"): what needs someone in the next 30 days, from the read model', () => {
  let web: TestApp;
  let clock = NOW;

  beforeAll(async () => {
    web = await testApp({ now: () => clock });
    await seed(web.db, ...registerScenario());
  });
  afterAll(() => web.close());
  afterEach(() => (clock = NOW));

  test('GET /api/overview lists, as of the app clock in Stockholm, every part with what needs someone', async () => {
    const { browser } = await web.signedIn('viewer');
    const overview = await bodyOf(await browser.request('/api/overview'));
    expect(overview).toMatchObject({ today: '2030-03-01', until: '2030-03-31' });
    expect(overview.answerDeadlines).toEqual([
      {
        workflowId: 'guideline/consent/consultation/1',
        guidelineId: 'consent',
        round: 1,
        title: 'Rutin för samtycke, remissversion',
        deadline: '2030-03-20',
        answered: 1,
        total: 3,
        silent: [
          { organisationId: 'kommun-alingsas', organisationName: 'Alingsås' },
          { organisationId: 'kommun-lerum', organisationName: 'Lerum' },
        ],
      },
    ]);
    expect(overview.missingDocuments).toEqual([
      expect.objectContaining({
        body: 'VVG',
        date: '2030-03-25',
        items: [{ itemId: 'pfik', title: 'Färdplan för nära vård', presenter: 'Per Holm' }],
      }),
    ]);
    expect(overview.implementations).toEqual([
      expect.objectContaining({ guidelineId: 'accompanying-staff', n: 1, confirmed: 1, total: 6 }),
    ]);
    expect(overview.implementations[0].unconfirmed.map((o: { organisationId: string }) => o.organisationId)).not.toContain('fyrbodal');
    expect(overview.surveys).toEqual([
      expect.objectContaining({
        guidelineId: 'expected-child',
        closesOn: '2030-03-15',
        missing: [{ organisationId: 'fyrbodal', organisationName: 'Fyrbodal', parts: ['Implementering', 'Följsamhet och resultat'] }],
      }),
    ]);
    expect(overview.expiring).toEqual([
      {
        workflowId: 'guideline/accompanying-staff',
        guidelineId: 'accompanying-staff',
        title: 'Riktlinje för medföljande personal',
        validUntil: '2030-06-30',
        daysLeft: 121,
      },
    ]);
    expect(overview.expired.map((g: { guidelineId: string }) => g.guidelineId)).toEqual(['self-care']);
    expect(overview.overdueMilestones).toEqual([
      expect.objectContaining({
        commissionId: 'lss-short-stays',
        milestones: [{ id: 'first-draft', title: 'Första utkast', due: '2030-02-20' }],
      }),
    ]);
  });

  test('the page shows the same entries, each linking to its page, and who is still silent by name', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/')).text();
    expect(html).toContain('<h1>Att göra</h1>');
    expect(sectionText(html, 'answers', 'documents')).toBe(
      'Remisser med sista svarsdag (1) Remiss Sista svarsdag Svar Har inte svarat Rutin för samtycke, remissversion, omgång 1 20 mars 2030 1 av 3 Alingsås, Lerum',
    );
    expect(sectionText(html, 'documents', 'implementations')).toContain(
      'VVG 25 mars 2030 4 mars 2030 Färdplan för nära vård (föredragande Per Holm)',
    );
    expect(sectionText(html, 'implementations', 'surveys')).toContain(
      'Riktlinje för medföljande personal, införande 1 25 mars 2030 1 av 6 Skaraborg,',
    );
    expect(sectionText(html, 'surveys', 'expiring')).toContain('Fyrbodal: Implementering, Följsamhet och resultat');
    expect(sectionText(html, 'expiring', 'expired')).toContain('Riktlinje för medföljande personal 30 juni 2030 121');
    expect(sectionText(html, 'expired', 'milestones')).toContain('Rutin för egenvård 15 februari 2030');
    expect(sectionText(html, 'milestones')).toContain('Första utkast (skulle vara klart 20 februari 2030)');
    for (const href of [
      '/guidelines/consent/rounds/1',
      '/meetings/VVG/2030-03-25',
      '/guidelines/accompanying-staff/implementations/1',
      '/guidelines/expected-child/follow-ups/1',
      '/guidelines/accompanying-staff',
      '/guidelines/self-care',
      '/commissions/lss-short-stays',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toContain('<a href="/" aria-current="page">Översikt</a>');
  });

  test('in English', async () => {
    const { browser } = await web.signedIn('viewer');
    await browser.request('/language/en');
    const html = await (await browser.request('/')).text();
    expect(html).toContain('<h1>To do</h1>');
    expect(sectionText(html, 'answers', 'documents')).toBe(
      'Consultation rounds with an answer deadline (1) Consultation Answer deadline Answers Not answered Rutin för samtycke, remissversion, round 1 20 March 2030 1 of 3 Alingsås, Lerum',
    );
  });

  test("today is the app clock's: once the deadline and the meeting have passed, they are off the list", async () => {
    clock = new Date('2030-03-26T09:00:00.000Z');
    const { browser } = await web.signedIn('viewer');
    const overview = await bodyOf(await browser.request('/api/overview'));
    expect(overview).toMatchObject({ today: '2030-03-26', answerDeadlines: [], missingDocuments: [], implementations: [], surveys: [] });
    expect(sectionText(await (await browser.request('/')).text(), 'answers', 'documents')).toBe(
      'Remisser med sista svarsdag (0) Ingen remiss med sista svarsdag de närmaste 30 dagarna väntar på svar.',
    );
  });

  test('an empty read model has nothing to do; someone not signed in is sent to sign in', async () => {
    const fresh = await testApp({ now: () => NOW });
    try {
      const { browser } = await fresh.signedIn('viewer');
      const overview = await bodyOf(await browser.request('/api/overview'));
      for (const part of [
        'answerDeadlines',
        'missingDocuments',
        'implementations',
        'surveys',
        'expiring',
        'expired',
        'overdueMilestones',
      ]) {
        expect(overview[part]).toEqual([]);
      }
      expect(await (await browser.request('/')).text()).toContain('Inga delmål är försenade.');
      expect((await fresh.browser().request('/')).headers.get('location')).toBe('/login?next=%2F');
    } finally {
      await fresh.close();
    }
  });
});
