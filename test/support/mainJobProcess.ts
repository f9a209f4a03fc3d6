import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { MainJobProcesses } from '../../worker/processRecord';
import { until } from './processes';

const root = path.resolve(__dirname, '../..');

/** The main job as `npm start` runs it (without the install step), so a test can watch, kill and restart it. */
export class MainJobProcess {
  output = '';
  private child?: ChildProcess;
  private exit?: Promise<number | null>;

  constructor(private readonly env: Record<string, string>) {}

  get pid(): number {
    return this.child!.pid!;
  }

  start(): this {
    const child = spawn(process.execPath, ['--import', 'tsx', 'worker/mainJob.ts'], {
      cwd: root,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
    this.exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    return this;
  }

  /** Resolves when the output says `text`, and fails if the main job exits first. */
  async says(text: string | RegExp, timeoutMs = 60_000): Promise<void> {
    let exited = false;
    void this.exit!.then(() => (exited = true));
    await until(
      `the main job to say ${text}`,
      () => {
        if (typeof text === 'string' ? this.output.includes(text) : text.test(this.output)) return true;
        if (exited) throw new Error(`the main job exited before it said ${text}:\n${this.output}`);
        return undefined;
      },
      timeoutMs,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n${this.output}`);
    });
  }

  /** The exit code, once it has exited. */
  exited(): Promise<number | null> {
    return this.exit!;
  }

  /** The pids it recorded in its DATA_DIR. */
  processes(): MainJobProcesses {
    return JSON.parse(fs.readFileSync(path.join(this.env.DATA_DIR, 'main-job.json'), 'utf8')) as MainJobProcesses;
  }

  async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    return this.exit!;
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
