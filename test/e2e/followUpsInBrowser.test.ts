import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { addBusinessDays, isBusinessDay } from '../../domain/calendar/businessDays';
import { addDays, stockholmDate } from '../../domain/calendar/dates';
import { apiSession } from '../support/apiSession';
import { axeViolations } from '../support/axe';
import { bodies as shippedBodies } from '../support/directories';
import { owner } from '../support/guidelines';
import { until } from '../support/processes';
import { addUser, launchChromium, startApi, startWebStack, WebStack } from '../support/webStack';

/*
 * Implementation, follow-up, commissions and yearly tasks in real Chromium on the real stack (Temporal's dev server,
 * the worker and the web server, each a process of its own). Set up through the API: a guideline in force with an
 * implementation deadline and an open follow-up survey, a commission, a yearly task. In the browser a process owner
 * confirms an implementation, submits a survey part and completes a milestone, each seen on its page; an
 * administrator visits the yearly tasks. axe-core finds no WCAG 2.1 AA violation on any page visited.
 */

const password = 'a long enough password';
const today = stockholmDate(Date.now());
const days = (n: number) => addDays(today, n);
const businessDayFrom = (date: string) => (isBusinessDay(date) ? date : addBusinessDays(date, 1));
const REPORT_BACK = businessDayFrom(days(120));
const GUIDELINE = 'browser-self-care';

let dir: string;
let stack: WebStack;
let api: Awaited<ReturnType<typeof startApi>>;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'follow-ups-e2e-'));
  const bodiesFile = path.join(dir, 'bodies.json');
  const bodies = { ...shippedBodies, bodies: shippedBodies.bodies.map((b) => ({ ...b, meetings: b.id === 'VVG' ? [REPORT_BACK] : [] })) };
  fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
  [stack, browser] = await Promise.all([startWebStack('follow-ups-e2e', { BODIES_FILE: bodiesFile }), launchChromium()]);
  [api] = await Promise.all([
    startApi(stack.env),
    addUser(stack.env, { username: 'anna', name: 'Anna Andersson', role: 'process-owner', password }),
    addUser(stack.env, { username: 'adam', name: 'Adam Admin', role: 'admin', password }),
  ]);

  const anna = await apiSession(api.url, 'anna', password);
  await anna.post('/api/guidelines', {
    id: GUIDELINE,
    title: 'Riktlinje för egenvård',
    kind: 'routine',
    owner,
    responsibleBody: 'VVG',
    validFrom: today,
    validUntil: days(730),
  });
  await anna.post(`/api/guidelines/${GUIDELINE}/implementations`, {
    deadline: days(90),
    implementers: 'subregions',
    preparationGroup: [owner],
  });
  // Opening today at midnight, the survey opens as soon as it starts.
  await anna.post(`/api/guidelines/${GUIDELINE}/follow-ups`, {
    title: 'Uppföljning av egenvården',
    opensOn: today,
    closesOn: days(21),
    reminderPolicy: { businessDaysBefore: [3], sendAt: '00:00' },
    preparationGroup: [owner],
  });
  await anna.post('/api/commissions', {
    id: 'browser-commission',
    title: 'Rutin för korttidsvistelse',
    task: 'Ta fram en gemensam rutin för egenvård vid korttidsvistelse.',
    commissionedBy: { body: 'VVG', date: today },
    group: [owner],
    milestones: [
      { id: 'draft', title: 'Första utkast', due: days(30) },
      { id: 'final', title: 'Slutrapport', due: days(60) },
    ],
    reportBack: { body: 'VVG', date: REPORT_BACK },
  });
  const adam = await apiSession(api.url, 'adam', password);
  await adam.post('/api/yearly-tasks', {
    tasks: [
      {
        id: 'browser-agreement',
        title: 'Förläng avtalet för IT-tjänsten',
        description: 'Avtalet ska förlängas senast den 30 november.',
        owner,
        on: { month: 10, day: 1 },
        dueBy: { month: 11, day: 30 },
      },
    ],
  });
  await until('the survey to open and the yearly task to be listed', async () => {
    const survey = await anna.get(`/api/guidelines/${GUIDELINE}/follow-ups/1`);
    const tasks = await adam.get('/api/yearly-tasks');
    const implementation = await anna.get(`/api/guidelines/${GUIDELINE}/implementations/1`);
    return survey.status === 'open' && implementation.status === 'open' && tasks.total === 1;
  });
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

