import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/support/ports';
import { workflowBundlePath } from '../worker/workflowBundle';
import { Figure, median, root, seconds } from './timing';

/** From `npm start` to the ready line, and from Ctrl-C to exit, with the servers already installed. */
async function startOnce(dataDir: string): Promise<{ ready: number; stop: number }> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      TEMPORAL_ADDRESS: `127.0.0.1:${port}`,
      TEMPORAL_UI_PORT: String(await freePort()),
      WEB_PORT: String(await freePort()),
      INBOUND_SMTP_PORT: String(await freePort()),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`main job not ready:\n${output}`)), 120_000);
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes('main job ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  const ready = Date.now() - started;
  const stopping = Date.now();
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  return { ready, stop: Date.now() - stopping };
}

/**
 * The first start after a change of the workflow code bundles it (its cached bundle is removed to stand for
 * the change); the starts after it reuse the bundle.
 */
export async function benchMainJobStart(runs = 3): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-main-'));
  try {
    fs.rmSync(workflowBundlePath(), { force: true });
    const changed = await startOnce(dataDir);
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await startOnce(dataDir));
    return [
      {
        name: `main job start, servers installed, code unchanged (median of ${runs})`,
        value: `${seconds(median(results.map((r) => r.ready)))} (each: ${results.map((r) => seconds(r.ready)).join(', ')})`,
        command: 'npm run bench -- start',
      },
      {
        name: 'main job start after a change of the workflow code (bundles it; creates the SQLite file)',
        value: seconds(changed.ready),
        command: 'npm run bench -- start',
      },
      {
        name: 'main job stop on Ctrl-C (median)',
        value: seconds(median([changed, ...results].map((r) => r.stop))),
        command: 'npm run bench -- start',
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
