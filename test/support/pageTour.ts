import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { simpleParser } from 'mailparser';
import { ensureMeetingStarted } from '../../activities/meetingStart';
import { addBusinessDays, isBusinessDay, subtractBusinessDays } from '../../domain/calendar/businessDays';
import { addDays, stockholmDate } from '../../domain/calendar/dates';
import { meetingInputFor } from '../../domain/meeting/bodies';
import { agendaItemSchema } from '../../domain/meeting/meeting';
import { pages } from '../../client/web/links';
import { apiSession } from './apiSession';
import { bodies as shippedBodies, contacts } from './directories';
import { owner } from './guidelines';
import { item } from './meetings';
import { until } from './processes';
import { addUser, startApi, startWebStack, WebStack } from './webStack';

/*
 * A county's engine a few weeks into use, on the real stack (Temporal's dev server, the worker and the web server,
 * each a process of its own), and every page of it: what the accessibility test checks page by page, and what
 * tools/screenshots.ts photographs for the README. Everything is set up as people would, through the API; only the
 * meetings already held, which no one can add items to any more, are started as the worker starts them.
 */

export const TOUR_PASSWORD = 'a long enough password';
const today = stockholmDate(Date.now());
const days = (n: number) => addDays(today, n);
const businessDayFrom = (date: string) => (isBusinessDay(date) ? date : addBusinessDays(date, 1));
/** VVG and SRO met on the last business day; VVG meets again within the overview's 30 days, and in the spring. */
const HELD = subtractBusinessDays(today, 1);
const NEXT = businessDayFrom(days(20));
const SPRING = businessDayFrom(days(90));

/** Where a tour page's address holds the personal link, known once the invitation is out. */
const LINK = '{link}';
const IN_FORCE = 'medfoljande-personal';
const DRAFT = 'samtycke';
const NEW_DRAFT = 'vantat-barn';

export interface TourPage {
  /** A name for its screenshot: `docs/screenshots/<name>.png`. */
  name: string;
  path: string;
  /** Seen signed out; every other page as the tour's administrator, who may do everything and so sees every form. */
  signedOut?: boolean;
  /** The status the page answers with, when it is not 200. */
  status?: number;
}

export const tourPages: TourPage[] = [
  { name: 'sign-in', path: '/login', signedOut: true },
  { name: 'overview', path: pages.overview() },
  { name: 'guidelines', path: pages.guidelines() },
  { name: 'guideline-in-force', path: pages.guideline(IN_FORCE) },
  { name: 'guideline-in-consultation', path: pages.guideline(DRAFT) },
  { name: 'guideline-register', path: pages.newGuideline() },
  { name: 'guideline-extend', path: pages.extendGuideline(IN_FORCE) },
  { name: 'guideline-retire', path: pages.retireGuideline(IN_FORCE) },
  { name: 'round-start', path: pages.newRound(NEW_DRAFT) },
  { name: 'round', path: pages.round(DRAFT, 1) },
  { name: 'meetings', path: pages.meetings(Number(HELD.slice(0, 4))) },
  { name: 'meeting-held', path: pages.meeting('VVG', HELD) },
  { name: 'meeting-decision', path: pages.newDecision('VVG', HELD, 'consent') },
  { name: 'meeting-ahead', path: pages.meeting('VVG', NEXT) },
  { name: 'principals', path: pages.principals('SRO', HELD, 'recommendation') },
  { name: 'annual-wheel', path: pages.wheel(Number(today.slice(0, 4))) },
  { name: 'follow-ups', path: pages.followUps() },
  { name: 'implementation-plan', path: pages.newImplementation(IN_FORCE) },
  { name: 'implementation', path: pages.implementation(IN_FORCE, 1) },
  { name: 'follow-up-plan', path: pages.newFollowUp(IN_FORCE) },
  { name: 'follow-up', path: pages.followUp(IN_FORCE, 1) },
  { name: 'commissions', path: pages.commissions() },
  { name: 'commission-start', path: pages.newCommission() },
  { name: 'commission', path: pages.commission('lss-korttidsvistelse') },
  { name: 'yearly-tasks', path: pages.yearlyTasks() },
  { name: 'yearly-task', path: pages.yearlyTask('samsa-avtal') },
  { name: 'forecast', path: pages.forecast() },
  { name: 'audit', path: pages.audit() },
  { name: 'not-found', path: '/guidelines/finns-inte', status: 404 },
  // An organisation's own pages, through the link its invitation carried: no account.
  { name: 'link-answer', path: `/l/${LINK}`, signedOut: true },
  { name: 'link-asks', path: `/l/${LINK}/mine`, signedOut: true },
  { name: 'link-settings', path: `/l/${LINK}/preferences`, signedOut: true },
  { name: 'link-not-valid', path: '/l/zzzzzzzzzzzzzzzzzzzzzzzzzz', signedOut: true, status: 404 },
];

