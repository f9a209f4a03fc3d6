import { findUserByUsername } from '../../activities/store/users';
import { addLocalAccount } from '../../client/api/auth/accounts';
import { verifyPassword } from '../../client/api/auth/passwords';
import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { owner } from '../support/guidelines';
import { bodyOf, Browser, PASSWORD, stubGuidelines, TestApp, testApp } from '../support/webApp';

const draft = {
  draft: true,
  id: 'expected-child',
  title: 'Riktlinje vid oro för ett väntat barn',
  kind: 'guideline',
  owner,
  responsibleBody: 'VVG',
};

describe('sign-in, sessions, CSRF and roles', () => {
  let web: TestApp;
  let stub: ReturnType<typeof stubGuidelines>;
  let clock = new Date('2026-03-02T08:00:00Z');

  beforeAll(async () => {
    stub = stubGuidelines();
    web = await testApp({ guidelines: stub.client, now: () => clock });
  });
  afterAll(() => web.close());
  beforeEach(() => {
    stub.calls.length = 0;
  });

  const actsCount = async () =>
    Number(
      (
        await web.db
          .selectFrom('api_acts')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('a local account signs in: an HttpOnly, SameSite=Lax session cookie and a fresh CSRF token', async () => {
    await addLocalAccount(web.db, { username: 'anna', name: 'Anna Andersson', role: 'process-owner', password: PASSWORD });
    const stored = await findUserByUsername(web.db, 'anna');
    expect(stored?.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored?.password_hash).not.toContain(PASSWORD);

    const browser = web.browser();
    const before = await browser.csrfToken();
    const response = await browser.signIn('anna', PASSWORD);
    expect(response.status).toBe(200);
    const body = await bodyOf(response);
    expect(body.user).toEqual({ id: stored?.id, username: 'anna', name: 'Anna Andersson', role: 'process-owner' });
    expect(body.csrfToken).not.toBe(before);
    expect(Buffer.from(body.csrfToken, 'base64url')).toHaveLength(32);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).toMatch(/Max-Age=36000/);
    expect(Buffer.from(browser.cookies.get('session')!, 'base64url')).toHaveLength(32);
    expect(await bodyOf(await browser.request('/api/session'))).toMatchObject({ user: { username: 'anna' }, csrfToken: body.csrfToken });

    // The database keeps only a hash of the session id.
    const rows = await web.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.map((r) => r.id_hash)).not.toContain(browser.cookies.get('session'));
  });

  test('a wrong password or an unknown user is 401, alike, and signs nobody in', async () => {
    const browser = web.browser();
    const wrong = await browser.signIn('anna', 'not the password at all');
    const unknown = await browser.signIn('nobody', PASSWORD);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((await bodyOf(wrong)).detail).toBe((await bodyOf(unknown)).detail);
    expect(browser.cookies.has('session')).toBe(false);
    expect((await browser.request('/api/guidelines')).status).toBe(401);
  });

  test('signing in without the CSRF token is refused 403', async () => {
    const browser = web.browser();
    await browser.csrfToken();
    const response = await browser.postJson('/api/session', { username: 'anna', password: PASSWORD });
    expect(response.status).toBe(403);
    expect(browser.cookies.has('session')).toBe(false);
  });

  test("a viewer's state-changing request is 403 and changes nothing", async () => {
    const { browser, csrf } = await web.signedIn('viewer');
    const acts = await actsCount();
    const response = await browser.postJson('/api/guidelines', draft, csrf);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(stub.calls).toEqual([]);
    expect(await actsCount()).toBe(acts);
    // Refused before validation: an invalid body is refused the same way, not described.
    expect((await browser.postJson('/api/guidelines', { id: 1 }, csrf)).status).toBe(403);
    // The page form too.
    const page = await browser.postForm('/guidelines', { _csrf: csrf, id: 'expected-child', title: 't', draft: 'true' });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Inte tillåtet');
    expect(stub.calls).toEqual([]);
  });

  test('a state-changing request without its session’s CSRF token is 403 and changes nothing, API and pages alike', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    const acts = await actsCount();
    expect((await browser.postJson('/api/guidelines', draft)).status).toBe(403);
    expect((await browser.postJson('/api/guidelines', draft, 'x'.repeat(43))).status).toBe(403);
    // Another session's token does not do either.
    const other = await web.signedIn('admin');
    expect((await browser.postJson('/api/guidelines', draft, other.csrf)).status).toBe(403);
    expect((await browser.postForm('/guidelines', { id: 'expected-child', title: 't', draft: 'true' })).status).toBe(403);
    expect((await browser.request('/api/session', { method: 'DELETE' })).status).toBe(403);
    expect(stub.calls).toEqual([]);
    expect(await actsCount()).toBe(acts);
    // With it, the same request goes through.
    expect((await browser.postJson('/api/guidelines', draft, csrf)).status).toBe(201);
  });

  test('a session ends when it expires, and on signing out', async () => {
    const { browser, csrf } = await web.signedIn('secretary');
    expect((await browser.request('/api/guidelines')).status).toBe(200);
    const signedInAt = clock;
    clock = new Date(signedInAt.getTime() + 10 * 3_600_000 + 1000);
    expect((await browser.request('/api/guidelines')).status).toBe(401);
    clock = signedInAt;
    expect((await browser.request('/api/guidelines')).status).toBe(200);
    expect((await browser.request('/api/session', { method: 'DELETE', headers: { 'x-csrf-token': csrf } })).status).toBe(204);
    expect(browser.cookies.has('session')).toBe(false);
    expect((await browser.request('/api/guidelines')).status).toBe(401);
  });

  test('a page asks an anonymous visitor to sign in, and the sign-in form brings them back', async () => {
    const browser = web.browser();
    const start = await browser.request('/guidelines/new');
    expect(start.status).toBe(303);
    expect(start.headers.get('location')).toBe('/login?next=%2Fguidelines%2Fnew');
    const form = await (await browser.request('/login?next=%2Fguidelines%2Fnew')).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(form)![1];
    const refused = await browser.postForm('/login', {
      _csrf: token,
      next: '/guidelines/new',
      username: 'anna',
      password: 'wrong password',
    });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('Fel användarnamn eller lösenord.');
    const signedIn = await browser.postForm('/login', { _csrf: token, next: '/guidelines/new', username: 'anna', password: PASSWORD });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/guidelines/new');
    expect((await browser.request('/guidelines/new')).status).toBe(200);
    // `next` never leads off the site.
    const offsite = await browser.request('/login?next=%2F%2Fevil.example');
    expect(offsite.headers.get('location')).toBe('/');
  });

  test('over https the cookies are Secure and bound to the host', async () => {
    const secure = await testApp({ guidelines: stub.client, web: { publicUrl: 'https://riktlinjer.example', secure: true } });
    try {
      await addLocalAccount(secure.db, { username: 'anna', name: 'Anna', role: 'viewer', password: PASSWORD });
      const browser = new Browser(secure.app);
      const response = await browser.signIn('anna', PASSWORD);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-session='));
      expect(cookie).toMatch(/Secure/);
      expect(cookie).toMatch(/Path=\//);
    } finally {
      await secure.close();
    }
  });

  test('accounts: a taken username is the state’s refusal, a short password the input’s; passwords verify in constant time', async () => {
    await expect(
      addLocalAccount(web.db, { username: 'anna', name: 'Other Anna', role: 'viewer', password: PASSWORD }),
    ).rejects.toMatchObject({
      type: Failure.WrongState,
      problems: ["username: 'anna' is taken"],
    });
    const refused = await addLocalAccount(web.db, { username: 'Bo Ek', name: '', role: 'boss', password: 'short' }).catch(
      (e: ValidationError) => e,
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).problems.map((p) => p.split(':')[0])).toEqual(['username', 'name', 'role', 'password']);
    const hash = (await findUserByUsername(web.db, 'anna'))!.password_hash!;
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, hash)).toBe(false);
  });

  test('with a provider configured the sign-in page offers only it; a provider out of reach is said so, 503', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const unreachable = await testApp({
      guidelines: stub.client,
      oidc: { begin: () => Promise.reject(new Error('ECONNREFUSED')), finish: () => Promise.reject(new Error('not called')) },
    });
    try {
      const browser = new Browser(unreachable.app);
      const page = await (await browser.request('/login?next=%2Fguidelines%2Fnew')).text();
      expect(page).toContain('href="/login/oidc?next=%2Fguidelines%2Fnew"');
      expect(page).not.toContain('name="password"');
      expect((await browser.postForm('/login', { _csrf: await browser.csrfToken(), username: 'anna', password: PASSWORD })).status).toBe(
        404,
      );
      const started = await browser.request('/login/oidc?next=%2Fguidelines%2Fnew');
      expect(started.status).toBe(503);
      expect(await started.text()).toContain('Inloggningen avbröts eller misslyckades');
      const callback = await browser.request('/login/oidc/callback?code=x&state=y');
      expect(callback.status).toBe(400);
    } finally {
      quiet.mockRestore();
      await unreachable.close();
    }
  });
});
