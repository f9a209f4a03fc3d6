import type { Role } from '../../domain/access';
import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { stubClients } from '../support/apiStubs';
import { rowText, textOf } from '../support/pageText';
import { TestApp, testApp } from '../support/webApp';
import { deviations, now, samsa, samsaTask } from '../support/yearlyTaskSchedules';

const SAMSA = '/yearly-tasks/samsa-agreement-extension';

describe('the yearly task pages', () => {
  let web: TestApp;
  let stub: ReturnType<typeof stubClients>;
  /** As the client answers for a task the server has no Schedule of. */
  const known = (id: unknown) => {
    const found = [samsa(), deviations()].find((s) => s.task.id === id);
    if (!found) throw new ValidationError([`id: no yearly task '${String(id)}'`], Failure.NotFound);
    return found;
  };
  const callsOf = (method: string) => stub.calls.filter((c) => c.client === 'yearlyTasks' && c.method === method);

  beforeAll(async () => {
    stub = stubClients({
      yearlyTasks: {
        list: () => [deviations(), samsa()],
        describe: known,
        trigger: (id) => known(id).scheduleId,
        remove: (id) => known(id).scheduleId,
        sync: (tasks) => (tasks as Array<{ id: string }>).map((t) => ({ scheduleId: `yearly/${t.id}`, change: 'updated' })),
      },
    });
    web = await testApp({ clients: stub.clients, now });
  });
  afterAll(() => web.close());
  beforeEach(() => {
    stub.calls.length = 0;
  });

  // A signed-in browser per role: signing in hashes a password with a memory-hard function, which takes a moment.
  const browsers = new Map<Role, ReturnType<TestApp['signedIn']>>();
  const as = (role: Role) => browsers.get(role) ?? browsers.set(role, web.signedIn(role)).get(role)!;
  const page = async (role: Role, path: string) => {
    const response = await (await as(role)).browser.request(path);
    return { status: response.status, html: await response.text() };
  };

  test('the list: each task with its next mail in Stockholm time, its day, due day, recipients and last run, from one list call', async () => {
    const { status, html } = await page('viewer', '/yearly-tasks');
    expect(status).toBe(200);
    expect(rowText(html, `<a href="${SAMSA}">Förläng avtalet för IT-tjänsten SAMSA</a>`)).toBe(
      'Förläng avtalet för IT-tjänsten SAMSA 1 oktober 2027 kl. 08:00 1 oktober kl. 08:00 30 november 2027 Anna Andersson, Ben Berg 1 oktober 2026 kl. 08:00',
    );
    expect(
      rowText(html, '<a href="/yearly-tasks/deviations-report">Årlig rapport om avvikelser</a> <span class="tag is-missing">Pausad</span>'),
    ).toBe('Årlig rapport om avvikelser Pausad Ingen planerad 15 april kl. 08:00 Anna Andersson Inte ännu');
    expect(stub.calls.map((c) => c.method)).toEqual(['list']);
  });

  test("a task's page: what, to whom, when, the catch-up window and its runs; no acts for a viewer", async () => {
    const { html } = await page('viewer', SAMSA);
    const facts = textOf(html.slice(html.indexOf('<dl class="facts">'), html.indexOf('</dl>')));
    expect(facts).toContain('Dag varje år 1 oktober kl. 08:00');
    expect(facts).toContain('Klart senast 30 november 2027');
    expect(facts).toContain('Nästa utskick 1 oktober 2027 kl. 08:00');
    expect(facts).toContain('Tidszon Europe/Stockholm');
    expect(facts).toContain('Tas igen inom 3 dagar');
    expect(facts).toContain('Mottagare Anna Andersson, Ben Berg');
    expect(textOf(html)).toContain('Kommande utskick 1 oktober 2027 kl. 08:00 1 oktober 2028 kl. 08:00');
    expect(textOf(html)).toContain('1 oktober 2026 kl. 08:00 yearly/samsa-agreement-extension-2026-10-01T06:00:00Z');
    expect(html).not.toContain('/runs');
    expect(html).not.toContain('/removal');
    const paused = await page('viewer', '/yearly-tasks/deviations-report');
    expect(textOf(paused.html)).toContain('Tas igen inom 12 timmar');
    expect(paused.html).toContain('<a href="/guidelines/self-care">self-care</a>');
  });

  test('a viewer or a process owner may not sync, trigger or remove: 403 and no client called', async () => {
    for (const role of ['viewer', 'process-owner'] as const) {
      const { browser, csrf } = await as(role);
      expect(await (await browser.request('/yearly-tasks')).text()).not.toContain('name="file"');
      expect((await browser.postForm('/yearly-tasks', { _csrf: csrf, file: '{"tasks":[]}' })).status).toBe(403);
      expect((await browser.postForm(`${SAMSA}/runs`, { _csrf: csrf })).status).toBe(403);
      expect((await browser.postForm(`${SAMSA}/removal`, { _csrf: csrf })).status).toBe(403);
    }
    expect(stub.calls.filter((c) => !['list', 'describe'].includes(c.method))).toEqual([]);
  });

  test('the administrator syncs the file: refused at the field naming the place in the file, with no sync; then synced', async () => {
    const { browser, csrf } = await as('admin');
    const form = await (await browser.request('/yearly-tasks')).text();
    expect(form).toContain('<label for="f-file">Årliga uppgifter (JSON)</label>');
    expect(form).toContain('&quot;id&quot;: &quot;samsa-agreement-extension&quot;');

    const broken = await browser.postForm('/yearly-tasks', { _csrf: csrf, file: '{"tasks": [' });
    expect(broken.status).toBe(422);
    expect(await broken.text()).toContain('<a href="#f-file">Årliga uppgifter (JSON): <span lang="en">is not JSON: ');

    const badEmail = JSON.stringify({ tasks: [{ ...samsaTask, owner: { ...samsaTask.owner, email: 'anna' } }] });
    const refused = await browser.postForm('/yearly-tasks', { _csrf: csrf, file: badEmail });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain(
      '<a href="#f-file">Årliga uppgifter (JSON): <span lang="en">tasks.0.owner.email: must be an e-mail address</span></a>',
    );
    expect(html).toContain('aria-describedby="f-file-error" aria-invalid="true"');
    expect(callsOf('sync')).toEqual([]);

    const synced = await browser.postForm('/yearly-tasks', { _csrf: csrf, file: JSON.stringify({ tasks: [samsaTask] }) });
    expect(synced.status).toBe(303);
    expect(synced.headers.get('location')).toBe('/yearly-tasks?synced=1');
    expect(callsOf('sync').map((c) => c.args)).toEqual([[[expect.objectContaining({ id: samsaTask.id, catchupWindow: '3 days' })]]]);
    expect((await page('admin', '/yearly-tasks?synced=1')).html).toContain('En uppgift synkroniserades.');
    const acts = await web.db.selectFrom('api_acts').selectAll().where('act', '=', 'yearlyTask.sync').execute();
    expect(acts).toEqual([expect.objectContaining({ target: 'yearly/samsa-agreement-extension', outcome: 'done' })]);
  });

  test("the administrator starts this year's run and removes a task; the list leaves out the one removed at once", async () => {
    const { browser, csrf } = await as('admin');
    const shown = await (await browser.request(SAMSA)).text();
    expect(shown).toContain(`<form class="stack" method="post" action="${SAMSA}/runs">`);
    const triggered = await browser.postForm(`${SAMSA}/runs`, { _csrf: csrf });
    expect(triggered.status).toBe(303);
    expect(triggered.headers.get('location')).toBe(`${SAMSA}?run=started`);
    expect(callsOf('trigger').map((c) => c.args)).toEqual([['samsa-agreement-extension']]);
    expect((await page('admin', `${SAMSA}?run=started`)).html).toContain('Årets körning har startats.');

    const removed = await browser.postForm(`${SAMSA}/removal`, { _csrf: csrf });
    expect(removed.headers.get('location')).toBe('/yearly-tasks?removed=samsa-agreement-extension');
    expect(callsOf('remove').map((c) => c.args)).toEqual([['samsa-agreement-extension']]);
    const list = (await page('admin', '/yearly-tasks?removed=samsa-agreement-extension')).html;
    expect(list).toContain('Uppgiften samsa-agreement-extension har tagits bort.');
    expect(list).not.toContain(`<a href="${SAMSA}">`);
  });

  test('an unknown task is a 404 page; an id no task could have never reaches the server', async () => {
    expect((await page('viewer', '/yearly-tasks/no-such')).status).toBe(404);
    const { browser, csrf } = await as('admin');
    expect((await browser.postForm('/yearly-tasks/no-such/runs', { _csrf: csrf })).status).toBe(404);
    stub.calls.length = 0;
    expect((await page('viewer', '/yearly-tasks/Not%20one')).status).toBe(404);
    expect(stub.calls).toEqual([]);
  });

  test('in English', async () => {
    const { browser } = await web.signedIn('admin');
    await browser.request('/language/en?back=/');
    const html = await (await browser.request('/yearly-tasks')).text();
    expect(html).toContain('<h1>Yearly tasks</h1>');
    expect(textOf(html)).toContain('1 October 2027 at 08:00 1 October at 08:00 30 November 2027');
    expect(html).toContain('<h2 id="sync-title">Sync the yearly tasks</h2>');
    const task = await (await browser.request(SAMSA)).text();
    expect(textOf(task)).toContain('Caught up within 3 days');
    expect(task).toContain('Send this year&#39;s mail now');
  });
});
