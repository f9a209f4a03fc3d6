import { calendarFeedUrls } from '../../activities/links/calendarFeeds';
import { issueLink } from '../../activities/links/personalLinks';
import { FEED_LIMIT } from '../../client/api/pages/calendarFeeds';
import { stockholmInstant } from '../../domain/calendar/dates';
import { meetingWorkflowId } from '../../domain/ids';
import { calendarUid } from '../../domain/mail/calendarEvent';
import { bodyOf } from '../../domain/meeting/bodies';
import { longestLineOctets, readCalendarFeed } from '../support/calendarFiles';
import { GUIDELINE, round, ROUND, roundProjection, seedCalendarSubjects, TRACKING } from '../support/calendarSubjects';
import { bodies } from '../support/directories';
import { englishSubscriber } from '../support/guidelines';
import { NOW } from '../support/meetingSubjects';
import { TestApp, testApp } from '../support/webApp';

let t: TestApp;

beforeEach(async () => {
  t = await testApp({ now: () => NOW });
  await seedCalendarSubjects(t.db);
});
afterEach(() => t.close());

/** A request from one address, as the server's socket would give it. */
const from = (address: string, path: string) => t.app.request(path, {}, { incoming: { socket: { remoteAddress: address } } });
const pathOf = (url: string) => new URL(url).pathname;
const borasFeeds = () => calendarFeedUrls(t.db, t.deps.links, { organisationId: 'kommun-boras', contactEmail: englishSubscriber.email });

