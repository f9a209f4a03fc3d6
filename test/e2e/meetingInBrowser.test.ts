import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Browser, Page } from 'playwright-core';
import { ensureMeetingStarted } from '../../activities/meetingStart';
import { addBusinessDays, isBusinessDay, subtractBusinessDays } from '../../domain/calendar/businessDays';
import { addDays, stockholmDate } from '../../domain/calendar/dates';
import { formatDate } from '../../domain/mail/letter';
import { meetingInputFor } from '../../domain/meeting/bodies';
import { agendaItemSchema } from '../../domain/meeting/meeting';
import { axeViolations } from '../support/axe';
import { bodies as shippedBodies } from '../support/directories';
import { owner } from '../support/guidelines';
import { item } from '../support/meetings';
import { until } from '../support/processes';
import { addUser, launchChromium, startApi, startWebStack, WebStack } from '../support/webStack';

/*
 * The acceptance scenario of the meeting pages, on the real stack (Temporal's dev server, the worker and the web
 * server each in a process of its own) in headless Chromium. VVG met on the last business day; its agenda holds a
 * guideline's extension, an item to send back and one to note. The secretary records the three decisions in the
 * browser, sees the extension reach the guideline through the API and the sent-back item on the later meeting, puts
 * an item on that meeting, starts SRO's year, and finds the meetings in the annual wheel. SRO, which met the same day,
 * recommends the principals, and the secretary records a principal's decision. Every page passes axe.
 */

const TASK_QUEUE = 'meeting-browser-e2e';
const password = 'a long enough password';

const today = stockholmDate(Date.now());
const businessDayFrom = (date: string) => (isBusinessDay(date) ? date : addBusinessDays(date, 1));
/** A meeting already held: its items were on it from before, as items go only on meetings ahead. */
const HELD = subtractBusinessDays(today, 1);
const LATER = businessDayFrom(addDays(today, 30));
const SRO_MEETING = businessDayFrom(addDays(today, 45));
const bodies = {
  ...shippedBodies,
  bodies: shippedBodies.bodies.map((b) => ({ ...b, meetings: b.id === 'VVG' ? [HELD, LATER] : [HELD, SRO_MEETING] })),
};

const EXTENDED = 'browser-extended';
const DRAFT = 'browser-draft';
const NEW_END = addDays(today, 500);
const yearOf = (date: string) => Number(date.slice(0, 4));

let stack: WebStack;
let api: Awaited<ReturnType<typeof startApi>>;
let browser: Browser;
let dir: string;

/** Registers a guideline as a process owner would through the API: a session, its CSRF token, the POST. */
async function register(guideline: Record<string, unknown>): Promise<void> {
  const cookies = new Map<string, string>();
  const call = async (pathname: string, init: RequestInit = {}) => {
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${api.url}${pathname}`, { ...init, headers: { ...init.headers, cookie } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return response;
  };
  const { csrfToken } = (await (await call('/api/session')).json()) as { csrfToken: string };
  const signedIn = await call('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    body: JSON.stringify({ username: 'anna', password }),
  });
  const session = (await signedIn.json()) as { csrfToken: string };
  const registered = await call('/api/guidelines', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
    body: JSON.stringify(guideline),
  });
  expect(registered.status).toBe(201);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meeting-browser-'));
  const bodiesFile = path.join(dir, 'bodies.json');
  fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
  [stack, browser] = await Promise.all([startWebStack(TASK_QUEUE, { BODIES_FILE: bodiesFile }), launchChromium()]);
  [api] = await Promise.all([
    startApi(stack.env),
    addUser(stack.env, { username: 'anna', name: 'Anna Andersson', role: 'process-owner', password }),
    addUser(stack.env, { username: 'sara', name: 'Sara Sekreterare', role: 'secretary', password }),
  ]);
  await Promise.all([
    register({
      id: EXTENDED,
      title: 'Riktlinje för medföljande personal',
      kind: 'guideline',
      owner,
      responsibleBody: 'VVG',
      validFrom: addDays(today, -300),
      validUntil: addDays(today, 60),
    }),
    register({ draft: true, id: DRAFT, title: 'Riktlinje för samtycke', kind: 'guideline', owner, responsibleBody: 'VVG' }),
  ]);
  const connection = await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS });
  try {
    const items = [
      item({
        itemId: 'extension',
        title: 'Förlängning av riktlinjen för medföljande personal',
        subject: { type: 'guideline', id: EXTENDED },
      }),
      item({ itemId: 'consent', title: 'Riktlinje för samtycke', subject: { type: 'guideline', id: DRAFT } }),
      item({ itemId: 'roadmap', title: 'Färdplan nära vård', kind: 'information', documentsExpected: false }),
    ].map((i) => agendaItemSchema.parse(i));
    const recommendation = agendaItemSchema.parse(
      item({ itemId: 'recommendation', title: 'Rekommendation om samtycke', subject: { type: 'guideline', id: DRAFT } }),
    );
    const client = new Client({ connection });
    await Promise.all([
      ensureMeetingStarted(client, TASK_QUEUE, { ...meetingInputFor(bodies, 'VVG', HELD), items }),
      ensureMeetingStarted(client, TASK_QUEUE, { ...meetingInputFor(bodies, 'SRO', HELD), items: [recommendation] }),
    ]);
  } finally {
    await connection.close();
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.process.stop();
  await stack?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every page visited passes axe-core's WCAG 2.1 AA rules. */
async function accessible(page: Page): Promise<void> {
  expect({ page: page.url(), violations: await axeViolations(page) }).toEqual({ page: page.url(), violations: [] });
}

const dateText = (date: string) => formatDate(date, 'sv');

/** Records an item's decision from the agenda: its form, the outcome chosen, the fields filled, back on the agenda. */
async function decide(page: Page, title: string, choice: string, fill: (page: Page) => Promise<void> = async () => {}, body = 'VVG') {
  await page.getByRole('link', { name: `Registrera beslut: ${title}` }).click();
  await page.waitForURL(/\/decision$/);
  await page.getByLabel('Beslut', { exact: true }).selectOption({ label: choice });
  await fill(page);
  await page.getByRole('button', { name: 'Registrera beslutet' }).click();
  await page.waitForURL(`${api.url}/meetings/${body}/${HELD}`);
}

async function signIn(page: Page, path: string): Promise<void> {
  await page.goto(`${api.url}${path}`);
  await page.getByLabel('Användarnamn', { exact: true }).fill('sara');
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${api.url}${path}`);
}

