import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadSettings } from '../config';
import { ChildReport, LOCAL_SERVER_FLAG } from '../config/mainJob';
import { loadInboundSettings } from '../config/inbound';
import { loadWebSettings } from '../config/web';
import { devServerArgs, devServerPath, whenListening } from './devServer';
import { portsProblem } from './ports';
import { processBundles } from './processBundles';
import { ProcessRecord } from './processRecord';
import { Supervised } from './supervised';

const root = path.resolve(__dirname, '..');
const log = (line: string) => console.error(line);

/**
 * The main job on the embedded default: Temporal's dev server with its SQLite file and web UI, the worker, and the
 * web server (the pages and the API), each a child process that it restarts when it exits (worker/supervised.ts),
 * so that a worker that runs out of memory or a server killed under it heals. It starts its own servers on ports
 * it has checked are free, and is ready only when its Temporal server listens, its worker polls it and its web
 * server listens. Ctrl-C drains the worker, then stops the server;
 * the SQLite file keeps every workflow and timer for the next start.
 */
async function main() {
  const settings = loadSettings();
  const web = loadWebSettings();
  const inbound = loadInboundSettings();
  const { namespace } = settings.temporal;
  const port = Number(settings.temporal.connection.address.split(':').pop());
  const uiPort = settings.TEMPORAL_UI_PORT ?? port + 1000;
  const address = `127.0.0.1:${port}`;
  const dbFilename = path.join(settings.DATA_DIR, 'temporal.sqlite');
  fs.mkdirSync(settings.DATA_DIR, { recursive: true });
  const started = Date.now();

  const record = ProcessRecord.in(settings.DATA_DIR, dbFilename, log);
  const ports = [
    { port, role: `the Temporal frontend, TEMPORAL_ADDRESS ${settings.temporal.connection.address}` },
    {
      port: uiPort,
      role: `the web UI, ${settings.TEMPORAL_UI_PORT ? 'TEMPORAL_UI_PORT' : 'the frontend port + 1000 unless TEMPORAL_UI_PORT is set'}`,
    },
  ];
  const webPorts = [{ port: web.port, role: 'the pages and the API, WEB_PORT' }];
  const inboundPorts = [{ port: inbound.port, role: 'the listener for replies to asking mail, INBOUND_SMTP_PORT' }];
  const otherMainJob = await record.claim();
  if (otherMainJob) return fail(otherMainJob);
  const portsTaken = await portsProblem([...ports, ...webPorts, ...inboundPorts]);
  if (portsTaken) {
    record.remove();
    return fail(portsTaken);
  }
  const [executable, bundles] = await Promise.all([devServerPath(log), processBundles()]);

  let ready = false;
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all([webServer.stop('SIGTERM', 10_000), inboundListener.stop('SIGTERM', 10_000), worker.stop('SIGTERM', 30_000)]);
    // As the SDK's server manager did: SQLite's journal keeps what was committed, and a graceful stop takes over a
    // second and logs the failed polls of the server's own workers.
    await server.stop('SIGKILL', 0);
    record.remove();
    console.log('main job stopped');
    process.exit(code);
  };
  const failed = (problem: string) => {
    log(`main job: ${problem}`);
    void stopAll(1);
  };

  const server = new Supervised({
    name: 'dev server',
    spawn: () =>
      spawn(executable, devServerArgs({ port, uiPort, namespace, dbFilename }), {
        stdio: ['ignore', 'inherit', 'inherit'],
        detached: true,
      }),
    started: (child, restart) => {
      record.update({ server: child.pid });
      if (restart) void serving(child).then((up) => up && log(`main job: the dev server (pid ${child.pid}) is serving again`));
    },
    beforeRestart: () => portsProblem(ports),
    failed,
    log,
  });
  const worker = new Supervised({
    name: 'worker',
    spawn: () =>
      spawn(
        process.execPath,
        ['--enable-source-maps', `--max-old-space-size=${settings.WORKER_HEAP_MB}`, bundles.worker, LOCAL_SERVER_FLAG, address],
        { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true },
      ),
    started: (child, restart) => {
      record.update({ worker: child.pid });
      child.on('message', (report: ChildReport) => {
        if (!('worker' in report)) return;
        polling = true;
        if (restart) log(`main job: the worker (pid ${child.pid}) is polling again`);
        if (!ready) void whenReady();
      });
    },
    failed,
    log,
  });

  const webServer = new Supervised({
    name: 'web server',
    spawn: () =>
      spawn(process.execPath, ['--enable-source-maps', bundles.web, LOCAL_SERVER_FLAG, address], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        detached: true,
      }),
    started: (child, restart) => {
      record.update({ web: child.pid });
      child.on('message', (report: ChildReport) => {
        if (!('web' in report)) return;
        listening = true;
        if (restart) log(`main job: the web server (pid ${child.pid}) is listening again`);
        if (!ready) void whenReady();
      });
    },
    beforeRestart: () => portsProblem(webPorts),
    failed,
    log,
  });

  const inboundListener = new Supervised({
    name: 'inbound listener',
    spawn: () =>
      spawn(process.execPath, ['--enable-source-maps', bundles.inbound, LOCAL_SERVER_FLAG, address], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        detached: true,
      }),
    started: (child, restart) => {
      record.update({ inbound: child.pid });
      child.on('message', (report: ChildReport) => {
        if (!('inbound' in report)) return;
        taking = true;
        if (restart) log(`main job: the inbound listener (pid ${child.pid}) is listening again`);
        if (!ready) void whenReady();
      });
    },
    beforeRestart: () => portsProblem(inboundPorts),
    failed,
    log,
  });

  let polling = false;
  let listening = false;
  let taking = false;
  const serving = (child: ChildProcess) => whenListening(port, () => child.exitCode === null && child.signalCode === null);
  const whenReady = async () => {
    if (!polling || !listening || !taking || !(await serving(server.current!)) || ready || stopping) return;
    ready = true;
    server.supervise();
    worker.supervise();
    webServer.supervise();
    inboundListener.supervise();
    console.log(
      [
        `main job ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        `  Temporal     ${address} (namespace ${namespace}), SQLite ${dbFilename}`,
        `  pages, API   ${web.publicUrl} (API documentation ${web.publicUrl}/api/docs)`,
        `  sign-in      ${web.oidc ? `OpenID Connect at ${web.oidc.issuer}` : "local accounts: npm run cli -- users add --username anna --name 'Anna Andersson' --role admin"}`,
        `  Temporal UI  http://localhost:${uiPort}`,
        `  replies      smtp://${inbound.host}:${inbound.port} (INBOUND_SMTP_PORT), for the mail relay's replies to asking mail`,
        `  mail         ${settings.SMTP_URL ? settings.SMTP_URL.replace(/\/\/[^@]*@/, '//***@') : path.join(settings.DATA_DIR, 'outbox')}`,
        `  ledger       ${path.join(settings.DATA_DIR, 'ledger.sqlite')}`,
        `  supervision  the dev server, the worker, the web server and the inbound listener restart when they exit; their pids are in ${record.file}`,
        '  Ctrl-C stops everything; the next start continues where this one stopped.',
      ].join('\n'),
    );
  };

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      // A second Ctrl-C does not wait for the drain.
      if (stopping) return [webServer, inboundListener, worker, server].forEach((s) => s.kill());
      void stopAll(0);
    });
  }
  server.start();
  worker.start();
  webServer.start();
  inboundListener.start();
}

function fail(problem: string) {
  log(`main job: ${problem}`);
  process.exit(1);
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
