import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MONTHS } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { simpleParser } from 'mailparser';
import { createActivities } from '../../activities';
import { Ledger } from '../../activities/ledger';
import { openDatabase, Store } from '../../activities/store/database';
import { createMailTransport } from '../../activities/mailTransport';
import { YearlyTaskClient } from '../../client/yearlyTasks';
import { loadSettings, loadYearlyTasks } from '../../config';
import { formatDate } from '../../domain/mail/letter';
import { ValidationError } from '../../domain/validation';
import { occurrence, occurrenceYearAt, YearlyTask } from '../../domain/yearlyTask/yearlyTask';
import { devServerExecutable } from '../../tools/serverExecutables';
import type { YearlyTaskRun } from '../../workflows/yearlyTask/api';
import { organisations } from '../support/directories';
import { bodies } from '../support/lifecycleEnvironment';
import { until } from '../support/processes';
import { testLinks } from '../support/links';

const TASK_QUEUE = 'yearly-e2e';
const examples = loadYearlyTasks(loadSettings({})).tasks;
const example = (id: string) => examples.find((t) => t.id === id)!;

let server: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;
let ledger: Ledger;
let store: Store;
let dir: string;
let tasks: YearlyTaskClient;

beforeAll(async () => {
  server = await TestWorkflowEnvironment.createLocal({ server: { executable: devServerExecutable() } });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yearly-e2e-'));
  ledger = new Ledger(path.join(dir, 'ledger.sqlite'));
  store = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
  worker = await Worker.create({
    connection: server.nativeConnection,
    taskQueue: TASK_QUEUE,
    // Only the workflow under test: bundling is quicker.
    workflowsPath: require.resolve('../../workflows/yearlyTask/yearlyTask'),
    activities: createActivities({
      ledger,
      store,
      mail: createMailTransport({ outboxDir: path.join(dir, 'outbox') }),
      from: 'riktlinjer@localhost',
      bodies,
      client: server.client,
      taskQueue: TASK_QUEUE,
      reportsDir: path.join(dir, 'reports'),
      links: testLinks,
    }),
  });
  running = worker.run();
  tasks = new YearlyTaskClient(server.client, TASK_QUEUE, organisations);
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  ledger?.close();
  await store?.destroy();
  await server?.teardown();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rawDescription = (task: YearlyTask) => server.client.schedule.getHandle(`yearly/${task.id}`).describe();
const listedIds = async () => (await tasks.list()).map((s) => s.scheduleId);
const listedAs = (ids: string[]) =>
  until(`the list to show ${ids.join(', ')}`, async () => JSON.stringify(await listedIds()) === JSON.stringify(ids) || undefined);
const outbox = () => (fs.existsSync(path.join(dir, 'outbox')) ? fs.readdirSync(path.join(dir, 'outbox')) : []);
const yearlyMails = () => ledger.mails().filter((m) => m.template === 'yearly-task');
const refusal = (run: () => Promise<unknown>) =>
  run().then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => {
      expect(err).toBeInstanceOf(ValidationError);
      return (err as ValidationError).problems;
    },
  );

/** The first occurrence still ahead, as the Schedule should compute it in Stockholm. */
function nextOccurrence(task: YearlyTask): string {
  const year = new Date().getUTCFullYear();
  return [year, year + 1].map((y) => occurrence(task, y).at).find((at) => Date.parse(at) > Date.now())!;
}

test('sync makes one Schedule per task, on its month and day in Stockholm time, with its catch-up window', async () => {
  expect(await tasks.sync(examples)).toEqual(examples.map((t) => ({ scheduleId: `yearly/${t.id}`, change: 'created' })));

  for (const task of examples) {
    const d = await rawDescription(task);
    expect(d.spec.timezone).toBe('Europe/Stockholm');
    expect(d.policies).toMatchObject({ catchupWindow: 3 * 24 * 3600 * 1000, overlap: 'SKIP' });
    const [calendar, ...others] = d.spec.calendars ?? [];
    expect(others).toEqual([]);
    expect(calendar.month).toEqual([expect.objectContaining({ start: MONTHS[task.on.month - 1], end: MONTHS[task.on.month - 1] })]);
    expect(calendar.dayOfMonth).toEqual([expect.objectContaining({ start: task.on.day, end: task.on.day })]);
    expect([calendar.hour[0].start, calendar.minute[0].start]).toEqual([8, 0]);
    expect(d.action).toMatchObject({ workflowType: 'yearlyTask', workflowId: `yearly/${task.id}`, taskQueue: TASK_QUEUE, args: [task] });
    expect(d.info.nextActionTimes[0].toISOString()).toBe(nextOccurrence(task));
  }
  expect(await tasks.describe('samsa-agreement-extension')).toMatchObject({
    timezone: 'Europe/Stockholm',
    catchupWindowMs: 259_200_000,
    calendar: { month: 'OCTOBER', dayOfMonth: 1, hour: 8, minute: 0 },
    paused: false,
  });
  await listedAs(examples.map((t) => `yearly/${t.id}`).sort());
});

test('a task triggered by hand mails each recipient once and records one outcome; a second trigger in the year mails nobody', async () => {
  const task = example('deviations-report');
  const recipients = [task.owner.email, ...task.recipients.map((r) => r.email)];
  const year = occurrenceYearAt(task, Date.now());
  const runOf = async (n: number): Promise<YearlyTaskRun> => {
    const runs = await until(`run ${n}`, async () => {
      const { recentRuns } = await tasks.describe(task.id);
      return recentRuns.length >= n ? recentRuns : undefined;
    });
    return server.client.workflow.getHandle(runs[n - 1].workflowId).result();
  };

  expect(await tasks.trigger(task.id)).toBe('yearly/deviations-report');
  const first = await runOf(1);
  expect(first).toMatchObject({ taskId: task.id, year, date: `${year}-04-01`, recipients, refused: [] });

  expect(yearlyMails().map((m) => [m.recipient, m.key])).toEqual(
    expect.arrayContaining(recipients.map((r) => [r, `yearly/deviations-report|${year}|${r}`])),
  );
  expect(yearlyMails()).toHaveLength(recipients.length);
  const outcomes = ledger.outcomes('yearly/deviations-report');
  expect(outcomes.map((o) => [o.key, o.kind])).toEqual([[`yearly/deviations-report|${year}|yearly-task-sent`, 'yearly-task-sent']]);
  expect(JSON.parse(outcomes[0].details)).toMatchObject({ year, recipients, refused: [] });

  const files = outbox();
  expect(files).toHaveLength(recipients.length);
  const mails = await Promise.all(files.map(async (f) => simpleParser(fs.readFileSync(path.join(dir, 'outbox', f)))));
  expect(mails.map((m) => m.subject)).toEqual(recipients.map(() => `Årlig uppgift ${year}: Årsrapport om avvikelser i samverkan`));
  expect(mails.flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to!]).flatMap((a) => a.value.map((v) => v.address))).sort()).toEqual(
    [...recipients].sort(),
  );

  await tasks.trigger(task.id);
  expect(await runOf(2)).toMatchObject({ year, recipients });
  expect(yearlyMails()).toHaveLength(recipients.length);
  expect(outbox()).toHaveLength(recipients.length);
  expect(ledger.outcomes('yearly/deviations-report')).toHaveLength(1);
});

