import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { GuidelineClient } from '../../client/guidelines';
import { MeetingClient } from '../../client/meetings';
import { refusalOf } from '../../client/updates';
import { isBusinessDay } from '../../domain/calendar/businessDays';
import { addDays } from '../../domain/calendar/dates';
import { deadlineReminderPolicySchema } from '../../domain/consultation/consultation';
import { resolveRecipients } from '../../domain/directory/recipients';
import { followUpWorkflowId, consultationWorkflowId, guidelineWorkflowId, meetingWorkflowId } from '../../domain/ids';
import { bodyDirectorySchema } from '../../domain/meeting/bodies';
import { devServerExecutable } from '../../tools/serverExecutables';
import { extendValidityUpdate, guidelineStateQuery, planFollowUpUpdate, startConsultationUpdate } from '../../workflows/guideline/api';
import { addItemUpdate, meetingAgendaQuery } from '../../workflows/meeting/api';
import { GuidelineBody, GuidelineKind, GuidelineStatus, GuidelineValidUntil } from '../../workflows/guideline/searchAttributes';
import { contacts, organisations } from '../support/directories';
import { draftGuideline, guideline, owner } from '../support/guidelines';
import { freePort } from '../support/ports';
import { runCli, until, WorkerProcess } from '../support/processes';
import { SmtpSink } from '../support/smtpSink';

/*
 * Every class of bad input the issue lists, through the CLI (exit 2, the field named on stderr) and, where the
 * input reaches a workflow, through its Update directly (refused, the field named). After each: no workflow
 * started, no ledger row, no mail, and the worker, its own process, still answering.
 */

const TASK_QUEUE = 'guidelines-bad-input';
// Dates far enough ahead that the test keeps its meaning for decades, and some long gone.
const OPENS = '2098-02-03';
const DEADLINE = '2098-04-30';
const PASSED_OPENING = '2025-01-13';
const PASSED_DEADLINE = '2025-03-31';
const HELD = '2020-12-11';
let meetingDay = '2098-03-10';
while (!isBusinessDay(meetingDay)) meetingDay = addDays(meetingDay, 1);

let server: TestWorkflowEnvironment;
let smtp: SmtpSink;
let worker: WorkerProcess;
let env: Record<string, string>;
let dir: string;
let baseline: { ledgerRows: number; mails: number; workflows: string[] };

const file = (name: string, content: unknown) => {
  const written = path.join(dir, name);
  fs.writeFileSync(written, typeof content === 'string' ? content : JSON.stringify(content));
  return written;
};

