import { inForce, NOW, registerScenario, seed } from '../support/guidelineSubjects';
import { textOf } from '../support/pageText';
import { bodyOf, TestApp, testApp } from '../support/webApp';

/** The forecast's rows as text: when, what, about what, to whom. */
const rowsOf = (html: string) =>
  [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((m) => [...m[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => textOf(r[1])));

describe('the forecast: every mail the engine will send in the next twelve months, from the read model', () => {
  let web: TestApp;

  beforeAll(async () => {
    web = await testApp({ now: () => NOW });
    await seed(web.db, ...registerScenario());
  });
  afterAll(() => web.close());

  test('soonest first, one row per recipient: when, what in words, about what with a link, to whom', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/forecast')).text();
    const rows = rowsOf(html);
    expect(rows.slice(0, 7)).toEqual([
      ...['fyrbodal', 'skaraborg', 'simba', 'sodra-alvsborg', 'samla', 'goteborgsomradet'].map((area) =>
        expect.stringMatching(
          new RegExp(
            `^5 mars 2030 kl. 08:00 Föredragningslista till ledamöterna Sammanträde: VVG 2030-03-25 .* <vvg-${area}@example.se>, `,
          ),
        ),
      ),
      '5 mars 2030 kl. 08:00 Saknade handlingar, till sekreteraren Sammanträde: VVG 2030-03-25 VVG:s sekreterare <vvg-sekreterare@example.se>, VästKom',
    ]);
    expect(rows).toContain(
      '15 mars 2030 kl. 08:00 Påminnelse om remissvar Remiss: Rutin för samtycke, remissversion Vårdsamverkan Alingsås <vardsamverkan@alingsas.example>, Alingsås',
    );
    expect(rows).toContain(
      '1 april 2030 kl. 08:00 Påminnelse om att giltigheten upphör Riktlinje: Riktlinje för medföljande personal Ben Berg <ben.berg@boras.example>, Borås',
    );
    expect(html).toContain('<a href="/guidelines/consent/rounds/1">Rutin för samtycke, remissversion</a>');
    expect(html).toContain('<a href="/meetings/VVG/2030-03-25">VVG 2030-03-25</a>');
    const api = await bodyOf(await browser.request('/api/forecast?limit=200'));
    expect(api.total).toBe(rows.length);
    expect(api.items.map((m: { at: string }) => m.at)).toEqual([...api.items.map((m: { at: string }) => m.at)].sort());
    expect(api.items[0]).toEqual({
      at: '2030-03-05T07:00:00.000Z',
      purpose: 'agenda-published',
      workflowId: 'meeting/VVG/2030-03-25',
      kind: 'meeting',
      title: 'VVG 2030-03-25',
      name: expect.any(String),
      email: 'vvg-fyrbodal@example.se',
      organisationId: 'fyrbodal',
    });
  });

  test('nothing already past, nothing twelve months or more ahead', async () => {
    // Reminders on 30 December 2030 (180 days before, moved off New Year's Eve and Day), 1 April and 31 May 2031.
    await seed(web.db, inForce({ id: 'edge', validFrom: '2029-01-01', validUntil: '2031-06-30' }));
    const { browser } = await web.signedIn('viewer');
    const api = await bodyOf(await browser.request('/api/forecast?limit=200'));
    expect(api.items.every((m: { at: string }) => m.at >= NOW.toISOString() && m.at < '2031-03-01T00:00:00.000Z')).toBe(true);
    expect(api.items.filter((m: { workflowId: string }) => m.workflowId === 'guideline/edge').map((m: { at: string }) => m.at)).toEqual([
      '2030-12-30T07:00:00.000Z',
    ]);
    expect(api.items.map((m: { workflowId: string }) => m.workflowId)).not.toContain('guideline/expected-child');
  });

  test('by a person, any case, on the page and the API alike', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/forecast?email=Ben.Berg%40boras.example')).text();
    expect(rowsOf(html)).toEqual([
      '1 april 2030 kl. 08:00 Påminnelse om att giltigheten upphör Riktlinje: Riktlinje för medföljande personal Ben Berg <ben.berg@boras.example>, Borås',
      '31 maj 2030 kl. 08:00 Påminnelse om att giltigheten upphör Riktlinje: Riktlinje för medföljande personal Ben Berg <ben.berg@boras.example>, Borås',
    ]);
    expect(html).toContain('value="Ben.Berg@boras.example"');
    const api = await bodyOf(await browser.request('/api/forecast?email=ben.berg%40boras.example'));
    expect(api.items.map((m: { purpose: string }) => m.purpose)).toEqual(['expiry-reminder', 'expiry-reminder']);
  });

  test('by an organisation chosen from the directory', async () => {
    const { browser } = await web.signedIn('viewer');
    const html = await (await browser.request('/forecast?organisation=kommun-lerum')).text();
    expect(html).toContain('<option value="kommun-lerum" selected="">Lerum</option>');
    expect(rowsOf(html)).toEqual([
      '15 mars 2030 kl. 08:00 Påminnelse om remissvar Remiss: Rutin för samtycke, remissversion Vårdsamverkan Lerum <vardsamverkan@lerum.example>, Lerum',
    ]);
    expect((await bodyOf(await browser.request('/api/forecast?organisation=kommun-lerum'))).total).toBe(1);
  });

  test('an address that is not one is named at its field with 422', async () => {
    const { browser } = await web.signedIn('viewer');
    const response = await browser.request('/forecast?email=ben.berg');
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(
      '<a href="#f-email">Person (e-postadress): <span lang="en">must be an e-mail address</span></a>',
    );
    expect((await browser.request('/api/forecast?email=ben.berg')).status).toBe(422);
  });

  test('a page at a time, the next keeping the filter; in English', async () => {
    const { browser } = await web.signedIn('viewer');
    await browser.request('/language/en');
    const api = await bodyOf(await browser.request('/api/forecast?organisation=vgr&limit=2'));
    expect(api).toMatchObject({ limit: 2, offset: 0, nextOffset: 2 });
    const html = await (await browser.request('/forecast?organisation=vgr')).text();
    expect(html).toContain(`<caption>Upcoming mail (${api.total})</caption>`);
    expect(rowsOf(html)[0]).toBe(
      '18 March 2030 at 08:00 Follow-up survey report Follow-up: Uppföljning av egenvårdsrutinen Anna Andersson <anna.andersson@vgregion.example>, Västra Götalandsregionen',
    );
  });
});
