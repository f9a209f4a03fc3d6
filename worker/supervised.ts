import { ChildProcess } from 'node:child_process';
import { backoffMs, inSeconds, sleep } from './backoff';

/** A child that ran this long before it exited starts again at the shortest delay. */
const STABLE_MS = 60_000;

export interface SupervisedOptions {
  /** How the log names it: "dev server", "worker". */
  name: string;
  spawn(): ChildProcess;
  /** Called with each new child, the first and every restart. */
  started(child: ChildProcess, restart: boolean): void;
  /** Before a restart: a refusal here ends the supervision instead (given to `failed`). */
  beforeRestart?(): Promise<string | undefined>;
  /** The child exited before the main job was ready, or may not be restarted: the main job stops. */
  failed(problem: string): void;
  log(line: string): void;
}

/**
 * One child process kept running: when it exits it is started again after a backoff (1 s, doubling to 30 s),
 * and the log says so. Until `supervise()` is called an exit is a failure, since a child that cannot start
 * would only fail again.
 */
export class Supervised {
  private child?: ChildProcess;
  private stopping = new AbortController();
  private supervising = false;
  private attempt = 0;

  constructor(private readonly options: SupervisedOptions) {}

  get current(): ChildProcess | undefined {
    return this.child;
  }

  start(restart = false): ChildProcess {
    const child = this.options.spawn();
    const startedAt = Date.now();
    this.child = child;
    child.once('exit', (code, signal) => void this.exited(child, startedAt, code, signal));
    child.once('error', (err) => this.options.failed(`the ${this.options.name} could not start: ${err.message}`));
    this.options.started(child, restart);
    return child;
  }

  /** From now on an exit is restarted. */
  supervise(): void {
    this.supervising = true;
  }

  /** Stops the child (with the signal given, then SIGKILL after the time given) and restarts it no more. */
  async stop(signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
    this.stopping.abort();
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  /** Ends the child at once: a second Ctrl-C. */
  kill(): void {
    this.stopping.abort();
    this.child?.kill('SIGKILL');
  }

  private async exited(child: ChildProcess, startedAt: number, code: number | null, signal: NodeJS.Signals | null) {
    if (this.stopping.signal.aborted) return;
    const { name, log } = this.options;
    const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
    if (!this.supervising) return this.options.failed(`the ${name} (pid ${child.pid}) ${how} before the main job was ready`);
    if (Date.now() - startedAt >= STABLE_MS) this.attempt = 0;
    const delay = backoffMs(this.attempt++);
    log(
      `main job: the ${name} (pid ${child.pid}) ${how} after ${inSeconds(Date.now() - startedAt)}; starting it again in ${inSeconds(delay)}`,
    );
    await sleep(delay, this.stopping.signal);
    if (this.stopping.signal.aborted) return;
    const refused = await this.options.beforeRestart?.();
    if (refused) return this.options.failed(refused);
    if (!this.stopping.signal.aborted) this.start(true);
  }
}
