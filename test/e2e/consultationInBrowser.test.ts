import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { addDays, stockholmDate } from '../../domain/calendar/dates';
import { axeViolations } from '../support/axe';
import { organisations } from '../support/directories';
import { owner } from '../support/guidelines';
import { runCli } from '../support/processes';
import { addUser, launchChromium, startApi, startWebStack, WebStack } from '../support/webStack';

/*
 * The acceptance scenario of the web pages on the real stack: Temporal's dev server, the worker and the web server
 * each in a process of its own, driven in Chromium. Dates lie ahead of the real clock, as a process owner's would.
 */

const password = 'a long enough password';
const GUIDELINE = 'samtycke-webb';
const today = stockholmDate(Date.now());
const deadline = addDays(today, 42);
const extended = addDays(today, 56);

/** Every municipality and every regional administration: the round's recipients. */
const invited = organisations.organisations.filter((o) => o.kind === 'municipality' || o.kind === 'regional-administration');
const answering = ['kommun-boras', 'kommun-ale', 'vgr-narhalsan'];
const silent = invited.map((o) => o.id).filter((id) => !answering.includes(id));

let stack: WebStack;
let api: Awaited<ReturnType<typeof startApi>>;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startWebStack('consultation-browser-e2e'), launchChromium()]);
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

/** Every page visited passes axe-core's WCAG 2.1 AA rules. */
async function accessible(page: Page): Promise<void> {
  expect({ page: page.url(), violations: await axeViolations(page) }).toEqual({ page: page.url(), violations: [] });
}

const ROUND = `/guidelines/${GUIDELINE}/rounds/1`;

/** The organisations the round's page lists as not having answered. */
const silentOnPage = (page: Page) =>
  page
    .locator('section[aria-labelledby="silent-title"] li[data-organisation]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-organisation')));

