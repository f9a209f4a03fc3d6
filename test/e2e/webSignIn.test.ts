import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../support/ports';
import { owner } from '../support/guidelines';
import { axeViolations } from '../support/axe';
import { addUser, launchChromium, ServiceProcess, startApi, startWebStack, WebStack } from '../support/webStack';

const password = 'a long enough password';

let stack: WebStack;
let api: Awaited<ReturnType<typeof startApi>>;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startWebStack('web-e2e'), launchChromium()]);
  [api] = await Promise.all([
    startApi(stack.env),
    addUser(stack.env, { username: 'anna', name: 'Anna Andersson', role: 'process-owner', password }),
    addUser(stack.env, { username: 'vera', name: 'Vera Viewer', role: 'viewer', password }),
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

test('in Chromium a process owner signs in with a local account, registers a draft through the form and sees its page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${api.url}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await accessible(page);

    await page.getByLabel('Användarnamn', { exact: true }).fill('anna');
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${api.url}/`);
    expect(await page.getByText('Anna Andersson (Processägare)').count()).toBe(1);
    await accessible(page);

    await page.getByRole('link', { name: 'Registrera riktlinje' }).click();
    await page.waitForURL(`${api.url}/guidelines/new`);
    await accessible(page);

    // A mistake first: the form comes back with it named, and keeps what was typed.
    await page.getByLabel('Id', { exact: true }).fill('web-draft');
    await page.getByLabel('Titel', { exact: true }).fill('Riktlinje för samtycke');
    await page.getByLabel('Namn', { exact: true }).fill(owner.name);
    await page.getByLabel('E-post', { exact: true }).fill('anna.andersson');
    await page.getByLabel('Organisation', { exact: true }).selectOption(owner.organisationId);
    await page.getByLabel('Roll', { exact: true }).fill(owner.role);
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('must be an e-mail address');
    await accessible(page);

    await page.getByLabel('E-post', { exact: true }).fill(owner.email);
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.waitForURL(`${api.url}/guidelines/web-draft`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Riktlinje för samtycke');
    expect(await page.locator('.status').textContent()).toBe('Utkast');
    await accessible(page);

    // The same state through the API, with the browser's session.
    const state = await page.request.get(`${api.url}/api/guidelines/web-draft`);
    expect(await state.json()).toMatchObject({ guidelineId: 'web-draft', status: 'draft', guideline: { owner: { email: owner.email } } });

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${api.url}/guidelines/web-draft`);
    expect(await page.locator('.status').textContent()).toBe('Draft');
    await accessible(page);
  } finally {
    await context.close();
  }
});

/** A script's session: the cookies it was given and the CSRF token of GET /api/session. */
async function apiSession(url: string, username?: string) {
  let cookies: string[] = [];
  const call = async (pathname: string, init: RequestInit = {}) => {
    const response = await fetch(`${url}${pathname}`, { ...init, headers: { ...init.headers, cookie: cookies.join('; ') } });
    const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
    cookies = [...cookies.filter((c) => !set.some((s) => s.split('=')[0] === c.split('=')[0])), ...set];
    return response;
  };
  let csrf = ((await (await call('/api/session')).json()) as { csrfToken: string }).csrfToken;
  if (username) {
    const signedIn = await call('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ username, password }),
    });
    expect(signedIn.status).toBe(200);
    csrf = ((await signedIn.json()) as { csrfToken: string }).csrfToken;
  }
  const post = (body: unknown, token?: string) =>
    call('/api/guidelines', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
      body: JSON.stringify(body),
    });
  return { call, post, csrf };
}

test("over HTTP: a viewer's POST is 403 and registers nothing; so is a process owner's without its CSRF token", async () => {
  const draft = { draft: true, id: 'refused-draft', title: 'Aldrig registrerad', kind: 'guideline', owner, responsibleBody: 'VVG' };
  const viewer = await apiSession(api.url, 'vera');
  expect((await viewer.post(draft, viewer.csrf)).status).toBe(403);
  const processOwner = await apiSession(api.url, 'anna');
  expect((await processOwner.post(draft)).status).toBe(403);
  expect((await processOwner.call('/api/guidelines/refused-draft')).status).toBe(404);
  const acts = (await (await processOwner.call('/api/acts')).json()) as { items: Array<{ target: string }> };
  expect(acts.items.map((a) => a.target)).not.toContain('refused-draft');
});

describe('sign-in through a real OpenID Connect provider on loopback', () => {
  let provider: ServiceProcess;
  let oidcApi: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    const providerPort = await freePort();
    const apiPort = await freePort();
    // The app's address must be known before the provider starts, to register its redirect URI.
    const appUrl = `http://127.0.0.1:${apiPort}`;
    provider = new ServiceProcess(
      [process.execPath, path.join(__dirname, '../support/oidcProvider.mjs'), String(providerPort), `${appUrl}/login/oidc/callback`],
      {},
      'oidc: listening',
    );
    // The app discovers the provider on the first sign-in, so the two start together.
    [, oidcApi] = await Promise.all([
      provider.start(),
      startApi(
        {
          ...stack.env,
          OIDC_ISSUER: `http://localhost:${providerPort}`,
          OIDC_CLIENT_ID: 'riktlinjer',
          OIDC_CLIENT_SECRET: 'riktlinjer-test-secret',
          OIDC_ROLE_MAP: 'riktlinjer-processagare=process-owner',
        },
        apiPort,
      ),
    ]);
  }, 120_000);

  afterAll(async () => {
    await oidcApi?.process.stop();
    await provider?.stop();
  });

  async function signInAtProvider(page: Page, login: string) {
    await page.goto(`${oidcApi.url}/guidelines/new`);
    await page.getByRole('link', { name: 'Logga in med regionens inloggning' }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('anything');
    await page.locator('button[type="submit"]').click();
    // The provider's consent page.
    await page.locator('button[type="submit"]').click();
  }

  test('the authorization code flow with PKCE signs a person in with the role their claim maps to, back where they were going', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signInAtProvider(page, 'olle');
      await page.waitForURL(`${oidcApi.url}/guidelines/new`);
      expect(await page.getByText('Olle Olsson (Processägare)').count()).toBe(1);
      const session = await (await page.request.get(`${oidcApi.url}/api/session`)).json();
      expect(session.user).toMatchObject({ username: 'oidc:olle', name: 'Olle Olsson', role: 'process-owner' });
    } finally {
      await context.close();
    }
  });

  test('a person whose claim names no role is refused, and local passwords are not taken', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signInAtProvider(page, 'nils');
      await page.waitForURL((url) => url.pathname === '/login/oidc/callback');
      expect(await page.getByRole('alert').textContent()).toContain('Ditt konto har ingen roll');
      expect((await (await page.request.get(`${oidcApi.url}/api/session`)).json()).user).toBeNull();
      await accessible(page);

      const local = await apiSession(oidcApi.url);
      const refused = await local.call('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': local.csrf },
        body: JSON.stringify({ username: 'anna', password }),
      });
      expect(refused.status).toBe(403);
    } finally {
      await context.close();
    }
  });
});
