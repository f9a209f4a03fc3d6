import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Ledger } from '../activities/ledger';
import { ConsultationClient } from '../client/consultations';
import { GuidelineClient } from '../client/guidelines';
import { addDays, stockholmDate } from '../domain/calendar/dates';
import { consultationWorkflowId, guidelineWorkflowId } from '../domain/ids';
import { openingInstant } from '../domain/reminders/deadlineReminders';
import { contacts, organisations } from '../test/support/directories';
import { bodies } from '../test/support/lifecycleEnvironment';
import { freePort } from '../test/support/ports';
import { SEARCH_ATTRIBUTE_DEFINITIONS } from '../workflows/guideline/searchAttributes';
import { Figure, root } from './timing';

const command = 'npm run bench -- faults';
const TASK_QUEUE = 'bench-faults';
/** Batches fall due this far apart, alternating a guideline's expiry reminder (41 people) and a round's invitations (57). */
const BATCH_SPACING_MS = 15_000;
const GUIDELINES = 5;
const ROUNDS = 4;
const SUBSCRIBERS = 40;
/** Kills of each process at random moments, besides the worker's kill in the middle of a batch. */
const KILLS_EACH = 3;
/** How long each process stays dead before the bench starts it again (the worker also takes its own start-up). */
const DOWNTIME_MS = { worker: [0, 3_000], server: [3_000, 10_000], smtp: [5_000, 20_000] } as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepUntil = (at: number) => sleep(Math.max(0, at - Date.now()));
const between = (min: number, max: number) => min + Math.random() * (max - min);

interface Outage {
  down: number;
  up?: number;
}

/**
 * One of the bench's servers in a process group of its own: started until it is ready, killed with SIGKILL when
 * the bench says, started again when the bench says, and started again after a second when it exits by itself.
 */
class Supervised {
  private child?: ChildProcess;
  /** Killed by the bench and to stay dead until it restarts it. */
  private held = false;
  private stopping = false;
  readonly outages: Outage[] = [];
  private readonly lineListeners: Array<(line: string) => void> = [];
  private partial = '';

  constructor(
    readonly name: string,
    private readonly launch: () => ChildProcess,
    private readonly ready: (output: () => string) => Promise<boolean>,
  ) {}

  onLine(listener: (line: string) => void) {
    this.lineListeners.push(listener);
  }

  async start(): Promise<void> {
    while (!this.held && !this.stopping) {
      let output = '';
      const child = this.launch();
      this.child = child;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdout?.on('data', (d: Buffer) => {
        output = (output + d).slice(-20_000);
        this.lines(d.toString());
      });
      child.stderr?.on('data', (d: Buffer) => (output = (output + d).slice(-20_000)));
      const up = await Promise.race([this.untilReady(() => output, exited), exited.then(() => false)]);
      if (up) {
        void exited.then(() => this.exitedByItself(child));
        const open = this.outages.find((o) => o.up === undefined);
        if (open) open.up = Date.now();
        return;
      }
      if (!this.held && !this.stopping) {
        log(`${this.name} exited while starting (${output.trim().split('\n').pop()}); again in 1 s`);
        await sleep(1000);
      }
    }
  }

  private lines(chunk: string) {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.lineListeners.forEach((listener) => listener(line));
  }

  private async untilReady(output: () => string, exited: Promise<void>): Promise<boolean> {
    let gone = false;
    void exited.then(() => (gone = true));
    while (!gone) {
      if (await this.ready(output)) return true;
      await sleep(100);
    }
    return false;
  }

  private exitedByItself(child: ChildProcess) {
    if (this.held || this.stopping || child !== this.child) return;
    log(`${this.name} exited by itself; started again in 1 s`);
    this.outages.push({ down: Date.now() });
    void sleep(1000).then(() => this.start());
  }

  async kill(): Promise<void> {
    this.held = true;
    this.outages.push({ down: Date.now() });
    await this.signal('SIGKILL');
  }

