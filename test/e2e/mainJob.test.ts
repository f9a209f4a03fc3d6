import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DateTime } from 'luxon';
import { GuidelineClient } from '../../client/guidelines';
import { TIME_ZONE } from '../../domain/calendar/dates';
import { devServerExecutable } from '../../tools/serverExecutables';
import { GuidelineBody, GuidelineKind, GuidelineStatus, GuidelineValidUntil } from '../../workflows/guideline/searchAttributes';
import { organisations } from '../support/directories';
import { owner } from '../support/guidelines';
import { isRunning, MainJobProcess } from '../support/mainJobProcess';
import { freePort } from '../support/ports';
import { runCli, until } from '../support/processes';
import { SmtpSink } from '../support/smtpSink';

const root = path.resolve(__dirname, '../..');
const dataDirs: string[] = [];

/** A fresh DATA_DIR and free ports: each main job here is the first on its machine. */
async function mainJobEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'main-job-e2e-'));
  dataDirs.push(dataDir);
  return {
    DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    TEMPORAL_UI_PORT: String(await freePort()),
    WEB_PORT: String(await freePort()),
    INBOUND_SMTP_PORT: String(await freePort()),
    ...extra,
  };
}

/** The first line an SMTP server says on connecting: its greeting. */
function smtpGreeting(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('data', (d) => {
      resolve(d.toString());
      socket.end();
    });
    socket.once('error', reject);
  });
}

afterAll(() => {
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

test('kill -9 of the dev server under the main job: it is restarted on the same SQLite file and the reminder still fires', async () => {
  const smtp = new SmtpSink();
  const env = await mainJobEnv({ SMTP_URL: await smtp.start() });
  const mainJob = new MainJobProcess(env).start();
  try {
    await mainJob.says('main job ready');
    const due = DateTime.now().setZone(TIME_ZONE).plus({ seconds: 25 }).startOf('second');
    const file = path.join(env.DATA_DIR, 'guideline.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        id: 'supervised',
        title: 'Riktlinje under tillsyn',
        kind: 'guideline',
        owner,
        responsibleBody: 'SRO',
        validFrom: '2025-01-01',
        validUntil: due.toISODate(),
        reminderPolicy: { daysBefore: [0], sendAt: due.toFormat('HH:mm:ss'), onNonBusinessDay: 'exact-day', quietPeriods: [] },
      }),
    );
    const registered = await runCli(['register', '--file', file, '--json'], env);
    expect(registered.stderr).toBe('');
    expect(JSON.parse(registered.stdout).upcomingReminders).toHaveLength(1);

    const { server } = mainJob.processes();
    process.kill(server!, 'SIGKILL');
    await mainJob.says(`the dev server (pid ${server}) was killed (SIGKILL)`);
    await mainJob.says(/the dev server \(pid \d+\) is serving again/);
    expect(mainJob.processes().server).not.toBe(server);

    const [mail] = await until('the reminder mail', () => (smtp.messages.length ? smtp.messages : undefined), 90_000);
    expect(mail.subject).toContain('Påminnelse: Riktlinje under tillsyn');
    expect(await mainJob.stop()).toBe(0);
    expect(smtp.messages).toHaveLength(1);
  } finally {
    await mainJob.stop();
    await smtp.stop();
  }
});

test('the main job serves the pages, the API and the inbound listener, and starts each again after kill -9', async () => {
  const env = await mainJobEnv();
  const mainJob = new MainJobProcess(env).start();
  try {
    await mainJob.says('main job ready');
    const document = () => fetch(`http://127.0.0.1:${env.WEB_PORT}/api/openapi.json`).then((r) => r.status);
    expect(await document()).toBe(200);
    expect(await smtpGreeting(Number(env.INBOUND_SMTP_PORT))).toMatch(/^220 /);
    const { web, inbound } = mainJob.processes();
    process.kill(web!, 'SIGKILL');
    await mainJob.says(`the web server (pid ${web}) was killed (SIGKILL)`);
    await mainJob.says(/the web server \(pid \d+\) is listening again/);
    expect(await document()).toBe(200);
    process.kill(inbound!, 'SIGKILL');
    await mainJob.says(`the inbound listener (pid ${inbound}) was killed (SIGKILL)`);
    await mainJob.says(/the inbound listener \(pid \d+\) is listening again/);
    expect(await smtpGreeting(Number(env.INBOUND_SMTP_PORT))).toMatch(/^220 /);
    expect(await mainJob.stop()).toBe(0);
  } finally {
    await mainJob.stop();
  }
});

