import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { devServerExecutable } from '../tools/serverExecutables';
import { SEARCH_ATTRIBUTE_DEFINITIONS } from '../workflows/guideline/searchAttributes';
import { sleep } from './backoff';

const downloadDir = path.resolve(__dirname, '../.tools/download');

export interface DevServerOptions {
  port: number;
  uiPort: number;
  namespace: string;
  dbFilename: string;
}

/** The dev server's command line, as the SDK's ephemeral-server manager would give it, with the web UI. */
export function devServerArgs({ port, uiPort, namespace, dbFilename }: DevServerOptions): string[] {
  return [
    ...['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--ui-port', String(uiPort)],
    ...['--namespace', namespace, '--db-filename', dbFilename, '--log-format', 'pretty', '--log-level', 'warn'],
    ...[
      'frontend.enableServerVersionCheck=false',
      'frontend.enableUpdateWorkflowExecution=true',
      'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true',
    ].flatMap((value) => ['--dynamic-config-value', value]),
    ...SEARCH_ATTRIBUTE_DEFINITIONS.flatMap(([name, type]) => ['--search-attribute', `${name}=${type}`]),
  ];
}

/**
 * The Temporal CLI to run: the one tools/ built, or TEMPORAL_CLI_PATH; without either (no Go), the one the SDK
 * downloads, once, into .tools/download. The main job runs it as its own child so that it sees it exit.
 */
export async function devServerPath(log: (line: string) => void): Promise<string> {
  const executable = devServerExecutable();
  if (executable.type === 'existing-path') return executable.path;
  const found = downloaded();
  if (found) return found;
  log('main job: no Temporal CLI in .tools/bin; the SDK downloads one into .tools/download (needs internet)');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'cached-download', downloadDir } } });
  await env.teardown();
  const fetched = downloaded();
  if (!fetched) throw new Error(`the SDK's download left no executable in ${downloadDir}`);
  return fetched;
}

function downloaded(): string | undefined {
  if (!fs.existsSync(downloadDir)) return undefined;
  return fs
    .readdirSync(downloadDir)
    .filter((name) => !name.endsWith('.downloading'))
    .map((name) => path.join(downloadDir, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

/** Resolves when something accepts connections at the port, or false when `alive` says the server is gone. */
export async function whenListening(port: number, alive: () => boolean): Promise<boolean> {
  while (alive()) {
    if (await accepts(port)) return true;
    await sleep(100);
  }
  return false;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