test('scenario: a process owner runs a consultation round in the browser', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  try {
    await page.goto(`${api.url}/login`);
    await accessible(page);
    await page.getByLabel('Användarnamn', { exact: true }).fill('anna');
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${api.url}/`);

    // A draft, through the register form.
    await page.getByRole('link', { name: 'Registrera riktlinje' }).click();
    await page.waitForURL(`${api.url}/guidelines/new`);
    await page.getByLabel('Id', { exact: true }).fill(GUIDELINE);
    await page.getByLabel('Titel', { exact: true }).fill('Riktlinje för samtycke');
    await page.getByLabel('Namn', { exact: true }).fill(owner.name);
    await page.getByLabel('E-post', { exact: true }).fill(owner.email);
    await page.getByLabel('Organisation', { exact: true }).selectOption(owner.organisationId);
    await page.getByLabel('Roll', { exact: true }).fill(owner.role);
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.waitForURL(`${api.url}/guidelines/${GUIDELINE}`);
    await accessible(page);

    // The round: to every municipality and the region's administrations, opening today.
    await page.goto(`${api.url}/guidelines/${GUIDELINE}/rounds/new`);
    // With the named organisations open, so that their checkboxes are checked too.
    await page.getByText('Enskilda organisationer').click();
    await accessible(page);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Riktlinje för samtycke');
    expect(await page.getByLabel('E-post', { exact: true }).inputValue()).toBe(owner.email);
    expect(await page.getByLabel('Remissen öppnar').inputValue()).toBe(today);
    await page.getByLabel('Version', { exact: true }).fill('remissversion 1');
    await page.getByLabel('Länk till dokumentet').fill('https://samverkan.example/samtycke.pdf');
    await page.getByLabel('Alla kommuner').check();
    await page.getByLabel('Regionens förvaltningar', { exact: true }).check();
    await page.getByLabel('Sista svarsdag', { exact: true }).fill(deadline);
    // At midnight, so that a round opening today opens now, whatever the time.
    await page.getByLabel('Klockslag för utskick').fill('00:00');
    await page.getByRole('button', { name: 'Starta remissomgången' }).click();
    await page.waitForURL(`${api.url}${ROUND}?done=start`);
    expect(await page.getByRole('status').textContent()).toBe('Remissomgången är startad.');
    for (let tries = 0; (await page.locator('.status').textContent()) !== 'Öppen för svar'; tries++) {
      if (tries === 50) throw new Error('the round did not open');
      await page.waitForTimeout(200);
      await page.reload();
    }
    await accessible(page);

    // A mistake first: the form comes back with the field named.
    const answer = page.getByRole('region', { name: 'Registrera svar' });
    await answer.getByRole('button', { name: 'Registrera svaret' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Registrera svar: Organisation');
    await accessible(page);

    const record = async (organisationId: string, kind: string, fields: { comment?: string; documentRef?: string } = {}) => {
      const form = page.getByRole('region', { name: 'Registrera svar' });
      await form.getByLabel('Organisation', { exact: true }).selectOption(organisationId);
      await form.getByLabel('Typ av svar').selectOption(kind);
      await form.getByLabel('Inkom den').fill(today);
      if (fields.comment) await form.getByLabel('Kommentar').fill(fields.comment);
      if (fields.documentRef) await form.getByLabel('Diarienummer').fill(fields.documentRef);
      await form.getByRole('button', { name: 'Registrera svaret' }).click();
      await page.waitForURL(`${api.url}${ROUND}?done=answer`);
    };
    await record('kommun-boras', 'comments', { comment: 'Tydligare om samtycke för barn', documentRef: 'Dnr 2026/14' });
    await record('kommun-ale', 'no-comments');
    await record('vgr-narhalsan', 'declines');
    expect(await page.getByRole('status').textContent()).toBe('Svaret är registrerat.');

    const extension = page.getByRole('region', { name: 'Förläng svarstiden' });
    await extension.getByLabel('Ny sista svarsdag').fill(extended);
    await extension.getByLabel('Skäl').fill('Fler kommuner behöver behandla förslaget');
    await extension.getByRole('button', { name: 'Förläng' }).click();
    await page.waitForURL(`${api.url}${ROUND}?done=extension`);
    await accessible(page);

    // Exactly the silent organisations, and the answers with their status.
    expect((await silentOnPage(page)).sort()).toEqual([...silent].sort());
    expect(await page.locator('section[aria-labelledby="silent-title"] h2').textContent()).toBe(`Har inte svarat (${silent.length})`);
    expect(await page.locator('tr[data-organisation="kommun-boras"] td').first().textContent()).toBe('Har svarat');
    expect(await page.locator('progress').getAttribute('aria-valuetext')).toBe(
      `3 av ${invited.length} (${Math.round((3 / invited.length) * 100)} %)`,
    );
    expect(await page.locator('.extensions li').textContent()).toContain('Fler kommuner behöver behandla förslaget');

    // The CSV, downloaded as a browser does.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Svaren som CSV-fil' }).click()]);
    expect(download.suggestedFilename()).toBe(`${GUIDELINE}-round-1.csv`);
    const rows = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows[0]).toEqual(['organisation_id', 'organisation', 'group', 'status', 'kind', 'received_on', 'late', 'document_ref', 'text']);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(invited.map((o) => o.id).sort());
    expect(
      rows
        .filter((r) => r[3] === 'not-answered')
        .map((r) => r[0])
        .sort(),
    ).toEqual([...silent].sort());
    expect(rows.find((r) => r[0] === 'kommun-boras')).toEqual([
      'kommun-boras',
      'Borås',
      'sodra-alvsborg',
      'answered',
      'comments',
      today,
      'false',
      'Dnr 2026/14',
      'Tydligare om samtycke för barn',
    ]);

    // The same state through the API, with the browser's session, and through the CLI.
    const viaApi = await (await page.request.get(`${api.url}/api${ROUND}`)).json();
    const viaCli = await runCli(['consultation', 'progress', GUIDELINE, '--json'], stack.env);
    expect(viaCli.code).toBe(0);
    for (const state of [viaApi, JSON.parse(viaCli.stdout)]) {
      expect(state).toMatchObject({ status: 'open', deadline: extended, progress: { answered: 3, total: invited.length } });
      expect(state.progress.notAnswered.map((o: { organisationId: string }) => o.organisationId).sort()).toEqual([...silent].sort());
      expect(state.responses['kommun-boras']).toMatchObject({ kind: 'comments', receivedOn: today, documentRef: 'Dnr 2026/14' });
    }

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${api.url}${ROUND}?done=extension`);
    expect(await page.locator('section[aria-labelledby="silent-title"] h2').textContent()).toBe(`Not answered (${silent.length})`);
    await accessible(page);
  } finally {
    await context.close();
  }
});