/** Every row of every table of the ledger: whatever a refused input wrote would be one more. */
function ledgerRows(): number {
  const db = new Database(path.join(dir, 'ledger.sqlite'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    return tables.reduce((n, { name }) => n + (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n, 0);
  } finally {
    db.close();
  }
}

async function workflowIds(): Promise<string[]> {
  const ids: string[] = [];
  for await (const wf of server.client.workflow.list()) ids.push(wf.workflowId);
  return ids.sort();
}

const handle = (workflowId: string): WorkflowHandle => server.client.workflow.getHandle(workflowId);

async function exists(workflowId: string): Promise<boolean> {
  try {
    await handle(workflowId).describe();
    return true;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return false;
    throw err;
  }
}

/** Refused by the CLI with exit 2, every field named on stderr, and nothing printed raw. */
async function refusedByCli(args: string[], fields: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  const run = await runCli(args, { ...env, ...extraEnv });
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
  for (const field of fields) expect(run.stderr).toMatch(new RegExp(`^error: ${field.replace(/\./g, '\\.')}: `, 'm'));
  expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  return run.stderr;
}

/** Refused by the workflow's validator, naming the field. */
async function refusedByUpdate(run: () => Promise<unknown>, field: string): Promise<void> {
  const problems = await run().then(
    () => {
      throw new Error(`expected the Update to be refused, naming ${field}`);
    },
    (err: unknown) => {
      const refused = refusalOf(err);
      if (!refused) throw err;
      return refused.problems;
    },
  );
  expect(problems.some((p) => p.startsWith(`${field}: `))).toBe(true);
}

/** Nothing written: the named workflows do not exist, no ledger row or mail, and the worker still answers. */
async function nothingWritten(absent: string[]): Promise<void> {
  for (const id of absent) expect(await exists(id)).toBe(false);
  expect(ledgerRows()).toBe(baseline.ledgerRows);
  expect(smtp.messages).toHaveLength(baseline.mails);
  expect((await handle(guidelineWorkflowId('e2e-draft')).query(guidelineStateQuery)).status).toBe('draft');
}

const recipients = resolveRecipients([{ group: 'organisations', organisationIds: ['vgr'] }], organisations, contacts);
const request = {
  document: { title: 'Riktlinje för samtycke', version: '1.0', link: 'https://samverkan.example/samtycke.pdf' },
  recipientGroups: [{ group: 'organisations', organisationIds: ['vgr'] }],
  opensOn: OPENS,
  deadline: DEADLINE,
  processOwner: owner,
};
/** What the startConsultation Update carries: the request resolved, as the client sends it. */
const start = {
  document: request.document,
  recipients,
  opensOn: OPENS,
  deadline: DEADLINE,
  reminderPolicy: deadlineReminderPolicySchema.parse({}),
  processOwner: owner,
};
const startConsultation = (input: unknown) =>
  handle(guidelineWorkflowId('e2e-draft')).executeUpdate(startConsultationUpdate, { args: [input as never] });
const item = {
  itemId: 'consent',
  title: 'Riktlinje för samtycke',
  kind: 'information',
  presenter: owner,
  minutes: 15,
  documentsExpected: false,
};
const noRound = consultationWorkflowId('e2e-draft', 1);

beforeAll(async () => {
  server = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: devServerExecutable(),
      uiPort: await freePort(),
      searchAttributes: [GuidelineValidUntil, GuidelineStatus, GuidelineBody, GuidelineKind],
    },
  });
  smtp = new SmtpSink();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guidelines-bad-input-'));
  // A calendar with a meeting long held and one far ahead, whatever year the test runs in.
  const shipped = bodyDirectorySchema.parse(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../config/bodies.json'), 'utf8')));
  const bodies = { bodies: shipped.bodies.map((b) => (b.id === 'VVG' ? { ...b, meetings: [HELD, meetingDay] } : b)) };
  env = {
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    DATA_DIR: dir,
    SMTP_URL: await smtp.start(),
    BODIES_FILE: file('bodies.json', bodies),
  };
  worker = new WorkerProcess(env);
  await worker.start();

  // What the bad input meets: a draft, a guideline in force, a meeting ahead with one item.
  const guidelines = new GuidelineClient(server.client, TASK_QUEUE, organisations);
  await guidelines.register(draftGuideline({ id: 'e2e-draft' }));
  await guidelines.register(guideline({ id: 'e2e-in-force', validFrom: '2025-01-01', validUntil: '2099-12-31' }));
  const meetings = new MeetingClient(server.client, TASK_QUEUE, bodyDirectorySchema.parse(bodies), organisations, contacts);
  await meetings.addItem('VVG', meetingDay, item);

  // Their own ledger rows settle first: registrations and the item are recorded by activities, a moment later.
  let rows = -1;
  await until('the ledger to settle', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = ledgerRows();
    const settled = now === rows && now > 0;
    rows = now;
    return settled || undefined;
  });
  const workflows = [guidelineWorkflowId('e2e-draft'), guidelineWorkflowId('e2e-in-force'), meetingWorkflowId('VVG', meetingDay)].sort();
  await until('the setup to be listed', async () => JSON.stringify(await workflowIds()) === JSON.stringify(workflows) || undefined);
  baseline = { ledgerRows: rows, mails: smtp.messages.length, workflows };
});

afterAll(async () => {
  await worker?.stop('SIGTERM');
  await smtp?.stop();
  await server?.teardown();
});

test('a round whose policy lists 250 reminder offsets, and a guideline whose expiry policy does', async () => {
  const offsets = Array.from({ length: 250 }, (_, i) => i + 1);
  await refusedByCli(
    ['consultation', 'start', 'e2e-draft', '--file', file('offsets.json', { ...request, reminderPolicy: { businessDaysBefore: offsets } })],
    ['reminderPolicy.businessDaysBefore'],
  );
  const expiry = guideline({ id: 'e2e-offsets', reminderPolicy: { daysBefore: offsets } });
  await refusedByCli(['register', '--file', file('expiry-offsets.json', expiry)], ['reminderPolicy.daysBefore']);
  await refusedByUpdate(
    () => startConsultation({ ...start, reminderPolicy: { ...start.reminderPolicy, businessDaysBefore: offsets } }),
    'reminderPolicy.businessDaysBefore',
  );
  await nothingWritten([noRound, guidelineWorkflowId('e2e-offsets')]);
});