async function signIn(page: Page, username: string) {
  await page.goto(`${api.url}/login`);
  await page.getByLabel('Användarnamn', { exact: true }).fill(username);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${api.url}/`);
}

const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('a process owner confirms an implementation, submits a survey part and completes a milestone, each seen on its page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, 'anna');
    await page.getByRole('link', { name: 'Införande och uppföljning' }).click();
    await page.waitForURL(`${api.url}/follow-ups`);
    expect(await rowOf(page, 'Införande 1').textContent()).toContain('0 av 6 har bekräftat');
    await accessible(page);

    await page.getByRole('link', { name: 'Införande 1' }).click();
    await page.waitForURL(`${api.url}/guidelines/${GUIDELINE}/implementations/1`);
    expect(await rowOf(page, 'Fyrbodal').textContent()).toContain('Inte bekräftat');
    await accessible(page);
    await page.getByLabel('Organisation', { exact: true }).selectOption('fyrbodal');
    await page.getByLabel('Kommentar (valfri)').fill('Infört i alla kommuner');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await rowOf(page, 'Fyrbodal').getByText('Bekräftat', { exact: true }).waitFor();
    expect(await rowOf(page, 'Fyrbodal').textContent()).toContain('Infört i alla kommuner');
    expect(await page.locator('.progress-words').textContent()).toBe('1 av 6 (17 %)');
    await accessible(page);

    await page.goto(`${api.url}/guidelines/${GUIDELINE}/follow-ups/1`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uppföljning av egenvården');
    await accessible(page);
    // Without an answer first: the form comes back with the field named.
    await page.getByLabel('Organisation', { exact: true }).selectOption('skaraborg');
    await page.getByLabel('Del', { exact: true }).selectOption('functionality');
    await page.getByRole('button', { name: 'Registrera svaret' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Svar: is required');
    await accessible(page);
    await page.getByLabel('Svar', { exact: true }).fill('Fungerar väl i alla kommuner');
    await page.getByRole('button', { name: 'Registrera svaret' }).click();
    await page.waitForURL(`${api.url}/guidelines/${GUIDELINE}/follow-ups/1#answers`);
    expect(await rowOf(page, 'Skaraborg').textContent()).toMatch(/^Skaraborg\s*Inkommen \d+ \w+ \d{4}\s*Saknas\s*Saknas$/);
    await accessible(page);

    await page.getByRole('link', { name: 'Uppdrag', exact: true }).click();
    await page.waitForURL(`${api.url}/commissions`);
    await accessible(page);
    await page.getByRole('link', { name: 'Rutin för korttidsvistelse' }).click();
    await page.waitForURL(`${api.url}/commissions/browser-commission`);
    expect(await rowOf(page, 'Första utkast').textContent()).toContain('Pågår');
    await accessible(page);
    await page.locator('#f-done-milestoneId').selectOption('draft');
    await page.getByRole('button', { name: 'Markera som klart' }).click();
    await rowOf(page, 'Första utkast').getByText('Klart', { exact: true }).waitFor();
    await accessible(page);

    // The forms that start them, each checked as well.
    for (const form of ['/commissions/new', `/guidelines/${GUIDELINE}/implementations/new`, `/guidelines/${GUIDELINE}/follow-ups/new`]) {
      await page.goto(`${api.url}${form}`);
      await accessible(page);
    }
  } finally {
    await context.close();
  }
});

test('an administrator sees the yearly tasks with their next mail in Stockholm time, and a task with its acts', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, 'adam');
    await page.getByRole('link', { name: 'Årliga uppgifter' }).click();
    await page.waitForURL(`${api.url}/yearly-tasks`);
    expect(await rowOf(page, 'Förläng avtalet för IT-tjänsten').textContent()).toMatch(/1 oktober \d{4} kl\. 08:00/);
    await accessible(page);
    await page.getByRole('link', { name: 'Förläng avtalet för IT-tjänsten' }).click();
    await page.waitForURL(`${api.url}/yearly-tasks/browser-agreement`);
    expect(await page.getByRole('button', { name: 'Kör årets utskick nu' }).count()).toBe(1);
    await accessible(page);
  } finally {
    await context.close();
  }
});
