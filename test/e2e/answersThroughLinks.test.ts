import path from 'node:path';
import nodemailer from 'nodemailer';
import type { ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { addBusinessDays, isBusinessDay } from '../../domain/calendar/businessDays';
import { addDays, stockholmDate } from '../../domain/calendar/dates';
import { apiSession, ApiSession } from '../support/apiSession';
import { axeViolations } from '../support/axe';
import { contacts } from '../support/directories';
import { owner } from '../support/guidelines';
import { freePort } from '../support/ports';
import { until } from '../support/processes';
import { SmtpSink } from '../support/smtpSink';
import { addUser, launchChromium, ServiceProcess, startApi, startWebStack, WebStack } from '../support/webStack';

/*
 * Organisations act for themselves, on the real stack: Temporal's dev server, the worker, the web server and the
 * inbound listener each a process of its own, mail to a real SMTP server on loopback. A process owner starts a
 * round; the invitations arrive, each with its organisation's link. Ale opens its link in Chromium, with no
 * account, and answers with a PDF; Borås replies to its mail through an SMTP client, to the inbound listener. Both
 * are recorded as come by their way and from whom, and neither is reminded again. The process owner reads Borås's
 * reply on the round's page and classifies it.
 */

const password = 'a long enough password';
const today = stockholmDate(Date.now());
const businessDayFrom = (date: string) => (isBusinessDay(date) ? date : addBusinessDays(date, 1));
const DRAFT = 'samtycke';
const ORGANISATIONS = ['kommun-ale', 'kommun-boras', 'kommun-tjorn', 'vgr-narhalsan'];
const pdf = path.join(__dirname, '../fixtures/documents/yttrande.pdf');

let stack: WebStack;
let api: Awaited<ReturnType<typeof startApi>>;
let inbound: ServiceProcess;
let inboundPort: number;
let smtp: SmtpSink;
let browser: Browser;
let anna: ApiSession;

beforeAll(async () => {
  smtp = new SmtpSink();
  const [webPort, smtpUrl] = await Promise.all([freePort(), smtp.start()]);
  inboundPort = await freePort();
  const url = `http://127.0.0.1:${webPort}`;
  // The worker writes the links the web server opens: both know where the pages are, and share the data folder.
  [stack, browser] = await Promise.all([startWebStack('links-e2e', { SMTP_URL: smtpUrl, PUBLIC_URL: url }), launchChromium()]);
  inbound = new ServiceProcess(
    [process.execPath, '--import', 'tsx', 'client/inbound/main.ts'],
    { ...stack.env, INBOUND_SMTP_PORT: String(inboundPort) },
    'inbound: listening',
  );
  [api] = await Promise.all([
    startApi(stack.env, webPort),
    inbound.start(),
    addUser(stack.env, { username: 'anna', name: 'Anna Andersson', role: 'process-owner', password }),
  ]);
  anna = await apiSession(api.url, 'anna', password);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await inbound?.stop();
  await api?.process.stop();
  await stack?.stop();
  await smtp?.stop();
});

async function accessible(page: Page): Promise<void> {
  expect({ page: page.url(), violations: await axeViolations(page) }).toEqual({ page: page.url(), violations: [] });
}

const addressOf = (organisationId: string) => contacts.contacts.find((c) => c.organisationId === organisationId)!.email;
const recipientOf = (m: ParsedMail) => (m.to as { value: Array<{ address: string }> }).value[0].address;
const invitationTo = (organisationId: string): ParsedMail | undefined =>
  smtp.messages.find((m) => m.subject?.startsWith('Synpunkter önskas') && recipientOf(m) === addressOf(organisationId));

/** Whom the round will still remind, by organisation, as the forecast reads it. */
async function remindedOrganisations(): Promise<string[]> {
  const forecast = await anna.get(`/api/forecast?limit=200`);
  return [
    ...new Set<string>(
      forecast.items
        .filter((m: { purpose: string }) => m.purpose === 'consultation-reminder')
        .map((m: { organisationId: string }) => m.organisationId),
    ),
  ].sort();
}

test('scenario: municipalities answer through their own links', async () => {
  await anna.post('/api/guidelines', {
    draft: true,
    id: DRAFT,
    title: 'Riktlinje för samtycke',
    kind: 'guideline',
    owner,
    responsibleBody: 'VVG',
  });
  await anna.post(`/api/guidelines/${DRAFT}/rounds`, {
    document: { title: 'Riktlinje för samtycke', version: 'remissversion 1', link: 'https://samverkan.example/samtycke.pdf' },
    recipientGroups: [{ group: 'organisations', organisationIds: ORGANISATIONS }],
    opensOn: today,
    deadline: businessDayFrom(addDays(today, 30)),
    processOwner: owner,
    // Opening at the start of today: the invitations go out now, whatever the hour.
    reminderPolicy: { businessDaysBefore: [10, 3], sendAt: '00:00' },
  });

  // The invitations arrive, each with its organisation's own link and a reply address of its own.
  await until('the invitations', () => ORGANISATIONS.every((o) => invitationTo(o)) || undefined, 60_000);
  expect(await remindedOrganisations()).toEqual([...ORGANISATIONS].sort());
  const ale = invitationTo('kommun-ale')!;
  const link = new RegExp(`(${api.url}/l/[a-z2-7]{26})`).exec(ale.text!)![1];

  // Ale answers in the browser, with no account, attaching its statement as a PDF.
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(link);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Riktlinje för samtycke');
    await accessible(page);
    await page.getByLabel('Vi har synpunkter').check();
    await page.getByLabel('Synpunkter', { exact: true }).fill('Förtydliga ansvaret vid utskrivning.');
    await page.getByLabel('Bifoga filer').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Skicka svaret' }).click();
    await page.waitForURL(`${link}?sent=1`);
    expect(await page.getByRole('status').textContent()).toBe('Tack! Det är registrerat.');
    await accessible(page);
    await page.getByRole('link', { name: 'Mina åtaganden' }).click();
    await accessible(page);
  } finally {
    await context.close();
  }
  const answered = (await anna.get(`/api/guidelines/${DRAFT}/rounds/1`)).responses['kommun-ale'];
  expect(answered).toMatchObject({
    kind: 'comments',
    receivedVia: 'link',
    receivedFrom: addressOf('kommun-ale'),
    documents: [{ filename: 'yttrande.pdf', mediaType: 'application/pdf' }],
  });

  // Borås replies to its invitation through an SMTP client, to the listener its Reply-To names.
  const boras = invitationTo('kommun-boras')!;
  const replyTo = boras.replyTo!.value[0].address!;
  expect(replyTo).toMatch(/^riktlinjer\+[a-z2-7]{26}@localhost$/);
  const relay = nodemailer.createTransport({ host: '127.0.0.1', port: inboundPort, ignoreTLS: true });
  await relay.sendMail({
    from: addressOf('kommun-boras'),
    to: replyTo,
    subject: `Re: ${boras.subject}`,
    text: 'Borås har synpunkter, se bifogat yttrande.',
    attachments: [{ filename: 'Yttrande Borås.pdf', path: pdf }],
  });
  relay.close();
  expect((await anna.get(`/api/guidelines/${DRAFT}/rounds/1`)).responses['kommun-boras']).toMatchObject({
    kind: 'unclassified',
    receivedVia: 'email',
    documents: [{ filename: 'Yttrande Borås.pdf' }],
  });
  // Neither is reminded any more; the others still are.
  expect(await remindedOrganisations()).toEqual(['kommun-tjorn', 'vgr-narhalsan']);

  // The process owner reads the reply on the round's page and classifies it.
  const owners = await browser.newContext();
  const ownPage = await owners.newPage();
  try {
    await ownPage.goto(`${api.url}/guidelines/${DRAFT}/rounds/1`);
    await ownPage.getByLabel('Användarnamn', { exact: true }).fill('anna');
    await ownPage.getByLabel('Lösenord', { exact: true }).fill(password);
    await ownPage.getByRole('button', { name: 'Logga in' }).click();
    await ownPage.waitForURL(`${api.url}/guidelines/${DRAFT}/rounds/1`);
    expect(await ownPage.locator('#replies-title').textContent()).toBe('Svar via e-post (1)');
    await accessible(ownPage);
    await ownPage.getByLabel('Klassa som (Borås)').selectOption({ label: 'Synpunkter' });
    await ownPage.getByRole('button', { name: 'Klassa svaret' }).click();
    await ownPage.waitForURL(`${api.url}/guidelines/${DRAFT}/rounds/1?done=classification`);
    await accessible(ownPage);
  } finally {
    await owners.close();
  }
  expect((await anna.get(`/api/guidelines/${DRAFT}/rounds/1`)).responses['kommun-boras']).toMatchObject({
    kind: 'comments',
    receivedVia: 'email',
    text: 'Borås har synpunkter, se bifogat yttrande.',
  });
});