test('a task with a due day sends that day as a calendar file', async () => {
  const task = example('samsa-agreement-extension');
  const year = occurrenceYearAt(task, Date.now());
  const { dueDate, at } = occurrence(task, year);
  await tasks.trigger(task.id);
  const rows = await until('the mails', () => {
    const found = yearlyMails().filter((m) => m.key.startsWith(`yearly/${task.id}|${year}|`));
    return found.length === 2 ? found : undefined;
  });
  expect(rows.map((r) => r.due_at)).toEqual([at, at]);
  const file = outbox().find((f) => f.startsWith(at.slice(0, 10)))!;
  const mail = await simpleParser(fs.readFileSync(path.join(dir, 'outbox', file)));
  expect(mail.subject).toBe(`Årlig uppgift ${year}: Förläng avtalet för IT-tjänsten SAMSA, senast ${formatDate(dueDate!, 'sv')}`);
  const ics = mail.attachments.find((a) => a.contentType === 'text/calendar');
  expect(ics?.content.toString()).toContain(`DTSTART;VALUE=DATE:${dueDate!.replace(/-/g, '')}`);
});

test('sync again updates the same Schedules rather than adding any', async () => {
  const later = examples.map((t) => (t.id === 'deviations-report' ? { ...t, time: '09:30' } : t));
  expect(await tasks.sync(later)).toEqual(examples.map((t) => ({ scheduleId: `yearly/${t.id}`, change: 'updated' })));
  expect((await tasks.describe('deviations-report')).calendar).toEqual({ month: 'APRIL', dayOfMonth: 1, hour: 9, minute: 30 });
  expect((await tasks.describe('deviations-report')).task.time).toBe('09:30');
  // Its runs so far are kept: an update is not a new Schedule.
  expect((await tasks.describe('deviations-report')).recentRuns).toHaveLength(2);
  await listedAs(examples.map((t) => `yearly/${t.id}`).sort());
});