test('a quiet period covering the whole year', async () => {
  const quietPeriods = [{ name: 'hela året', from: '01-01', to: '12-31' }];
  await refusedByCli(
    ['consultation', 'start', 'e2e-draft', '--file', file('quiet.json', { ...request, reminderPolicy: { quietPeriods } })],
    ['reminderPolicy.quietPeriods'],
  );
  await refusedByUpdate(
    () => startConsultation({ ...start, reminderPolicy: { ...start.reminderPolicy, quietPeriods } }),
    'reminderPolicy.quietPeriods',
  );
  await nothingWritten([noRound]);
});

test('a round whose opening and deadline have already passed', async () => {
  const passed = { opensOn: PASSED_OPENING, deadline: PASSED_DEADLINE };
  await refusedByCli(
    ['consultation', 'start', 'e2e-draft', '--file', file('passed.json', { ...request, ...passed })],
    ['opensOn', 'deadline'],
  );
  await refusedByUpdate(() => startConsultation({ ...start, ...passed }), 'opensOn');
  await nothingWritten([noRound]);
});

test('a misspelled key in an input file, and in a data file, which stops the CLI and the worker', async () => {
  const misspelled = { ...guideline({ id: 'e2e-misspelled' }), subscriber: [owner] };
  await refusedByCli(['register', '--file', file('misspelled.json', misspelled)], ['subscriber']);
  await refusedByUpdate(() => startConsultation({ ...start, dedline: DEADLINE }), 'dedline');

  const { organisationId, ...contact } = owner;
  const badContacts = file('contacts.json', { contacts: [{ ...contact, organisationID: organisationId }] });
  const cli = await runCli(['show', 'e2e-draft'], { ...env, CONTACTS_FILE: badContacts });
  expect(cli.code).toBe(1);
  expect(cli.stderr).toContain(`CONTACTS_FILE (${badContacts}): contacts.0.organisationID: is not a known field`);
  const badBodies = file('bad-bodies.json', { ...JSON.parse(fs.readFileSync(env.BODIES_FILE, 'utf8')), bodys: [] });
  await expect(new WorkerProcess({ ...env, BODIES_FILE: badBodies }).start()).rejects.toThrow(/bodys: is not a known field/);
  await nothingWritten([guidelineWorkflowId('e2e-misspelled'), noRound]);
});

test('a survey given both its dates and afterAdoption', async () => {
  const survey = { title: 'Uppföljning', preparationGroup: [owner], opensOn: '2098-02-02', closesOn: '2098-02-27' };
  await refusedByCli(
    ['follow-up', 'plan', 'e2e-in-force', '--file', file('survey.json', { ...survey, afterAdoption: { months: 1 } })],
    ['opensOn', 'closesOn'],
  );
  const plan = {
    ...survey,
    parts: [{ id: 'all', title: 'Allt' }],
    reminderPolicy: start.reminderPolicy,
    recipients,
    afterAdoption: { months: 1 },
  };
  await refusedByUpdate(
    () => handle(guidelineWorkflowId('e2e-in-force')).executeUpdate(planFollowUpUpdate, { args: [plan as never] }),
    'afterAdoption',
  );
  await nothingWritten([followUpWorkflowId('e2e-in-force', 1)]);
});

