import { draft, NOW, registerScenario, seed } from '../support/guidelineSubjects';
import { textOf } from '../support/pageText';
import { bodyOf, TestApp, testApp } from '../support/webApp';

/** The register's rows as text, one per guideline: title, id, kind, body, status, last valid day. */
const rowsOf = (html: string) => [...html.matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)].map((m) => textOf(m[1]));

describe('the guideline register, from the read model: filters, search and pages, on the page and the API alike', () => {
  let web: TestApp;

  beforeAll(async () => {
    web = await testApp({ now: () => NOW });
    await seed(web.db, ...registerScenario());
  });
  afterAll(() => web.close());

  test('every guideline in a table, by title, with its kind, body, status and last valid day; none of what hangs on them', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/guidelines')).text();
    expect(html).toContain('<caption>Riktlinjer (5 st.)</caption>');
    expect(rowsOf(html)).toEqual([
      'Riktlinje för medföljande personal accompanying-staff Riktlinje VVG Gäller 30 juni 2030',
      'Riktlinje vid oro för ett väntat barn expected-child Riktlinje VVG Gäller 31 december 2032',
      'Rutin för egenvård self-care Rutin VVG Har upphört 15 februari 2030',
      'Rutin för samtycke consent Rutin SRO På remiss Ingen ännu',
      'Överenskommelse om in- och utskrivning old-agreement Överenskommelse SRO Upphävd 31 december 2031',
    ]);
    expect(html).toContain('<a href="/guidelines/accompanying-staff">Riktlinje för medföljande personal</a>');
    expect(html).toContain('<a href="/guidelines" aria-current="page">Riktlinjer</a>');
  });

  test.each([
    ['status=in-force', ['accompanying-staff', 'expected-child']],
    ['body=SRO', ['consent', 'old-agreement']],
    ['kind=routine', ['self-care', 'consent']],
    ['expiringWithin=180d', ['accompanying-staff']],
    ['expiringWithin=365d&kind=routine', []],
    ['status=draft&expiringWithin=365d', []],
    ['q=samtycke', ['consent']],
    ['q=EXPECTED', ['expected-child']],
    ['q=rutin+egenvård', ['self-care']],
    ['q=100%25', []],
  ])('%s on the page and through GET /api/guidelines', async (query, ids) => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request(`/guidelines?${query}`)).text();
    expect(rowsOf(html).map((row) => row.split(' ').find((word) => ids.includes(word)) ?? row)).toEqual(ids);
    const page = await bodyOf(await browser.request(`/api/guidelines?${query}`));
    expect(page.items.map((g: { guidelineId: string }) => g.guidelineId)).toEqual(ids);
    expect(page.total).toBe(ids.length);
  });

  test('the form keeps the filters chosen; a filter left empty is not given', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/guidelines?status=in-force&body=&kind=&expiringWithin=180d&q=')).text();
    expect(html).toContain('<option value="in-force" selected="">Gäller</option>');
    expect(html).toContain('<option value="180d" selected="">180 dagar</option>');
    expect(html).toContain('<caption>Riktlinjer (1 st.)</caption>');
  });

  test('a filter the schema refuses is named at its field, with status 422, and lists nothing', async () => {
    const { browser } = await web.signedIn('viewer');
    const response = await browser.request('/guidelines?status=forgotten&expiringWithin=soon');
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#f-status">Status: <span lang="en">');
    expect(html).toContain('<a href="#f-expiringWithin">Upphör inom: <span lang="en">must be a number of days such as 180d</span></a>');
    expect(html).toContain('<caption>Riktlinjer (0 st.)</caption>');
    const api = await browser.request('/api/guidelines?expiringWithin=soon');
    expect(api.status).toBe(422);
  });

  test('the API lists each guideline with its facts', async () => {
    const { browser } = await web.signedIn('viewer');
    const page = await bodyOf(await browser.request('/api/guidelines?q=medföljande'));
    expect(page).toEqual({
      items: [
        {
          guidelineId: 'accompanying-staff',
          title: 'Riktlinje för medföljande personal',
          status: 'in-force',
          responsibleBody: 'VVG',
          kind: 'guideline',
          validFrom: '2027-01-01',
          validUntil: '2030-06-30',
        },
      ],
      total: 1,
      limit: 50,
      offset: 0,
    });
  });

  test('in English', async () => {
    const { browser } = await web.signedIn('viewer');
    await browser.request('/language/en');
    const html = await (await browser.request('/guidelines?body=SRO')).text();
    expect(rowsOf(html)).toEqual([
      'Rutin för samtycke consent Routine SRO In consultation None yet',
      'Överenskommelse om in- och utskrivning old-agreement Agreement SRO Retired 31 December 2031',
    ]);
  });

  test('a long register comes a page at a time, the next page keeping the filters', async () => {
    const many = await testApp({ now: () => NOW });
    try {
      await seed(
        many.db,
        ...Array.from({ length: 60 }, (_, i) => draft(`draft-${String(i).padStart(2, '0')}`, `Utkast ${String(i).padStart(2, '0')}`)),
      );
      const { browser } = await many.signedIn('viewer');
      const first = await (await browser.request('/guidelines?status=draft')).text();
      expect(rowsOf(first)).toHaveLength(50);
      expect(first).toContain('<a href="/guidelines?status=draft&amp;offset=50" rel="next">Nästa sida</a>');
      const second = await (await browser.request('/guidelines?status=draft&offset=50')).text();
      expect(rowsOf(second).map((r) => r.split(' ')[1])).toEqual(Array.from({ length: 10 }, (_, i) => String(50 + i)));
      expect(second).toContain('51–60 av 60');
      expect(second).toContain('<a href="/guidelines?status=draft&amp;offset=0" rel="prev">Föregående sida</a>');
      const api = await bodyOf(await browser.request('/api/guidelines?status=draft&limit=20&offset=40'));
      expect(api).toMatchObject({ total: 60, limit: 20, offset: 40 });
      expect(api.nextOffset).toBeUndefined();
      expect(api.items[0].guidelineId).toBe('draft-40');
    } finally {
      await many.close();
    }
  });
});
