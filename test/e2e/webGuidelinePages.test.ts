import type { Browser, Page } from 'playwright-core';
import { addDays, stockholmDate } from '../../domain/calendar/dates';
import { axeViolations } from '../support/axe';
import { englishSubscriber, owner } from '../support/guidelines';
import { until } from '../support/processes';
import { addUser, launchChromium, startApi, startWebStack, WebStack } from '../support/webStack';

/*
 * The guideline pages on the real stack: a process owner registers a guideline in force and a draft through the
 * API, then in Chromium finds them on the overview, in the register by a filter and a search, follows one to its
 * page with its timeline and the reminders to come, extends it through its form, sees whom the engine will mail in
 * the forecast and what was done in the audit; every page passes axe, in Swedish and once in English.
 */

const password = 'a long enough password';
const today = stockholmDate(Date.now());
const days = (n: number) => addDays(today, n);

const IN_FORCE = {
  id: 'pages-in-force',
  title: 'Riktlinje för medföljande personal',
  kind: 'guideline',
  owner,
  subscribers: [englishSubscriber],
  responsibleBody: 'VVG',
  validFrom: days(-300),
  // Its reminders 90 and 30 days before are ahead; the one 180 days before is already past.
  validUntil: days(100),
};
const DRAFT = { draft: true, id: 'pages-draft', title: 'Rutin för samtycke', kind: 'routine', owner, responsibleBody: 'SRO' };

let stack: WebStack;
let api: Awaited<ReturnType<typeof startApi>>;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startWebStack('web-guideline-pages'), launchChromium()]);
  [api] = await Promise.all([
    startApi(stack.env),
    addUser(stack.env, { username: 'anna', name: 'Anna Andersson', role: 'process-owner', password }),
  ]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.process.stop();
  await stack?.stop();
});

/** Registers through the API, as a script with its own session would. */
async function register(guidelines: object[]): Promise<void> {
  let cookies = '';
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${api.url}${path}`, { ...init, headers: { ...init.headers, cookie: cookies } });
    const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
    if (set.length) cookies = set.join('; ');
    return response;
  };
  const json = { 'content-type': 'application/json' };
  const anonymous = ((await (await call('/api/session')).json()) as { csrfToken: string }).csrfToken;
  const signedIn = await call('/api/session', {
    method: 'POST',
    headers: { ...json, 'x-csrf-token': anonymous },
    body: JSON.stringify({ username: 'anna', password }),
  });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  for (const guideline of guidelines) {
    const response = await call('/api/guidelines', {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': csrfToken },
      body: JSON.stringify(guideline),
    });
    expect(response.status).toBe(201);
  }
}

async function accessible(page: Page): Promise<void> {
  expect({ page: page.url(), violations: await axeViolations(page) }).toEqual({ page: page.url(), violations: [] });
}

const rows = (page: Page) => page.locator('table tbody tr').allInnerTexts();

test('a process owner finds the guidelines on the overview, in the register, on their pages, in the forecast and the audit', async () => {
  await register([IN_FORCE, DRAFT]);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${api.url}/login`);
    await page.getByLabel('Användarnamn', { exact: true }).fill('anna');
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${api.url}/`);

    // The overview: the guideline ends within 180 days.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Att göra');
    const expiring = page.locator('section[aria-labelledby="expiring"]');
    expect(await expiring.getByRole('link', { name: IN_FORCE.title }).getAttribute('href')).toBe(`/guidelines/${IN_FORCE.id}`);
    await accessible(page);

    // The register, by a filter, then by a search.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Riktlinjer' }).click();
    await page.waitForURL(`${api.url}/guidelines`);
    expect(await page.locator('caption').textContent()).toBe('Riktlinjer (2 st.)');
    await page.getByLabel('Status', { exact: true }).selectOption('draft');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/status=draft/);
    expect(await rows(page)).toEqual([expect.stringContaining(DRAFT.title)]);
    await accessible(page);
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('Sök på titel eller id', { exact: true }).fill('medföljande');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/q=medf/);
    expect(await rows(page)).toEqual([expect.stringContaining(IN_FORCE.title)]);
    await accessible(page);

    // Its page: facts, its registration in the timeline, and the reminders to come with their recipients.
    await page.getByRole('link', { name: IN_FORCE.title }).click();
    await page.waitForURL(`${api.url}/guidelines/${IN_FORCE.id}`);
    expect(await page.locator('.status').textContent()).toBe('Gäller');
    // The ledger row of its registration is written by the worker's activity, a moment after it starts.
    await until('the registration in the timeline', async () => {
      await page.reload();
      return (await page.locator('ol.timeline').first().textContent())?.includes('Registrerad som gällande');
    });
    const ahead = page.locator('ol.timeline').last();
    expect(await ahead.textContent()).toContain('Planerat: Påminnelse om att giltigheten upphör');
    await ahead.locator('summary').first().click();
    expect(await ahead.locator('ul.recipients').first().innerText()).toContain(`${englishSubscriber.name} <${englishSubscriber.email}>`);
    await accessible(page);

    // Extended through its form, which the process owner is offered.
    await page.getByRole('link', { name: 'Förläng giltigheten' }).click();
    await page.waitForURL(`${api.url}/guidelines/${IN_FORCE.id}/extensions/new`);
    await accessible(page);
    await page.getByLabel('Ny sista giltiga dag', { exact: true }).fill(days(465));
    await page.getByLabel('Beslut', { exact: true }).fill(`VVG ${today} §5`);
    await page.getByLabel('Motivering', { exact: true }).fill('Förlängs oförändrad i väntan på revidering');
    await page.getByRole('button', { name: 'Förläng' }).click();
    await page.waitForURL(`${api.url}/guidelines/${IN_FORCE.id}`);
    expect(await page.locator('ol.timeline').first().textContent()).toContain(`beslut VVG ${today} §5`);
    expect(await page.locator('section[aria-labelledby="periods"] tbody tr').count()).toBe(2);
    await accessible(page);

    // The forecast for one person: only what will reach them.
    await page.goto(`${api.url}/forecast`);
    await page.getByLabel('Person (e-postadress)', { exact: true }).fill(englishSubscriber.email);
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/email=/);
    const forecast = await rows(page);
    expect(forecast.length).toBeGreaterThan(0);
    for (const row of forecast) expect(row).toContain(englishSubscriber.email);
    expect(forecast[0]).toContain('Påminnelse om att giltigheten upphör');
    await accessible(page);

    // The audit: the acts on the web, with who did them.
    await page.goto(`${api.url}/audit`);
    await accessible(page);
    await page.getByRole('link', { name: 'Åtgärder i webben' }).click();
    await page.waitForURL(/view=acts/);
    expect((await rows(page))[0]).toMatch(/anna\s+Förlänga riktlinje\s+pages-in-force\s+Utförd/);
    await accessible(page);

    // And in English.
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/view=acts/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Log');
    await page.goto(`${api.url}/guidelines/${IN_FORCE.id}`);
    expect(await page.locator('.status').textContent()).toBe('In force');
    await accessible(page);
  } finally {
    await context.close();
  }
});
