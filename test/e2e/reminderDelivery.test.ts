import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DateTime } from 'luxon';
import { Ledger } from '../../activities/ledger';
import { formatDate } from '../../domain/mail/letter';
import { TIME_ZONE } from '../../domain/calendar/dates';
import { guidelineWorkflowId } from '../../domain/ids';
import { GuidelineBody, GuidelineKind, GuidelineStatus, GuidelineValidUntil } from '../../workflows/guideline/searchAttributes';
import { devServerExecutable } from '../../tools/serverExecutables';
import { runCli, until, WorkerProcess } from '../support/processes';
import { SmtpSink } from '../support/smtpSink';
import { freePort } from '../support/ports';
import { owner } from '../support/guidelines';

let server: TestWorkflowEnvironment;
let smtp: SmtpSink;
let env: Record<string, string>;
let dataDir: string;
let uiPort: number;

beforeAll(async () => {
  uiPort = await freePort();
  server = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: devServerExecutable(),
      ui: true,
      uiPort,
      searchAttributes: [GuidelineValidUntil, GuidelineStatus, GuidelineBody, GuidelineKind],
    },
  });
  smtp = new SmtpSink();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guidelines-e2e-'));
  env = {
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_TASK_QUEUE: 'guidelines-e2e',
    DATA_DIR: dataDir,
    SMTP_URL: await smtp.start(),
  };
});

afterAll(async () => {
  await smtp?.stop();
  await server?.teardown();
});

test('on the dev server a reminder reaches a real SMTP server once, in Swedish with its .ics, though the worker dies before it is due', async () => {
  const worker = new WorkerProcess(env);
  await worker.start();

  // A reminder due in 40 seconds: sent on the last valid day, whatever kind of day today is.
  const due = DateTime.now().setZone(TIME_ZONE).plus({ seconds: 40 }).startOf('second');
  const validUntil = due.toISODate()!;
  const input = {
    id: 'e2e-consent',
    title: 'Riktlinje för samtycke',
    kind: 'guideline',
    owner,
    responsibleBody: 'SRO',
    validFrom: '2025-01-01',
    validUntil,
    reminderPolicy: { daysBefore: [0], sendAt: due.toFormat('HH:mm:ss'), onNonBusinessDay: 'exact-day', quietPeriods: [] },
  };
  const file = path.join(dataDir, 'guideline.json');
  fs.writeFileSync(file, JSON.stringify(input));
  const registered = await runCli(['register', '--file', file, '--json'], env);
  expect(registered.stderr).toBe('');
  expect(JSON.parse(registered.stdout).upcomingReminders).toHaveLength(1);

  // The timer is scheduled in the server; the worker crashes before it fires and is down when it does.
  await worker.stop('SIGKILL');
  await until('the due time to pass', () => Date.now() > due.toMillis() + 3000 || undefined, 120_000);
  expect(smtp.messages).toHaveLength(0);

  const restarted = new WorkerProcess(env);
  await restarted.start();
  const [mail] = await until('the reminder mail', () => (smtp.messages.length ? smtp.messages : undefined));

  expect(mail.subject).toBe(`Påminnelse: Riktlinje för samtycke upphör att gälla ${formatDate(validUntil, 'sv')}`);
  expect(mail.text).toContain(`Hej ${owner.name},`);
  expect(mail.text).toContain('i dag är sista dagen');
  expect(mail.to).toMatchObject({ value: [{ address: owner.email, name: owner.name }] });
  const ics = mail.attachments.find((a) => a.contentType === 'text/calendar');
  expect(ics?.content.toString()).toContain(`DTSTART;VALUE=DATE:${validUntil.replace(/-/g, '')}`);

  // The ledger row follows the mail in its own activity: stopping before it is written would leave it to a later worker.
  const ledgerFile = path.join(dataDir, 'ledger.sqlite');
  await until('the reminder in the ledger', () => {
    const ledger = new Ledger(ledgerFile);
    try {
      return ledger.outcomes('e2e-consent').some((o) => o.kind === 'expiry-reminder-sent') || undefined;
    } finally {
      ledger.close();
    }
  });

  // A graceful restart afterwards re-runs nothing: still one mail, one ledger row.
  await restarted.stop('SIGTERM');
  const third = new WorkerProcess(env);
  await third.start();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await third.stop('SIGTERM');
  expect(smtp.messages).toHaveLength(1);

  const ledger = new Ledger(ledgerFile);
  try {
    const rows = ledger.mails(guidelineWorkflowId('e2e-consent'));
    expect(rows.map((r) => [r.template, r.recipient])).toEqual([['expiry-reminder', owner.email]]);
    expect(rows[0].message_id).toBe(mail.messageId);
    expect(ledger.outcomes('e2e-consent').map((o) => o.kind)).toEqual(['registered', 'expiry-reminder-sent']);
  } finally {
    ledger.close();
  }

  // The business-key ID is what the web UI lists, and the expiring list query finds it.
  const ui = await fetch(
    `http://127.0.0.1:${uiPort}/api/v1/namespaces/default/workflows?query=${encodeURIComponent(`WorkflowId = 'guideline/e2e-consent'`)}`,
  );
  expect(
    ((await ui.json()) as { executions: Array<{ execution: { workflowId: string } }> }).executions.map((e) => e.execution.workflowId),
  ).toEqual(['guideline/e2e-consent']);
  const listed = await runCli(['list', '--expiring-within', '2d', '--json'], env);
  expect(JSON.parse(listed.stdout).map((g: { guidelineId: string }) => g.guidelineId)).toEqual(['e2e-consent']);

  // Setting up a cluster's search attributes is safe to repeat.
  expect(await runCli(['setup-search-attributes'], env)).toMatchObject({ code: 0, stderr: '' });
});