/** A tour page's address, with the personal link the tour's invitation carried. */
export const tourPath = (page: TourPage, tour: Tour) => page.path.replace(LINK, tour.link);

export interface Tour {
  url: string;
  username: string;
  /** Ale's personal link, read out of its invitation in the outbox. */
  link: string;
  stop(): Promise<void>;
}

/** Starts the stack and sets up what the pages show; resolves when the read model holds it all. */
export async function startTour(taskQueue: string): Promise<Tour> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-tour-'));
  const bodiesFile = path.join(dir, 'bodies.json');
  const bodies = {
    ...shippedBodies,
    bodies: shippedBodies.bodies.map((b) => ({ ...b, meetings: b.id === 'VVG' ? [HELD, NEXT, SPRING] : [HELD, SPRING] })),
  };
  fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
  let stack: WebStack | undefined;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  const stop = async () => {
    await api?.process.stop();
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    stack = await startWebStack(taskQueue, { BODIES_FILE: bodiesFile });
    [api] = await Promise.all([
      startApi(stack.env),
      addUser(stack.env, { username: 'anna', name: 'Anna Andersson', role: 'admin', password: TOUR_PASSWORD }),
    ]);
    await setUp(api.url, stack.env.TEMPORAL_ADDRESS, taskQueue, bodies);
    return { url: api.url, username: 'anna', link: await invitationLink(stack.dataDir), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The personal link in Ale's invitation, as the outbox holds it. */
async function invitationLink(dataDir: string): Promise<string> {
  const outbox = path.join(dataDir, 'outbox');
  const ale = contacts.contacts.find((c) => c.organisationId === 'kommun-ale')!.email;
  return until('the invitation to Ale in the outbox', async () => {
    for (const file of fs.existsSync(outbox) ? fs.readdirSync(outbox) : []) {
      if (!file.includes('consultation-invitation')) continue;
      const mail = await simpleParser(fs.readFileSync(path.join(outbox, file)));
      const to = (mail.to as { value: Array<{ address?: string }> } | undefined)?.value[0]?.address;
      const token = to === ale && /\/l\/([a-z2-7]{26})/.exec(mail.text ?? '')?.[1];
      if (token) return token;
    }
    return undefined;
  });
}

async function setUp(url: string, temporalAddress: string, taskQueue: string, bodies: typeof shippedBodies): Promise<void> {
  const anna = await apiSession(url, 'anna', TOUR_PASSWORD);
  const preparationGroup = [{ name: 'Beredningen', email: 'beredning@vastkom.example', organisationId: 'vastkom', role: 'beredning' }];
  await Promise.all([
    anna.post('/api/guidelines', {
      id: IN_FORCE,
      title: 'Riktlinje för medföljande personal',
      kind: 'guideline',
      owner,
      responsibleBody: 'VVG',
      validFrom: days(-700),
      validUntil: days(120),
      subscribers: [{ name: 'Ben Berg', email: 'ben.berg@boras.example', organisationId: 'kommun-boras', role: 'VVG-ledamot' }],
    }),
    anna.post('/api/guidelines', {
      draft: true,
      id: DRAFT,
      title: 'Riktlinje för samtycke',
      kind: 'guideline',
      owner,
      responsibleBody: 'VVG',
    }),
    anna.post('/api/guidelines', {
      draft: true,
      id: NEW_DRAFT,
      title: 'Riktlinje vid oro för ett väntat barn',
      kind: 'guideline',
      owner,
      responsibleBody: 'VVG',
    }),
  ]);
  await anna.post(`/api/guidelines/${DRAFT}/rounds`, {
    document: { title: 'Riktlinje för samtycke', version: 'remissversion 1', link: 'https://samverkan.example/samtycke.pdf' },
    recipientGroups: [{ group: 'all-municipalities' }, { group: 'regional-administrations' }],
    opensOn: today,
    deadline: businessDayFrom(days(25)),
    processOwner: owner,
    // Opening at the start of today: the round is open whatever the hour the tour runs.
    reminderPolicy: { businessDaysBefore: [10, 3], sendAt: '00:00' },
  });
  await until('the round to open', async () => (await anna.get(`/api/guidelines/${DRAFT}/rounds/1`)).status === 'open');
  for (const [organisationId, kind] of [
    ['kommun-ale', 'no-comments'],
    ['kommun-boras', 'comments'],
    ['kommun-tjorn', 'declines'],
    ['vgr-narhalsan', 'comments'],
  ])
    await anna.post(`/api/guidelines/${DRAFT}/rounds/1/answers`, { organisationId, kind, receivedOn: today });

  await anna.post(`/api/guidelines/${IN_FORCE}/implementations`, { deadline: days(60), implementers: 'subregions', preparationGroup });
  await anna.post(`/api/guidelines/${IN_FORCE}/follow-ups`, {
    title: 'Uppföljning av riktlinjen för medföljande personal',
    opensOn: today,
    closesOn: businessDayFrom(days(21)),
    reminderPolicy: { businessDaysBefore: [3], sendAt: '00:00' },
    preparationGroup,
  });
  await anna.post('/api/commissions', {
    id: 'lss-korttidsvistelse',
    title: 'Hälso- och sjukvård vid korttidsvistelse enligt LSS',
    task: 'Ta fram en gemensam rutin för egenvård vid korttidsvistelse för barn.',
    commissionedBy: { body: 'VVG', date: HELD },
    group: [owner],
    milestones: [
      { id: 'forsta-utkast', title: 'Första utkast', due: days(14) },
      { id: 'slutrapport', title: 'Slutrapport', due: days(80) },
    ],
    reportBack: { body: 'VVG', date: SPRING },
  });
  await anna.post('/api/yearly-tasks', {
    tasks: [
      {
        id: 'samsa-avtal',
        title: 'Förläng avtalet för IT-tjänsten SAMSA',
        description: 'Avtalet ska förlängas senast den 30 november.',
        owner,
        on: { month: 10, day: 1 },
        dueBy: { month: 11, day: 30 },
      },
    ],
  });
  await anna.post(`/api/meetings/VVG/${NEXT}/items`, {
    itemId: 'samtycke',
    title: 'Riktlinje för samtycke efter remissen',
    kind: 'decision',
    minutes: 20,
    subject: { type: 'guideline', id: DRAFT },
    presenter: owner,
  });

  const connection = await Connection.connect({ address: temporalAddress });
  try {
    const client = new Client({ connection });
    const held = [
      item({ itemId: 'consent', title: 'Riktlinje för samtycke', subject: { type: 'guideline', id: DRAFT } }),
      item({ itemId: 'roadmap', title: 'Färdplan nära vård', kind: 'information', documentsExpected: false }),
    ].map((i) => agendaItemSchema.parse(i));
    const recommendation = agendaItemSchema.parse(
      item({ itemId: 'recommendation', title: 'Rekommendation om egenvårdsrutinen', subject: { type: 'guideline', id: IN_FORCE } }),
    );
    await Promise.all([
      ensureMeetingStarted(client, taskQueue, { ...meetingInputFor(bodies, 'VVG', HELD), items: held }),
      ensureMeetingStarted(client, taskQueue, { ...meetingInputFor(bodies, 'SRO', HELD), items: [recommendation] }),
    ]);
  } finally {
    await connection.close();
  }
  await until('the held meetings to take decisions', async () => (await anna.get(`/api/meetings/VVG/${HELD}`)).status === 'held');
  await anna.post(`/api/meetings/VVG/${HELD}/decisions`, { outcome: 'note', itemId: 'roadmap' });
  await anna.post(`/api/meetings/SRO/${HELD}/decisions`, {
    outcome: 'recommend-principals',
    itemId: 'recommendation',
    decideBy: days(60),
  });
  await until('the principals to be tracked', async () => {
    const tracking = await anna.get(`/api/meetings/SRO/${HELD}/items/recommendation/principals`);
    return tracking.status === 'open';
  });
  await anna.post(`/api/meetings/SRO/${HELD}/items/recommendation/principals/decisions`, {
    organisationId: 'kommun-ale',
    decision: 'adopted',
    decidedOn: today,
    reference: 'KS § 42',
  });
  await until('the survey and the implementation to open', async () => {
    const [survey, implementation] = await Promise.all([
      anna.get(`/api/guidelines/${IN_FORCE}/follow-ups/1`),
      anna.get(`/api/guidelines/${IN_FORCE}/implementations/1`),
    ]);
    return survey.status === 'open' && implementation.status === 'open';
  });
  await anna.post(`/api/guidelines/${IN_FORCE}/implementations/1/confirmations`, { organisationId: 'fyrbodal', confirmedOn: today });
  await anna.post(`/api/guidelines/${IN_FORCE}/follow-ups/1/submissions`, {
    organisationId: 'fyrbodal',
    partId: 'functionality',
    answer: 'Riktlinjen fungerar väl i Fyrbodal.',
    submittedOn: today,
  });
}