test('a refused meeting item starts no meeting and changes none', async () => {
  await refusedByCli(['meeting', 'add-item', 'VVG', HELD, '--file', file('held.json', item)], ['meeting']);
  const unknownGuideline = { ...item, subject: { type: 'guideline', id: 'no-such-guideline' } };
  await refusedByCli(
    ['meeting', 'add-item', 'VVG', meetingDay, '--file', file('unknown.json', { ...unknownGuideline, itemId: 'other' })],
    ['subject.id'],
  );
  const meeting = handle(meetingWorkflowId('VVG', meetingDay));
  await refusedByUpdate(
    () => meeting.executeUpdate(addItemUpdate, { args: [{ ...item, itemId: 'spoofed', title: 'Samtycke\u202egpj.exe' }] as never }),
    'title',
  );
  await refusedByUpdate(() => meeting.executeUpdate(addItemUpdate, { args: [item] as never }), 'itemId');
  expect((await meeting.query(meetingAgendaQuery)).items.map((i) => i.itemId)).toEqual(['consent']);
  await nothingWritten([meetingWorkflowId('VVG', HELD)]);
});

test('a presenter, or an owner, from an unknown organisation', async () => {
  const stranger = { ...owner, organisationId: 'kommun-atlantis' };
  await refusedByCli(
    ['meeting', 'add-item', 'VVG', meetingDay, '--file', file('presenter.json', { ...item, itemId: 'stranger', presenter: stranger })],
    ['presenter.organisationId'],
  );
  await refusedByCli(
    ['register', '--file', file('owner.json', guideline({ id: 'e2e-stranger', owner: stranger }))],
    ['owner.organisationId'],
  );
  expect((await handle(meetingWorkflowId('VVG', meetingDay)).query(meetingAgendaQuery)).items).toHaveLength(1);
  await nothingWritten([guidelineWorkflowId('e2e-stranger')]);
});

test('CR/LF and bidirectional controls in names and titles, which the refusal quotes escaped', async () => {
  const spoofed = guideline({
    id: 'e2e-spoofed',
    title: 'Riktlinje\u202egpj.exe',
    owner: { ...owner, name: 'Anna\r\nBcc: alla@example.se' },
  });
  const stderr = await refusedByCli(['register', '--file', file('spoofed.json', spoofed)], ['title', 'owner.name']);
  expect(stderr).toContain('U+202E');
  await refusedByUpdate(
    () => startConsultation({ ...start, document: { ...start.document, title: 'Samtycke\r\nVersion 2' } }),
    'document.title',
  );
  await refusedByUpdate(() => startConsultation({ ...start, processOwner: { ...owner, name: 'Anna\u2066' } }), 'processOwner.name');
  await nothingWritten([guidelineWorkflowId('e2e-spoofed'), noRound]);
});

test('the years 0000 and 9999', async () => {
  await refusedByCli(['wheel', '0000'], ['year']);
  await refusedByCli(['meeting', 'plan', 'VVG', '9999'], ['year']);
  await refusedByCli(
    ['register', '--file', file('years.json', guideline({ id: 'e2e-years', validFrom: '0000-01-01', validUntil: '9999-12-31' }))],
    ['validFrom', 'validUntil'],
  );
  const inForce = handle(guidelineWorkflowId('e2e-in-force'));
  const extension = { note: 'Förlängs', decisionRef: 'VVG §1' };
  await refusedByUpdate(
    () => inForce.executeUpdate(extendValidityUpdate, { args: [{ ...extension, validUntil: '9999-12-31' }] }),
    'validUntil',
  );
  await refusedByUpdate(
    () => inForce.executeUpdate(extendValidityUpdate, { args: [{ ...extension, validUntil: '0000-01-01' }] }),
    'validUntil',
  );
  expect((await inForce.query(guidelineStateQuery)).guideline.validUntil).toBe('2099-12-31');
  await nothingWritten([guidelineWorkflowId('e2e-years')]);
});

test('afterwards the worker, never restarted, takes a normal registration, and nothing else was started', async () => {
  const normal = guideline({ id: 'e2e-after', validFrom: '2025-01-01', validUntil: '2099-12-31' });
  const registered = await runCli(['register', '--file', file('normal.json', normal), '--json'], env);
  expect(registered).toMatchObject({ code: 0, stderr: '' });
  expect(JSON.parse(registered.stdout).status).toBe('in-force');
  const expected = [...baseline.workflows, guidelineWorkflowId('e2e-after')].sort();
  await until('the registration to be listed', async () => JSON.stringify(await workflowIds()) === JSON.stringify(expected) || undefined);
  expect(worker.output).not.toMatch(/uncaught|fatal|exited/i);
  expect(smtp.messages).toHaveLength(baseline.mails);
});
