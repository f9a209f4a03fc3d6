import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Browser, chromium } from 'playwright-core';
import type { Role } from '../../domain/access';
import { devServerExecutable } from '../../tools/serverExecutables';
import { GuidelineBody, GuidelineKind, GuidelineStatus, GuidelineValidUntil } from '../../workflows/guideline/searchAttributes';
import { freePort } from './ports';
import { WorkerProcess } from './processes';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** Debian's chromium, which tools/install-chromium.sh installs; CHROMIUM_PATH names another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium as the tests drive it. Playwright gives every launch a fresh profile of its own (it refuses
 * --user-data-dir); the flags keep the browser off the network and its background work off the two cores.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A server of ours in its own process, ready once it prints `ready`. */
export class ServiceProcess {
  private child?: ChildProcess;
  output = '';

  constructor(
    private readonly command: string[],
    private readonly env: Record<string, string>,
    private readonly ready: string,
  ) {}

  async start(timeoutMs = 60_000): Promise<void> {
    // Its own process group: tsx runs the script in a child process of its own, and stopping must reach both.
    const child = spawn(this.command[0], this.command.slice(1), { cwd: root, env: { ...process.env, ...this.env }, detached: true });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.command.join(' ')} did not start:\n${this.output}`)), timeoutMs);
      const take = (d: Buffer) => {
        this.output += d;
        if (this.output.includes(this.ready)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', take);
      child.stderr!.on('data', take);
      child.on('exit', (code) => reject(new Error(`${this.command.join(' ')} exited with ${code}:\n${this.output}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

/** The web server as `npm run api` runs it, on a port of its own unless told which. */
export async function startApi(env: Record<string, string>, port?: number): Promise<{ url: string; process: ServiceProcess }> {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = new ServiceProcess(
    [process.execPath, '--import', 'tsx', 'client/api/main.ts'],
    { ...env, WEB_PORT: String(port), PUBLIC_URL: url },
    'web: listening',
  );
  await api.start();
  return { url, process: api };
}

/** An account made as an administrator would: `npm run cli -- users add`, the password on standard input. */
export function addUser(
  env: Record<string, string>,
  user: { username: string; name: string; role: Role; password: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['client/cli/main.ts', 'users', 'add', '--username', user.username, '--name', user.name, '--role', user.role];
    const child = spawn(tsx, args, { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`users add exited with ${code}: ${output}`))));
    child.stdin.end(`${user.password}\n`);
  });
}

export interface WebStack {
  /** What every process of the stack is started with: Temporal's address, the task queue, the data folder. */
  env: Record<string, string>;
  dataDir: string;
  stop(): Promise<void>;
}

/** Temporal's dev server and the engine's worker in its own process, as the main job runs them, on a fresh data folder. */
export async function startWebStack(taskQueue: string): Promise<WebStack> {
  const server = await TestWorkflowEnvironment.createLocal({
    server: { executable: devServerExecutable(), searchAttributes: [GuidelineValidUntil, GuidelineStatus, GuidelineBody, GuidelineKind] },
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-e2e-'));
  const env = { TEMPORAL_ADDRESS: server.address, TEMPORAL_TASK_QUEUE: taskQueue, DATA_DIR: dataDir };
  const worker = new WorkerProcess(env);
  try {
    await worker.start();
  } catch (err) {
    await server.teardown();
    throw err;
  }
  return {
    env,
    dataDir,
    async stop() {
      await worker.stop('SIGTERM');
      await server.teardown();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