  async restart(): Promise<void> {
    this.held = false;
    await this.start();
  }

  async stop(signal: NodeJS.Signals): Promise<void> {
    this.stopping = true;
    await this.signal(signal);
  }

  private async signal(signal: NodeJS.Signals) {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, signal);
    await exited;
  }
}

async function reachable(address: string): Promise<boolean> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    try {
      await connection.workflowService.getSystemInfo({});
      return true;
    } finally {
      await connection.close();
    }
  } catch {
    return false;
  }
}

/** A batch of mail the workload makes fall due: which workflow sends it, when, and to how many. */
interface Batch {
  workflowId: string;
  due: number;
  expected: number;
}

const timeOfDay = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
const log = (line: string) => console.error(`faults ${timeOfDay(Date.now())}  ${line}`);
const uniqueAddresses = (people: Array<{ email: string }>) => new Set(people.map((p) => p.email.toLowerCase())).size;

/** Guidelines whose expiry reminders and rounds whose invitations fall due today, one batch every 15 s from `firstDue`. */
async function createWorkload(client: Client, firstDue: number): Promise<Batch[]> {
  const guidelines = new GuidelineClient(client, TASK_QUEUE, organisations);
  const consultations = new ConsultationClient(client, guidelines, organisations, contacts, bodies);
  const today = stockholmDate(firstDue);
  const owner = { name: 'Bench', email: 'bench@vgregion.example', organisationId: 'vgr', role: 'processledare' };
  const subscribers = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    name: `Prenumerant ${i}`,
    email: `prenumerant-${i}@boras.example`,
    organisationId: 'kommun-boras',
    role: 'subscriber',
  }));
  return Promise.all(
    Array.from({ length: GUIDELINES + ROUNDS }, async (_, i): Promise<Batch> => {
      const sendAt = timeOfDay(firstDue + i * BATCH_SPACING_MS);
      if (i % 2 === 0) {
        const id = `faults-guideline-${i / 2}`;
        const view = await guidelines.register({
          id,
          title: `Riktlinje ${i / 2}`,
          kind: 'guideline',
          owner,
          responsibleBody: 'VVG',
          validFrom: '2025-01-01',
          // The reminder one day before the last valid day, today; the expiry itself falls after the bench.
          validUntil: addDays(today, 1),
          subscribers,
          reminderPolicy: { daysBefore: [1], sendAt, onNonBusinessDay: 'exact-day', quietPeriods: [] },
        });
        const [reminder] = view.upcomingReminders;
        return { workflowId: guidelineWorkflowId(id), due: Date.parse(reminder.at), expected: uniqueAddresses([owner, ...subscribers]) };
      }
      const id = `faults-round-${(i - 1) / 2}`;
      await guidelines.register({ draft: true, id, title: `Remiss ${id}`, kind: 'guideline', owner, responsibleBody: 'VVG' });
      const { round } = await consultations.start(id, {
        document: { title: id, version: '1', link: 'https://samverkan.example/faults.pdf' },
        recipientGroups: [{ group: 'all-municipalities' }, { group: 'regional-administrations' }],
        opensOn: today,
        deadline: addDays(today, 60),
        reminderPolicy: { sendAt },
        processOwner: owner,
      });
      return {
        workflowId: consultationWorkflowId(id, round.round),
        due: Date.parse(openingInstant(today, sendAt)),
        expected: round.recipients.reduce((n, r) => n + uniqueAddresses(r.contacts), 0),
      };
    }),
  );
}

interface Arrival {
  at: number;
  messageId: string;
  workflowId: string;
}

const arrivals = (file: string): Arrival[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [at, messageId, key] = line.split('\t');
      return { at: Number(at), messageId, workflowId: key.split('|')[0] };
    });

