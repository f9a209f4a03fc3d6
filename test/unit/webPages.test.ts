import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { owner } from '../support/guidelines';
import { draft, seed } from '../support/guidelineSubjects';
import { bodyOf, draftView, stubGuidelines, TestApp, testApp } from '../support/webApp';

const formOf = (overrides: Record<string, string> = {}) => ({
  id: 'expected-child',
  title: 'Riktlinje vid oro för ett väntat barn',
  kind: 'guideline',
  responsibleBody: 'VVG',
  'owner.name': owner.name,
  'owner.email': owner.email,
  'owner.organisationId': owner.organisationId,
  'owner.role': owner.role,
  'owner.language': 'sv',
  draft: 'true',
  validFrom: '',
  validUntil: '',
  ...overrides,
});

describe('the pages: layout, the register form, a guideline, the language switch', () => {
  let web: TestApp;
  let stub: ReturnType<typeof stubGuidelines>;
  const registered = new Map<string, ReturnType<typeof draftView>>();

  beforeAll(async () => {
    stub = stubGuidelines({
      register: async (input) => {
        const { id, title } = input as { id: string; title: string };
        if (registered.has(id)) throw new ValidationError([`id: a guideline '${id}' is already registered`], Failure.WrongState);
        registered.set(id, draftView(id, title));
        // As the workflow does once started: its row in the read model, which the guideline's page reads.
        await seed(web.db, draft(id, title));
        return registered.get(id)!;
      },
      show: async (id) => {
        const view = registered.get(id);
        if (!view) throw new ValidationError([`guidelineId: no guideline '${id}'`], Failure.NotFound);
        return view;
      },
    });
    web = await testApp({ guidelines: stub.client });
  });
  afterAll(() => web.close());

  test('every page has the frame: Swedish, a skip link to the main content, the menu, the user, sign-out with its token', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    const html = await (await browser.request('/')).text();
    expect(html).toMatch(/^<!doctype html><html lang="sv">/);
    expect(html).toContain('<a class="skip-link" href="#content">Hoppa till innehållet</a>');
    expect(html).toContain('<main id="content" tabindex="-1">');
    expect(html).toContain('<nav class="main" aria-label="Huvudmeny">');
    expect(html).toContain('<a href="/" aria-current="page">Översikt</a>');
    expect(html).toContain('Test process-owner (Processägare)');
    expect(html).toContain(`<input type="hidden" name="_csrf" value="${csrf}"/>`);
    expect(html).toContain('<a href="/language/en?back=%2F" lang="en" hreflang="en">English</a>');
  });

  test('the menu offers only what the role may do', async () => {
    const { browser } = await web.signedIn('viewer');
    expect(await (await browser.request('/')).text()).not.toContain('/guidelines/new');
    expect((await browser.request('/guidelines/new')).status).toBe(403);
  });

  test('a refused form comes back 422 with what was typed, each problem named at the top and at its field', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    const form = await (await browser.request('/guidelines/new')).text();
    expect(form).toContain('<label for="f-owner-email">E-post</label>');
    expect(form).toContain('<input type="checkbox" id="f-draft" name="draft" value="true" checked=""/>');

    const response = await browser.postForm('/guidelines', { _csrf: csrf, ...formOf({ title: '', 'owner.email': 'anna-at-example' }) });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<div class="error-summary" role="alert" aria-labelledby="error-summary-title">');
    expect(html).toContain('<a href="#f-title">Titel: <span lang="en">is required</span></a>');
    expect(html).toContain('<a href="#f-owner-email">Ägare: E-post: <span lang="en">must be an e-mail address</span></a>');
    expect(html).toContain('aria-describedby="f-owner-email-error" aria-invalid="true"');
    expect(html).toContain('value="anna-at-example"');
    expect(stub.calls.filter((c) => c.method === 'register')).toEqual([]);
  });

  test('a registered draft leads to its page, with its state from the read model; its act is recorded', async () => {
    const { browser, csrf } = await web.signedIn('process-owner');
    const response = await browser.postForm('/guidelines', { _csrf: csrf, ...formOf() });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/guidelines/expected-child');
    const page = await (await browser.request('/guidelines/expected-child')).text();
    expect(page).toContain('<h1>Riktlinje vid oro för ett väntat barn</h1>');
    expect(page).toContain('<span class="status">Utkast</span>');
    const acts = await bodyOf(await browser.request('/api/acts'));
    expect(acts.items[0]).toMatchObject({
      act: 'guideline.register',
      target: 'expected-child',
      outcome: 'done',
      username: 'process-owner-user',
    });

    // The same id again: the workflow's refusal, at the field, with 409.
    const again = await browser.postForm('/guidelines', { _csrf: csrf, ...formOf() });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already registered');
  });

  test('an unknown guideline is a 404 page; the lookup form leads to a guideline by its id', async () => {
    const { browser } = await web.signedIn('viewer');
    const missing = await browser.request('/guidelines/no-such');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>Sidan finns inte</h1>');
    const lookup = await browser.request('/guidelines?id=Expected-Child');
    expect(lookup.headers.get('location')).toBe('/guidelines/expected-child');
  });

  test('the language switch sets a cookie and comes back; only to this site', async () => {
    const { browser } = await web.signedIn('viewer');
    const switched = await browser.request('/language/en?back=%2Fguidelines%2Fexpected-child');
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/guidelines/expected-child');
    const page = await (await browser.request('/guidelines/expected-child')).text();
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toContain('<span class="status">Draft</span>');
    expect(page).toContain('lang="sv" hreflang="sv">Svenska</a>');
    expect((await browser.request('/language/sv?back=https%3A%2F%2Fevil.example')).headers.get('location')).toBe('/');
  });

  test('signing out on the page ends the session and goes to the sign-in page', async () => {
    const { browser, csrf } = await web.signedIn('secretary');
    const out = await browser.postForm('/logout', { _csrf: csrf });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/login');
    expect((await browser.request('/')).headers.get('location')).toBe('/login?next=%2F');
  });

  test('pages send a content security policy and no framing; the style sheet is served', async () => {
    const browser = web.browser();
    const response = await browser.request('/login');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const css = await browser.request('/assets/site.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain(':focus-visible');
  });
});