test('scenario: a secretary records the decisions of a meeting in the browser', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, '/meetings');
    if (yearOf(HELD) !== yearOf(today)) await page.getByRole('link', { name: String(yearOf(HELD)), exact: true }).click();
    // The meeting's row in the read model comes with its workflow's first steps.
    await until('the held meeting in the read model', async () => {
      await page.reload();
      return (await page.locator(`a[href="/meetings/VVG/${HELD}"]`).locator('xpath=ancestor::tr').textContent())?.includes('Hållet');
    });
    await accessible(page);

    await page.locator(`a[href="/meetings/VVG/${HELD}"]`).click();
    await page.waitForURL(`${api.url}/meetings/VVG/${HELD}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Sammanträde i VVG ${dateText(HELD)}`);
    expect(await page.locator('.status').textContent()).toBe('Hållet');
    await accessible(page);

    // The extension: first without its date, which the form refuses at the field; then with it.
    await page.getByRole('link', { name: 'Registrera beslut: Förlängning av riktlinjen för medföljande personal' }).click();
    await page.waitForURL(/\/items\/extension\/decision$/);
    await accessible(page);
    await page.getByLabel('Beslut', { exact: true }).selectOption({ label: 'Ställer sig bakom – giltigheten förlängs' });
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Förlängs till och med');
    await accessible(page);
    await page.getByLabel('Förlängs till och med').fill(NEW_END);
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.waitForURL(`${api.url}/meetings/VVG/${HELD}`);
    expect(await page.locator('#item-extension .decision').textContent()).toBe(`Förlängs till och med ${dateText(NEW_END)}`);
    const guideline = await (await page.request.get(`${api.url}/api/guidelines/${EXTENDED}`)).json();
    expect(guideline).toMatchObject({ status: 'in-force', guideline: { validUntil: NEW_END } });

    await decide(page, 'Riktlinje för samtycke', 'Återkommer till ett senare sammanträde', async (p) => {
      await p.getByLabel('Sammanträde', { exact: true }).selectOption(LATER);
      await p.getByLabel('Skäl', { exact: true }).fill('Kommunerna behöver mer tid');
    });
    expect(await page.locator('#item-consent .decision').textContent()).toBe(
      `Återkommer VVG ${dateText(LATER)}: Kommunerna behöver mer tid`,
    );
    await decide(page, 'Färdplan nära vård', 'Noterar informationen');
    expect(await page.locator('#item-roadmap .decision').textContent()).toBe('Noterar informationen');
    expect(await page.locator('.decision').count()).toBe(3);
    expect(await page.getByRole('link', { name: /^Registrera beslut/ }).count()).toBe(0);
    await accessible(page);

    // The sent-back item is on the later meeting, which takes one more item from its form.
    await page.locator('#item-consent .decision a').click();
    await page.waitForURL(`${api.url}/meetings/VVG/${LATER}`);
    expect(await page.locator('#item-consent dt', { hasText: 'Återkommer från' }).count()).toBe(1);
    expect(
      await page
        .locator('#item-consent')
        .getByRole('link', { name: `VVG ${dateText(HELD)}` })
        .count(),
    ).toBe(1);
    await accessible(page);
    await page.getByLabel('Punktens id').fill('follow-up');
    await page.getByLabel('Rubrik', { exact: true }).fill('Uppföljning av samtycke');
    await page.getByLabel('Minuter', { exact: true }).fill('15');
    await page.getByLabel('Ärendet gäller').selectOption('guideline');
    await page.getByLabel('Ärendets id').fill(DRAFT);
    await page.getByLabel('Namn', { exact: true }).fill(owner.name);
    await page.getByLabel('E-post', { exact: true }).fill(owner.email);
    await page.getByLabel('Organisation', { exact: true }).selectOption(owner.organisationId);
    await page.getByLabel('Roll', { exact: true }).fill(owner.role);
    await page.getByRole('button', { name: 'Lägg till punkten' }).click();
    await page.waitForURL(`${api.url}/meetings/VVG/${LATER}`);
    expect(await page.locator('#item-follow-up h3').textContent()).toBe('Uppföljning av samtycke');

    // SRO's year, started from the calendar.
    await page.goto(`${api.url}/meetings?year=${yearOf(SRO_MEETING)}`);
    await page.getByRole('button', { name: `Påbörja SRO:s sammanträden ${yearOf(SRO_MEETING)}` }).click();
    await until('the SRO meeting in the read model', async () => {
      await page.reload();
      return (await page.locator(`a[href="/meetings/SRO/${SRO_MEETING}"]`).locator('xpath=ancestor::tr').textContent())?.includes(
        'Planerat',
      );
    });
    await accessible(page);

    // The annual wheel of the held meeting's year shows it, as a mark and in the list.
    await page.getByRole('link', { name: 'Årshjul', exact: true }).click();
    await page.waitForURL(`${api.url}/wheel`);
    if (yearOf(HELD) !== yearOf(today)) await page.getByRole('link', { name: `Föregående år (${yearOf(HELD)})` }).click();
    await page.getByRole('img', { name: `Årshjul ${yearOf(HELD)} som bild` }).waitFor();
    expect(await page.locator(`svg.wheel .mark-meeting-VVG[data-date="${HELD}"]`).count()).toBe(1);
    expect(await page.locator('.wheel-list').textContent()).toContain(`${dateText(HELD)}: Sammanträde i VVG (3 punkter)`);
    await accessible(page);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test("SRO's recommendation to the principals, and a principal's decision recorded on the tracking's page", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, `/meetings/SRO/${HELD}`);
    await accessible(page);
    await decide(
      page,
      'Rekommendation om samtycke',
      'Rekommenderar huvudmännen att ställa sig bakom',
      async (p) => {
        await p.getByLabel('Huvudmännen beslutar senast').fill(addDays(today, 60));
      },
      'SRO',
    );
    expect(await page.locator('#item-recommendation .decision').textContent()).toBe(
      `Rekommenderar huvudmännen, beslut senast ${dateText(addDays(today, 60))} (Huvudmännens beslut)`,
    );

    await page.getByRole('link', { name: 'Huvudmännens beslut' }).click();
    await page.waitForURL(`${api.url}/meetings/SRO/${HELD}/principals/recommendation`);
    // The tracking's row comes with its workflow's first steps, which may follow the decision by a moment.
    await until('the tracking in the read model', async () => {
      if (await page.locator('.progress-words').count()) return true;
      await page.reload();
      return undefined;
    });
    expect(await page.locator('.progress-words').textContent()).toBe('0 av 50 (0 %)');
    await accessible(page);
    await page.getByLabel('Huvudman', { exact: true }).selectOption('kommun-boras');
    await page.getByLabel('Beslut', { exact: true }).selectOption('adopted');
    await page.getByLabel('Beslutsdatum', { exact: true }).fill(today);
    await page.getByLabel('Referens', { exact: true }).fill('KS § 42');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await page.waitForURL(`${api.url}/meetings/SRO/${HELD}/principals/recommendation`);
    expect(await page.locator('.progress-words').textContent()).toBe('1 av 50 (2 %)');
    expect(await page.locator('table tbody tr').first().textContent()).toBe(`BoråsAntagit${dateText(today)}KS § 42`);
    expect(await page.locator('ul.silent li').count()).toBe(49);
    await accessible(page);
  } finally {
    await context.close();
  }
});