async function feed(path: string) {
  const response = await t.app.request(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  // A calendar program has no session and is given none.
  expect(response.headers.get('set-cookie')).toBeNull();
  const text = await response.text();
  expect(longestLineOctets(text)).toBeLessThanOrEqual(75);
  return { response, text, ...readCalendarFeed(text) };
}

const BORAS_ROUND = calendarUid(ROUND, 'deadline', 'kommun-boras');
const BORAS_DECISION = calendarUid(TRACKING, 'decide-by', 'kommun-boras');

describe('the secret feeds of an organisation and of its contact', () => {
  test('the organisation’s lists what it is asked, and nothing else, readable by an independent parser', async () => {
    const { organisation } = await borasFeeds();
    expect(organisation).toMatch(/^http:\/\/localhost:3000\/calendar\/[a-z2-7]{26}\.ics$/);
    const read = await feed(pathOf(organisation));
    expect(read.name).toBe('Riktlinjer: Borås');
    expect([read.refreshInterval, read.publishedTtl]).toEqual(['PT1H', 'PT1H']);
    expect(read.events).toEqual([
      { uid: BORAS_DECISION, sequence: 0, start: '2027-06-30', allDay: true, summary: 'Huvudmannens beslut: Riktlinje för egenvård' },
      {
        uid: BORAS_ROUND,
        sequence: 2,
        start: '2097-03-04',
        allDay: true,
        summary: 'Sista dag för synpunkter: Riktlinje vid oro för ett väntat barn',
      },
    ]);
    expect(read.response.headers.get('cache-control')).toBe('private, max-age=300');
  });

  test('the contact’s adds what is theirs: the end of validity of the guideline they follow', async () => {
    const read = await feed(pathOf((await borasFeeds()).contact));
    expect(read.name).toBe('Riktlinjer: Borås, mina datum');
    expect(read.events.map((e) => [e.uid, e.sequence, e.start])).toEqual([
      [BORAS_DECISION, 0, '2027-06-30'],
      [calendarUid(GUIDELINE, 'valid-until'), 1, '2028-12-31'],
      [BORAS_ROUND, 2, '2097-03-04'],
    ]);
  });

  test('after an extension the same UID carries the new date with a higher SEQUENCE', async () => {
    const path = pathOf((await borasFeeds()).organisation);
    const before = (await feed(path)).events.find((e) => e.uid === BORAS_ROUND);
    // The round publishes itself again as its extendDeadline Update leaves it.
    const extended = round({
      deadline: '2097-03-20',
      deadlineInForce: '2097-03-20',
      calendarSequence: 3,
      extensions: [
        ...round().extensions,
        { deadline: '2097-03-20', reason: 'Fler behöver tid', previousDeadline: '2097-03-02', at: '2097-02-25T10:00:00.000Z' },
      ],
    });
    await seedCalendarSubjects(t.db, [roundProjection(extended)]);
    const after = (await feed(path)).events.find((e) => e.uid === BORAS_ROUND);
    expect([before?.start, before?.sequence]).toEqual(['2097-03-04', 2]);
    expect([after?.start, after?.sequence]).toEqual(['2097-03-20', 3]);
  });

  test('the addresses are the same each time; each contact has their own, the organisation one; the database keeps only hashes', async () => {
    const first = await borasFeeds();
    expect(await borasFeeds()).toEqual(first);
    const colleague = await calendarFeedUrls(t.db, t.deps.links, {
      organisationId: 'kommun-boras',
      contactEmail: 'registrator@boras.example',
    });
    expect(colleague.organisation).toBe(first.organisation);
    expect(colleague.contact).not.toBe(first.contact);
    // The address's case is the contact's, not a new feed.
    const shouting = await calendarFeedUrls(t.db, t.deps.links, {
      organisationId: 'kommun-boras',
      contactEmail: englishSubscriber.email.toUpperCase(),
    });
    expect(shouting).toEqual(first);

    const rows = await t.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(rows).toHaveLength(3);
    const tokens = [first.contact, first.organisation, colleague.contact].map((url) => /([a-z2-7]{26})\.ics$/.exec(url)?.[1]);
    for (const token of tokens) expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('what opens nothing gets what any address that does not exist gets', () => {
  /** The answer, with the path the page names (to come back to after signing in) left out. */
  const notFound = async (path: string) => {
    const response = await t.app.request(path);
    return { status: response.status, body: (await response.text()).replaceAll(encodeURIComponent(path), '…') };
  };

  test('an unknown token, a tampered one, one without .ics, a personal link’s token, an unknown body', async () => {
    const nowhere = await notFound('/no-such-page');
    expect(nowhere.status).toBe(404);
    const token = /([a-z2-7]{26})\.ics$/.exec((await borasFeeds()).organisation)![1];
    const tampered = `${token.slice(0, 25)}${token[25] === 'a' ? 'b' : 'a'}`;
    const link = await issueLink(t.db, t.deps.links.secret, {
      act: 'consultation.answer',
      workflowId: ROUND,
      organisationId: 'kommun-boras',
      contact: { name: 'Registrator', email: 'registrator@boras.example' },
    });
    for (const path of [
      '/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaa.ics',
      `/calendar/${tampered}.ics`,
      `/calendar/${token}`,
      `/calendar/${token.toUpperCase()}.ics`,
      `/calendar/${link}.ics`,
      '/calendar/bodies/XYZ.ics',
      '/calendar/bodies/vvg.ics',
      '/calendar/bodies/VVG',
    ]) {
      expect([path, await notFound(path)]).toEqual([path, nowhere]);
    }
  });
});

describe('a flood', () => {
  test('one address is refused with 429 past its limit, known token or not; another address is still served', async () => {
    const path = pathOf((await borasFeeds()).organisation);
    const statuses = [];
    for (let i = 0; i < FEED_LIMIT.limit; i++) {
      statuses.push((await from('203.0.113.7', i % 2 ? path : '/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaa.ics')).status);
    }
    expect(new Set(statuses)).toEqual(new Set([200, 404]));
    const refused = await from('203.0.113.7', path);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await from('203.0.113.7', '/calendar/bodies/VVG.ics')).status).toBe(429);
    expect((await from('198.51.100.2', path)).status).toBe(200);
  });
});

describe("a body's public calendar", () => {
  test('every VVG meeting in the calendar, at its start, with the UID its agenda mail gives it', async () => {
    const read = await feed('/calendar/bodies/VVG.ics');
    const vvg = bodyOf(bodies, 'VVG');
    expect(read.name).toBe('Vårdsamverkan Västra Götaland (VVG): sammanträden');
    expect(read.events.map((e) => [e.uid, e.sequence, e.start, e.allDay, e.summary])).toEqual(
      vvg.meetings.map((date) => [
        calendarUid(meetingWorkflowId('VVG', date), 'meeting'),
        0,
        stockholmInstant(date, '09:00').replace('.000Z', 'Z'),
        false,
        'VVG:s sammanträde',
      ]),
    );
    expect(read.response.headers.get('cache-control')).toBe('public, max-age=300');
  });

  test('the meetings page links each body’s calendar', async () => {
    const { browser } = await t.signedIn('viewer');
    const html = await (await browser.request('/meetings?year=2027')).text();
    expect(html).toContain('href="/calendar/bodies/VVG.ics"');
    expect(html).toContain('href="/calendar/bodies/SRO.ics"');
    expect(html).toContain('Prenumerera på SRO:s sammanträden i din kalender');
  });
});
