import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sleep } from './backoff';

/** Which processes a main job runs on a DATA_DIR: written as each starts, removed when the main job stops. */
export interface MainJobProcesses {
  mainJob: number;
  server?: number;
  worker?: number;
  web?: number;
  inbound?: number;
}

/** How each process is recognised on its command line, so that a pid the system has since reused is left alone. */
const marks = {
  mainJob: (cmd: string) => cmd.includes('worker/mainJob'),
  server: (cmd: string, dbFilename: string) => cmd.includes('start-dev') && cmd.includes(dbFilename),
  worker: (cmd: string) => /-worker\.js\b/.test(cmd),
  web: (cmd: string) => /-web\.js\b/.test(cmd),
  inbound: (cmd: string) => /-inbound\.js\b/.test(cmd),
};

export class ProcessRecord {
  private record: MainJobProcesses = { mainJob: process.pid };

  constructor(
    readonly file: string,
    private readonly dbFilename: string,
    private readonly log: (line: string) => void,
  ) {}

  static in(dataDir: string, dbFilename: string, log: (line: string) => void): ProcessRecord {
    return new ProcessRecord(path.join(dataDir, 'main-job.json'), dbFilename, log);
  }

  /**
   * Takes the DATA_DIR over from an earlier main job. One still running is refused (two would share the SQLite
   * files). What a killed one left behind is stopped: nothing supervises it any more, its state is in the
   * SQLite file, and a server kept on would be one this main job did not start, with no one to restart it.
   */
  async claim(): Promise<string | undefined> {
    const earlier = this.read();
    if (earlier && earlier.mainJob !== process.pid && this.running(earlier.mainJob, marks.mainJob)) {
      return `another main job (pid ${earlier.mainJob}) is running on this DATA_DIR (${path.dirname(this.file)}); stop it first (Ctrl-C in its terminal, or kill ${earlier.mainJob})`;
    }
    for (const [role, pid, mark] of [
      ['dev server', earlier?.server, marks.server],
      ['worker', earlier?.worker, marks.worker],
      ['web server', earlier?.web, marks.web],
      ['inbound listener', earlier?.inbound, marks.inbound],
    ] as const) {
      if (pid === undefined || !this.running(pid, mark)) continue;
      this.log(
        `main job: stopping the ${role} (pid ${pid}) left running by an earlier main job (pid ${earlier?.mainJob}) that was killed; ` +
          'a supervised one starts afresh on the same SQLite file',
      );
      await stopProcess(pid, 10_000);
    }
    this.write();
    return undefined;
  }

  update(change: Partial<MainJobProcesses>): void {
    this.record = { ...this.record, ...change };
    this.write();
  }

  remove(): void {
    fs.rmSync(this.file, { force: true });
  }

  private read(): MainJobProcesses | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')) as MainJobProcesses;
    } catch {
      return undefined;
    }
  }

  private write(): void {
    const written = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(written, JSON.stringify(this.record));
    fs.renameSync(written, this.file);
  }

  private running(pid: number, mark: (cmd: string, dbFilename: string) => boolean): boolean {
    const cmd = commandLine(pid);
    return cmd !== undefined && mark(cmd, this.dbFilename);
  }
}

/** The command line of a running process, or undefined when there is none with this pid. */
function commandLine(pid: number): string | undefined {
  const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 && ps.stdout.trim() ? ps.stdout.trim() : undefined;
}

/** SIGTERM, then SIGKILL if it has not exited within the time given. */
export async function stopProcess(pid: number, timeoutMs: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive() && Date.now() < deadline) await sleep(100);
  if (alive()) process.kill(pid, 'SIGKILL');
  while (alive()) await sleep(50);
}