describe('bad input changes no Schedule', () => {
  const fresh = (overrides: Partial<YearlyTask>) => ({ ...example('deviations-report'), id: 'new-task', ...overrides });

  test.each<[string, unknown[], string]>([
    ['a day that does not exist', [fresh({ on: { month: 2, day: 30 } })], 'tasks.0.on.day: February has no day 30'],
    ['29 February', [fresh({ on: { month: 2, day: 29 } })], 'tasks.0.on.day: 29 February comes only in leap years'],
    [
      'an unknown organisation',
      [fresh({ recipients: [{ ...example('deviations-report').owner, organisationId: 'kommun-atlantis' }] })],
      "tasks.0.recipients.0.organisationId: unknown organisation 'kommun-atlantis'",
    ],
    ['a bad time', [fresh({ time: '25:00' })], 'tasks.0.time: must be a time of day written HH:MM'],
    ['one bad task among good ones', [...examples, fresh({ time: '02:30' })], 'tasks.3.time: must not be between 02:00 and 03:00'],
  ])('%s', async (_, batch, message) => {
    const before = await rawDescription(example('samsa-agreement-extension'));
    const listed = await listedIds();

    expect((await refusal(() => tasks.sync(batch))).join('\n')).toContain(message);

    expect(await refusal(() => tasks.describe('new-task'))).toEqual(["id: no yearly task 'new-task'"]);
    expect(await listedIds()).toEqual(listed);
    expect((await rawDescription(example('samsa-agreement-extension'))).info.lastUpdatedAt).toEqual(before.info.lastUpdatedAt);
  });

  test('an unknown or malformed id is named', async () => {
    expect(await refusal(() => tasks.trigger('no-such-task'))).toEqual(["id: no yearly task 'no-such-task'"]);
    expect(await refusal(() => tasks.remove('Deviations Report'))).toEqual([
      'id: must be lowercase letters, digits and hyphens (at most 60)',
    ]);
  });
});

test('remove deletes the Schedule', async () => {
  expect(await tasks.remove('samsa-agreement-extension')).toBe('yearly/samsa-agreement-extension');
  expect(await refusal(() => tasks.describe('samsa-agreement-extension'))).toEqual(["id: no yearly task 'samsa-agreement-extension'"]);
  expect(await refusal(() => tasks.remove('samsa-agreement-extension'))).toEqual(["id: no yearly task 'samsa-agreement-extension'"]);
  await listedAs(['yearly/deviations-report', 'yearly/index-accompanying-staff-compensation']);
});
