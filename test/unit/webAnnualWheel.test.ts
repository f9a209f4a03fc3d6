import { angleOf, monthSectors, placed, pointAt, ringOf } from '../../client/web/pages/wheelGeometry';
import { yearlyTaskSchema } from '../../domain/yearlyTask/yearlyTask';
import { ClientCall, stubClients } from '../support/apiStubs';
import { bodies } from '../support/directories';
import { NOW, seedMeetingSubjects } from '../support/meetingSubjects';
import { TestApp, testApp } from '../support/webApp';

/** The day of the year, 1 on 1 January, counted by the platform's own calendar rather than the wheel's. */
const dayOfYear = (date: string) => (Date.parse(date) - Date.UTC(Number(date.slice(0, 4)), 0, 1)) / 86_400_000 + 1;
const daysIn = (year: number) => dayOfYear(`${year}-12-31`);

/** Degrees clockwise from twelve o'clock, and the distance from the centre, of an SVG point. */
const polar = (x: number, y: number) => ({ angle: ((Math.atan2(x, -y) * 180) / Math.PI + 360) % 360, radius: Math.hypot(x, y) });

describe("the wheel's geometry", () => {
  test('the year turns once clockwise from twelve o’clock: a day’s mark at its middle, its share of 360 degrees', () => {
    expect(angleOf('2027-01-01', 2027, 0)).toBe(0);
    expect(angleOf('2027-12-31', 2027, 1)).toBe(360);
    expect(angleOf('2027-07-02', 2027)).toBeCloseTo(180, 10);
    expect(angleOf('2028-07-02', 2028)).toBeCloseTo((183.5 / 366) * 360, 10);
    expect(pointAt(0, 100)).toEqual([0, -100]);
    expect(pointAt(90, 100)).toEqual([100, 0]);
    expect(pointAt(180, 100)).toEqual([0, 100]);
  });

  test('twelve month sectors, each as wide as its days, the leap day in February of a leap year', () => {
    const sectors = monthSectors(2027);
    expect(sectors.map((s) => s.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(sectors[0].start).toBe(0);
    expect(sectors[2].start).toBeCloseTo((59 / 365) * 360, 10);
    expect(sectors[11].end).toBe(360);
    sectors.slice(1).forEach((s, i) => expect(s.start).toBe(sectors[i].end));
    expect(monthSectors(2028)[2].start).toBeCloseTo((60 / 366) * 360, 10);
  });

  test('a survey open across the turn of the year shows its window clipped to each year, its mark only in its own', () => {
    const survey = { kind: 'survey' as const, date: '2028-01-20', opensOn: '2027-12-01', title: 'Uppföljning' };
    expect(placed(survey, 2027)).toEqual({ window: [angleOf('2027-12-01', 2027, 0), 360] });
    expect(placed(survey, 2028)).toEqual({ mark: angleOf('2028-01-20', 2028), window: [0, angleOf('2028-01-20', 2028, 1)] });
    expect(placed(survey, 2029)).toEqual({});
  });
});

describe('the annual wheel page', () => {
  let web: TestApp;
  let calls: ClientCall[];
  const task = yearlyTaskSchema.parse({
    id: 'index-compensation',
    title: 'Indexera timersättningen',
    description: 'Räkna upp ersättningen enligt omsorgsprisindex.',
    owner: { name: 'Vårdsamverkan VGR', email: 'vardsamverkan@vgr.example', organisationId: 'vgr', role: 'processledare' },
    on: { month: 10, day: 1 },
    dueBy: { month: 10, day: 31 },
  });

  beforeAll(async () => {
    const stub = stubClients({ yearlyTasks: { list: () => [{ scheduleId: 'yearly/index-compensation', task }] } });
    calls = stub.calls;
    web = await testApp({ clients: stub.clients, now: () => NOW });
    await seedMeetingSubjects(web.db);
    viewer = await web.signedIn('viewer');
  });
  afterAll(() => web.close());

  let viewer: Awaited<ReturnType<TestApp['signedIn']>>;
  const page = async (path: string) => (await viewer.browser.request(path)).text();
  const svgOf = (html: string) =>
    html.slice(html.indexOf('<svg class="wheel"'), html.indexOf('</svg>', html.indexOf('<svg class="wheel"')));

  test('a picture with a name and a summary: twelve month sectors, a ring per kind, the year in the middle', async () => {
    const svg = svgOf(await page('/wheel/2027'));
    expect(svg).toMatch(/^<svg class="wheel" viewBox="[^"]+" role="img" aria-labelledby="wheel-title" aria-describedby="wheel-desc"/);
    expect(svg).toContain('<title id="wheel-title">Årshjul 2027 som bild</title>');
    expect(svg).toContain('<desc id="wheel-desc">10 sammanträden och 5 andra händelser under året.</desc>');
    expect(svg.match(/<path class="month month-(odd|even)"/g)).toHaveLength(12);
    expect(svg.match(/<circle class="ring"/g)).toHaveLength(7);
    expect(svg).toContain('dominant-baseline="central">jan</text>');
    expect(svg).toContain('dominant-baseline="central">2027</text>');
  });

  test("a mark for each calendar meeting on its body's ring, at its day's angle", async () => {
    const svg = svgOf(await page('/wheel/2027'));
    for (const body of bodies.bodies) {
      const dates = body.meetings.filter((d) => d.startsWith('2027-'));
      const marks = [
        ...svg.matchAll(
          new RegExp(`<path class="mark mark-meeting-${body.id}" d="M (-?[\\d.]+) (-?[\\d.]+) [^"]*" data-date="([\\d-]+)"`, 'g'),
        ),
      ];
      expect(marks.map((m) => m[3])).toEqual(dates);
      for (const [, x, y, date] of marks) {
        // VVG's circle starts at its left edge, SRO's square at its top left corner: 7 units from the centre each way.
        const centre = body.id === 'VVG' ? polar(Number(x) + 7, Number(y)) : polar(Number(x) + 7, Number(y) + 7);
        expect(centre.angle).toBeCloseTo(((dayOfYear(date) - 0.5) / daysIn(2027)) * 360, 1);
        expect(centre.radius).toBeCloseTo(ringOf(`meeting-${body.id}`), 1);
      }
    }
  });

  test('the deadlines, the survey window, the report-back and the yearly task, each on its ring, and the same as text by month', async () => {
    const html = await page('/wheel/2027');
    const svg = svgOf(html);
    for (const [kind, date] of [
      ['consultation', '2027-03-31'],
      ['survey', '2027-09-30'],
      ['implementation', '2027-12-31'],
      ['commission', '2027-06-11'],
      ['yearly-task', '2027-10-01'],
    ]) {
      expect(svg).toContain(`<path class="mark mark-${kind}" d="`);
      expect(svg).toMatch(new RegExp(`class="mark mark-${kind}" d="[^"]+" data-date="${date}"`));
    }
    expect(svg).toMatch(/<path class="window window-survey" d="M [^"]+" data-opens="2027-09-01"/);
    expect(calls).toContainEqual({ client: 'yearlyTasks', method: 'list', args: [] });

    const list = html.slice(html.indexOf('<section class="wheel-list"'));
    expect(list).toContain('<h2 id="wheel-list-title">Året i text</h2>');
    expect(list).toMatch(
      /<h3>Mars<\/h3><ul><li>.*12 mars 2027<\/time>: <a href="\/meetings\/SRO\/2027-03-12">Sammanträde i SRO<\/a><\/li>/s,
    );
    expect(list).toContain(
      '31 mars 2027</time>: Sista svarsdag för remiss: <a href="/guidelines/consent/rounds/1">Riktlinje för samtycke</a>',
    );
    expect(list).toContain('<a href="/meetings/VVG/2027-02-12">Sammanträde i VVG</a> (3 punkter)');
    expect(list).toContain(
      'Uppföljning (öppen till och med): <a href="/guidelines/self-care/follow-ups/1">Uppföljning av egenvård</a> (öppnar <time datetime="2027-09-01">',
    );
    expect(list).toContain('Uppdrag återrapporteras: <a href="/commissions/lss-children">Barn i korttidsvistelse (VVG)</a>');
    expect(list).toContain(
      'Årlig uppgift: <a href="/yearly-tasks/index-compensation">Indexera timersättningen</a> (klar senast <time datetime="2027-10-31">',
    );
    expect(list).toContain('Sista dag för införande: <a href="/guidelines/self-care/implementations/1">Införande av egenvård</a>');
    expect(html.match(/<ul class="legend">.*?<\/ul>/s)![0].match(/<li>/g)).toHaveLength(7);
  });

  test("/wheel is this year's; a year without meetings has its yearly tasks still; a year that is not one is 404; printable on A4", async () => {
    expect(await page('/wheel')).toContain('<h1>Årshjul 2027</h1>');
    const later = await page('/wheel/2031');
    expect(later).toContain('<desc id="wheel-desc">0 sammanträden och 1 annan händelse under året.</desc>');
    expect(later).toContain('<a href="/wheel/2030" rel="prev">');
    expect(svgOf(later).match(/class="mark /g)).toHaveLength(1);
    expect(later).toContain('data-date="2031-10-01"');
    const { browser } = viewer;
    expect((await browser.request('/wheel/twenty')).status).toBe(404);
    expect((await browser.request('/wheel/1999')).status).toBe(404);
    const css = await (await browser.request('/assets/site.css')).text();
    expect(css).toContain('@page wheel { size: A4 portrait;');
    expect(css).toMatch(/@media print \{\s*\.wheel-page \{ page: wheel;/);
  });

  test('in English', async () => {
    const { browser } = await web.signedIn('viewer');
    await browser.request('/language/en?back=%2F');
    const html = await (await browser.request('/wheel/2027')).text();
    expect(html).toContain('<title id="wheel-title">Annual wheel 2027 as a picture</title>');
    expect(html).toContain('<desc id="wheel-desc">10 meetings and 5 other events in the year.</desc>');
    expect(html).toContain('dominant-baseline="central">Oct</text>');
    expect(html).toContain('<h3>October</h3>');
    expect(html).toContain(
      'Yearly task: <a href="/yearly-tasks/index-compensation">Indexera timersättningen</a> (due by <time datetime="2027-10-31">31 October 2027</time>)',
    );
  });
});