test('kill -9 of the worker under the main job: it is started again and polls', async () => {
  const mainJob = new MainJobProcess(await mainJobEnv()).start();
  try {
    await mainJob.says('main job ready');
    const { worker } = mainJob.processes();
    process.kill(worker!, 'SIGKILL');
    await mainJob.says(`the worker (pid ${worker}) was killed (SIGKILL)`);
    await mainJob.says(/the worker \(pid \d+\) is polling again/);
    expect(mainJob.processes().worker).not.toBe(worker);
    expect(await mainJob.stop()).toBe(0);
  } finally {
    await mainJob.stop();
  }
});

test.each([
  ['frontend', 'TEMPORAL_ADDRESS'],
  ['web UI', 'TEMPORAL_UI_PORT'],
  ['pages and API', 'WEB_PORT'],
  ['inbound listener', 'INBOUND_SMTP_PORT'],
])('with its %s port taken the main job refuses, naming the port and what to do, and exits non-zero', async (_, variable) => {
  const env = await mainJobEnv();
  const port = Number(
    variable === 'TEMPORAL_ADDRESS'
      ? env.TEMPORAL_ADDRESS.split(':')[1]
      : env[variable as 'TEMPORAL_UI_PORT' | 'WEB_PORT' | 'INBOUND_SMTP_PORT'],
  );
  const squatter = net.createServer();
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  try {
    const mainJob = new MainJobProcess(env).start();
    expect(await mainJob.exited()).toBe(1);
    expect(mainJob.output).toContain(`port ${port} (`);
    expect(mainJob.output).toContain(`${variable}`);
    expect(mainJob.output).toContain('is taken by another program');
    expect(mainJob.output).toContain('choose free ports');
    expect(mainJob.output).not.toContain('ready');
    expect(fs.existsSync(path.join(env.DATA_DIR, 'main-job.json'))).toBe(false);
  } finally {
    await new Promise((resolve) => squatter.close(resolve));
  }
});

test('a dev server orphaned by a main job killed with kill -9 is stopped by the next main job, not used', async () => {
  const env = await mainJobEnv();
  const first = new MainJobProcess(env).start();
  await first.says('main job ready');
  const orphaned = first.processes();
  process.kill(first.pid, 'SIGKILL');
  await first.exited();
  // The worker notices that its main job is gone; the server does not, and keeps the port.
  await until('the worker to stop with its main job', () => !isRunning(orphaned.worker!) || undefined, 20_000);
  expect(isRunning(orphaned.server!)).toBe(true);

  const second = new MainJobProcess(env).start();
  try {
    await second.says('main job ready');
    expect(second.output).toContain(
      `stopping the dev server (pid ${orphaned.server}) left running by an earlier main job (pid ${first.pid})`,
    );
    expect(isRunning(orphaned.server!)).toBe(false);
    expect(second.processes().server).not.toBe(orphaned.server);
    expect(await second.stop()).toBe(0);
  } finally {
    await second.stop();
  }
});

test('a standalone worker started before its server waits for it, saying so, and polls once it is up', async () => {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'worker-e2e-'));
  dataDirs.push(dataDir);
  const env = { TEMPORAL_ADDRESS: `127.0.0.1:${port}`, TEMPORAL_TASK_QUEUE: 'waiting-worker', DATA_DIR: dataDir };
  let output = '';
  const worker: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  worker.stdout!.on('data', (d) => (output += d));
  worker.stderr!.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  let server: TestWorkflowEnvironment | undefined;
  try {
    await until('the worker to say it waits', () => output.includes(`worker: waiting for Temporal at 127.0.0.1:${port}`) || undefined);
    expect(worker.exitCode).toBeNull();

    server = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: devServerExecutable(),
        port,
        searchAttributes: [GuidelineValidUntil, GuidelineStatus, GuidelineBody, GuidelineKind],
      },
    });
    await until('the worker to poll', () => output.includes('worker: polling waiting-worker') || undefined, 60_000);
    const view = await new GuidelineClient(server.client, 'waiting-worker', organisations).register({
      draft: true,
      id: 'waited',
      title: 'Riktlinje som väntade',
      kind: 'guideline',
      owner,
      responsibleBody: 'VVG',
    });
    expect(view.status).toBe('draft');
  } finally {
    worker.kill('SIGTERM');
    await exited;
    await server?.teardown();
  }
});