/** `n` moments in [from, to], at least `gap` apart and outside `avoid`. */
function randomMoments(n: number, from: number, to: number, gap: number, avoid: [number, number]): number[] {
  for (;;) {
    const moments = Array.from({ length: n }, () => between(from, to)).sort((a, b) => a - b);
    const apart = moments.every((m, i) => i === 0 || m - moments[i - 1] >= gap);
    if (apart && moments.every((m) => m < avoid[0] || m > avoid[1])) return moments;
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The engine as a user runs it (the dev server on its SQLite file, the worker as its own process, a real SMTP
 * server on loopback), with about 430 mails falling due over two minutes in batches of 41 and 57, while the bench
 * kills -9 the worker (once in the middle of a batch), the dev server and the SMTP server at random moments,
 * then counts, by Message-ID at the SMTP server, what arrived, what was lost and what came twice.
 */
export async function benchFaults(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-faults-'));
  const dataDir = path.join(dir, 'data');
  const record = path.join(dir, 'smtp-arrivals.tsv');
  fs.writeFileSync(record, '');
  const [temporalPort, smtpPort] = [await freePort(), await freePort()];
  const address = `127.0.0.1:${temporalPort}`;
  const temporal = process.env.TEMPORAL_CLI_PATH || path.join(root, '.tools/bin/temporal');

  const server = new Supervised(
    'dev server',
    () =>
      spawn(
        temporal,
        [
          ...['server', 'start-dev', '--db-filename', path.join(dir, 'temporal.sqlite'), '--ip', '127.0.0.1'],
          ...['--port', String(temporalPort), '--headless', '--log-level', 'error'],
          ...SEARCH_ATTRIBUTE_DEFINITIONS.flatMap(([name, type]) => ['--search-attribute', `${name}=${type}`]),
        ],
        { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
      ),
    () => reachable(address),
  );
  const smtp = new Supervised(
    'SMTP server',
    () =>
      spawn(process.execPath, ['--import', 'tsx', 'bench/smtpRecorder.ts', String(smtpPort), record], {
        cwd: root,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    async (output) => output().includes('smtp: listening'),
  );
  const worker = new Supervised(
    'worker',
    () =>
      spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
        cwd: root,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          TEMPORAL_ADDRESS: address,
          TEMPORAL_NAMESPACE: 'default',
          TEMPORAL_TASK_QUEUE: TASK_QUEUE,
          DATA_DIR: dataDir,
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        },
      }),
    async (output) => output().includes('worker: polling'),
  );

  let connection: Connection | undefined;
  try {
    await Promise.all([server.start(), smtp.start()]);
    await worker.start();
    connection = await Connection.connect({ address });
    const firstDue = Math.ceil((Date.now() + 30_000) / 1000) * 1000;
    const lastDue = firstDue + (GUIDELINES + ROUNDS - 1) * BATCH_SPACING_MS;
    if (stockholmDate(firstDue) !== stockholmDate(lastDue + 600_000)) throw new Error('the bench must not cross midnight in Stockholm');
    const batches = await createWorkload(new Client({ connection }), firstDue);
    const expected = batches.reduce((n, b) => n + b.expected, 0);
    if (Date.now() > firstDue - 5000) throw new Error('setting up the workload took too long');
    log(`${expected} mails in ${batches.length} batches due from ${timeOfDay(firstDue)} to ${timeOfDay(lastDue)}`);

    // Delivered so far, per workflow, as the SMTP server tells it: the moment to kill the worker mid-batch.
    const rounds = batches.filter((b) => b.workflowId.includes('/consultation/'));
    const target = rounds[1];
    const threshold = Math.round(between(5, target.expected - 25));
    const delivered = new Map<string, number>();
    let reachThreshold: () => void = () => {};
    smtp.onLine((line) => {
      const workflowId = line.split('\t')[2]?.split('|')[0];
      if (!workflowId) return;
      delivered.set(workflowId, (delivered.get(workflowId) ?? 0) + 1);
      if (workflowId === target.workflowId && delivered.get(workflowId) === threshold) reachThreshold();
    });
    // No other fault begins from long enough before that batch falls due until it is out, so it goes out whole.
    const quiet: [number, number] = [target.due - 30_000, target.due + 25_000];
    const window: [number, number] = [firstDue - 5_000, lastDue + 30_000];
    let midBatch = 'not reached';

    const killAt = async (proc: Supervised, moments: number[], downtime: readonly [number, number]) => {
      for (const at of moments) {
        await sleepUntil(at);
        await proc.kill();
        const down = between(...downtime);
        log(`killed the ${proc.name} (kill -9); restarting it in ${secs(down)}`);
        await sleep(down);
        await proc.restart();
        log(`${proc.name} back`);
      }
    };
    const killMidBatch = async () => {
      const reached = await Promise.race([
        new Promise<boolean>((resolve) => (reachThreshold = () => resolve(true))),
        sleepUntil(target.due + 60_000).then(() => false),
      ]);
      if (!reached) return;
      // Not at the instant the server took a message (its line comes just before its reply), but at any moment.
      await sleep(between(0, 150));
      const killedAt = Date.now();
      await worker.kill();
      const atKill = delivered.get(target.workflowId) ?? 0;
      // What the dead worker held: a message the server already has is SMTP's window, and will arrive twice.
      const ledger = new Ledger(path.join(dataDir, 'ledger.sqlite'));
      const held = ledger.mailAttempts().filter((a) => a.workflow_id === target.workflowId && a.state === 'sending');
      ledger.close();
      const arrivedAt = new Map(arrivals(record).map((a) => [a.messageId, a.at]));
      const before = (at: number | undefined) => (at === undefined ? 'not' : `${killedAt - at} ms before the kill`);
      midBatch =
        `${target.workflowId}: ${atKill} of ${target.expected} delivered at the kill; ` +
        (held.length
          ? held
              .map(
                (a) =>
                  `held by the dead worker: 1, claimed ${before(Date.parse(a.last_attempt_at))}, at the SMTP server ${before(arrivedAt.get(a.message_id))}`,
              )
              .join('; ')
          : 'held by the dead worker: none');
      log(`killed the worker (kill -9) in the middle of a batch, ${midBatch}`);
      await sleep(between(...DOWNTIME_MS.worker));
      await worker.restart();
      log('worker back');
    };
    await Promise.all([
      killMidBatch(),
      killAt(worker, randomMoments(KILLS_EACH, ...window, 20_000, quiet), DOWNTIME_MS.worker),
      killAt(server, randomMoments(KILLS_EACH, ...window, 20_000, quiet), DOWNTIME_MS.server),
      killAt(smtp, randomMoments(KILLS_EACH, ...window, 30_000, quiet), DOWNTIME_MS.smtp),
    ]);
    log('faults over; waiting for the mail to settle');

    const ours = new Set(batches.map((b) => b.workflowId));
    const distinct = () =>
      new Set(
        arrivals(record)
          .filter((a) => ours.has(a.workflowId))
          .map((a) => a.messageId),
      ).size;
    const settleBy = Date.now() + 300_000;
    while (distinct() < expected && Date.now() < settleBy) await sleep(1000);
    // Any late copy of a message sent again after a crash arrives within this.
    await sleep(20_000);
    await worker.stop('SIGTERM');

    const all = arrivals(record);
    const copies = new Map<string, Arrival[]>();
    for (const a of all) copies.set(a.messageId, [...(copies.get(a.messageId) ?? []), a]);
    const firsts = [...copies.values()].map((c) => c[0]).filter((a) => ours.has(a.workflowId));
    const duplicated = [...copies.values()].reduce((n, c) => n + c.length - 1, 0);
    const dueOf = new Map(batches.map((b) => [b.workflowId, b.due]));
    const recoveries = [server, smtp, worker].flatMap((p) => p.outages.flatMap((o) => (o.up ? [o.up] : [])));
    const fromDue = firsts.map((a) => a.at - dueOf.get(a.workflowId)!);
    const afterRecovery = firsts.map((a) => {
      const due = dueOf.get(a.workflowId)!;
      return a.at - Math.max(due, ...recoveries.filter((up) => up <= a.at));
    });

    for (const b of batches) {
      const times = firsts.filter((a) => a.workflowId === b.workflowId).map((a) => a.at);
      log(
        `${b.workflowId}: due ${timeOfDay(b.due)}, ${times.length} of ${b.expected} from ${secs(Math.min(...times) - b.due)} to ${secs(Math.max(...times) - b.due)} after`,
      );
    }
    const ledger = new Ledger(path.join(dataDir, 'ledger.sqlite'));
    const rows = ledger.mails().filter((m) => ours.has(m.workflow_id));
    ledger.close();
    for (const [id, c] of copies) {
      const row = rows.find((m) => m.message_id === id);
      if (c.length > 1)
        log(
          `${id} (${c[0].workflowId}) arrived ${c.length} times; ledger: ${row?.attempts} attempts, ${row?.unconfirmed_attempts} unconfirmed`,
        );
    }
    const unconfirmed = new Set(rows.filter((m) => m.unconfirmed_attempts > 0).map((m) => m.message_id));
    const duplicatedIds = [...copies.entries()].filter(([, c]) => c.length > 1).map(([id]) => id);
    const kills = (p: Supervised) => p.outages.length;
    // SMTP's window, measured: from the server's taking a message to the ledger's record that it has it.
    const windows = rows.flatMap((m) => {
      const arrived = copies.get(m.message_id);
      return arrived?.length === 1 ? [Date.parse(m.sent_at) - arrived[0].at] : [];
    });
    const ms = (n: number) => `${n} ms`;

    return [
      { name: 'faults: mails expected (5 expiry reminders to 41, 4 rounds of invitations to 57)', value: String(expected), command },
      {
        name: 'faults: kill -9 of worker / dev server / SMTP server (restarts of each included)',
        value: `${kills(worker)} / ${kills(server)} / ${kills(smtp)}`,
        command,
      },
      { name: 'faults: worker killed mid-batch', value: midBatch, command },
      { name: 'faults: mails delivered (distinct Message-IDs at the SMTP server)', value: String(firsts.length), command },
      { name: 'faults: mails lost', value: String(expected - firsts.length), command },
      { name: 'faults: mails duplicated (extra copies of a Message-ID)', value: String(duplicated), command },
      { name: 'faults: ledger rows (mails)', value: String(rows.length), command },
      {
        name: 'faults: ledger rows with a second attempt / with an unconfirmed one (a possible copy)',
        value: `${rows.filter((m) => m.attempts > 1).length} / ${unconfirmed.size}`,
        command,
      },
      {
        name: 'faults: duplicates the ledger shows as unconfirmed attempts',
        value: `${duplicatedIds.filter((id) => unconfirmed.has(id)).length} of ${duplicatedIds.length}`,
        command,
      },
      {
        name: "faults: SMTP's window, from the server's acceptance to the ledger's confirmation, p50 / p99 / max",
        value: `${ms(percentile(windows, 50))} / ${ms(percentile(windows, 99))} / ${ms(Math.max(...windows))}`,
        command,
      },
      {
        name: 'faults: delay from due to delivered, p50 / p99 / max',
        value: `${secs(percentile(fromDue, 50))} / ${secs(percentile(fromDue, 99))} / ${secs(Math.max(...fromDue))}`,
        command,
      },
      {
        name: 'faults: delay after the last recovery (or due), p50 / p99 / max',
        value: `${secs(percentile(afterRecovery, 50))} / ${secs(percentile(afterRecovery, 99))} / ${secs(Math.max(...afterRecovery))}`,
        command,
      },
    ];
  } finally {
    await connection?.close();
    await Promise.all([worker.stop('SIGKILL'), smtp.stop('SIGKILL'), server.stop('SIGKILL')]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
