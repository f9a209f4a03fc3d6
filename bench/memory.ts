import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { GuidelineClient } from '../client/guidelines';
import { organisations } from '../test/support/directories';
import { guideline } from '../test/support/guidelines';
import { freePort } from '../test/support/ports';
import type { MainJobProcesses } from '../worker/processRecord';
import { Figure, root } from './timing';

const COUNT = 10_000;
const AT_ONCE = 20;
const command = 'npm run bench -- memory';
const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** The worker process as Linux accounts for it: resident memory now and at its peak, CPU time so far; undefined once it is gone. */
function usage(pid: number): { rssMb: number; peakMb: number; cpuMs: number } | undefined {
  if (!fs.existsSync(`/proc/${pid}`)) return undefined;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  // utime and stime, the 14th and 15th fields, counted after the command name, which may hold spaces.
  const [utime, stime] = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).map(Number);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024, cpuMs: ((utime + stime) * 1000) / ticksPerSecond };
}

/** Runs `task(0 … count-1)`, `atOnce` at a time, and returns the wall time. */
async function inParallel(count: number, atOnce: number, task: (i: number) => Promise<unknown>, progress?: (done: number) => void) {
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      while (next < count) {
        const i = next++;
        await task(i);
        if ((i + 1) % 1000 === 0) progress?.(i + 1);
      }
    }),
  );
  return Date.now() - started;
}

async function startMainJob(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn('npm', ['start'], { cwd: root, detached: true, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('main job ready')) resolve();
      else if (child.exitCode !== null) reject(new Error(`the main job exited:\n${output}`));
      else return;
      clearInterval(timer);
    }, 100);
  });
  return { child, output: () => output };
}

/**
 * The main job as shipped (`npm start`, its worker with the heap and cache it sizes itself) on a fresh DATA_DIR:
 * 10,000 guidelines in force, each with its expiry reminders' timers, registered through the typed client 20 at
 * a time. It must not crash. The ceiling is as many trivial workflows started and queried the same way (start,
 * then a query, as a registration does) on a task queue of their own, in the same run, before the guidelines.
 */
export async function benchMemory(): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-memory-'));
  const port = await freePort();
  const { child, output } = await startMainJob({
    DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: `127.0.0.1:${port}`,
    TEMPORAL_UI_PORT: String(await freePort()),
    WEB_PORT: String(await freePort()),
    INBOUND_SMTP_PORT: String(await freePort()),
  });
  const address = `127.0.0.1:${port}`;
  const connection = await Connection.connect({ address });
  const nativeConnection = await NativeConnection.connect({ address });
  const trivialWorker = await Worker.create({
    connection: nativeConnection,
    taskQueue: 'bench-trivial',
    workflowsPath: require.resolve('./ceilingWorkflow'),
  });
  const trivialRunning = trivialWorker.run();
  try {
    const client = new Client({ connection });
    const workerPid = (JSON.parse(fs.readFileSync(path.join(dataDir, 'main-job.json'), 'utf8')) as MainJobProcesses).worker!;

    const trivialMs = await inParallel(COUNT, AT_ONCE, async (i) => {
      const handle = await client.workflow.start('updateCeiling', { workflowId: `trivial-${i}`, taskQueue: 'bench-trivial', args: [] });
      await handle.query('__temporal_workflow_metadata');
    });
    trivialWorker.shutdown();
    await trivialRunning;

    const guidelines = new GuidelineClient(client, 'guidelines', organisations);
    const crashed = () => new Error(`the main job's worker (pid ${workerPid}) is gone:\n${output().slice(-5000)}`);
    const before = usage(workerPid);
    if (!before) throw crashed();
    const registrationMs = await inParallel(
      COUNT,
      AT_ONCE,
      (i) =>
        guidelines.register(
          guideline({
            id: `memory-${i}`,
            validFrom: '2025-01-01',
            validUntil: `${2028 + (i % 4)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
          }),
        ),
      (done) => console.error(`bench memory: ${done} guidelines registered, worker RSS ${usage(workerPid)?.rssMb.toFixed(0)} MB`),
    );
    const after = usage(workerPid);
    if (!after) throw crashed();
    const recorded = (JSON.parse(fs.readFileSync(path.join(dataDir, 'main-job.json'), 'utf8')) as MainJobProcesses).worker;
    if (recorded !== workerPid || /the worker \(pid \d+\) (exited|was killed)/.test(output())) {
      throw new Error(`the worker restarted during the run:\n${output().slice(-5000)}`);
    }
    const sizing = /heap (\d+) MB: up to (\d+) workflows cached, (\d+) workflow tasks at once/.exec(output());

    const perSecond = (ms: number) => COUNT / (ms / 1000);
    return [
      {
        name: `worker RSS after ${COUNT.toLocaleString('en')} guidelines registered, 20 at a time, on the main job as shipped (target 512 MB or less)`,
        value: `${after.rssMb.toFixed(0)} MB (peak ${after.peakMb.toFixed(0)} MB${sizing ? `; heap ${sizing[1]} MB, cache ${sizing[2]}, ${sizing[3]} tasks at once` : ''})`,
        command,
      },
      {
        name: 'worker CPU per new guideline workflow (registration to its reminders scheduled)',
        value: `${((after.cpuMs - before.cpuMs) / COUNT).toFixed(1)} ms`,
        command,
      },
      {
        name: 'guideline registrations per second (typed client, 20 at a time)',
        value: `${perSecond(registrationMs).toFixed(1)} /s`,
        command,
      },
      {
        name: 'trivial workflow starts per second (start and query, 20 at a time, same run)',
        value: `${perSecond(trivialMs).toFixed(1)} /s`,
        command,
      },
      {
        name: 'registrations per second as a share of trivial starts (target 0.5 or more)',
        value: (perSecond(registrationMs) / perSecond(trivialMs)).toFixed(2),
        command,
      },
    ];
  } finally {
    if (trivialWorker.getState() === 'RUNNING') trivialWorker.shutdown();
    await trivialRunning.catch(() => undefined);
    await connection.close();
    await nativeConnection.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGINT');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
