import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Figure, seconds, timeCommand } from './timing';

/**
 * A first install as on a fresh machine: empty Go module and build caches and an empty Maven repository,
 * so every module and jar comes from the registries and the CLI is compiled from scratch.
 */
export async function benchInstallServers(): Promise<Figure[]> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-install-'));
  const env = {
    TOOLS_DIR: path.join(scratch, 'tools'),
    GOMODCACHE: path.join(scratch, 'gomod'),
    GOCACHE: path.join(scratch, 'gocache'),
    MAVEN_OPTS: `-Dmaven.repo.local=${path.join(scratch, 'm2')}`,
    TEMPORAL_CLI_PATH: '',
    TEMPORAL_TEST_SERVER_PATH: '',
  };
  try {
    const dev = await timeCommand('bash', ['tools/install-dev-server.sh'], env);
    const test = await timeCommand('bash', ['tools/install-test-server.sh'], env);
    const again = await timeCommand('bash', ['tools/install-servers.sh'], env);
    return [
      { name: 'first install, dev server (go install, cold caches)', value: seconds(dev), command: 'npm run bench -- install' },
      {
        name: 'first install, time-skipping test server (Maven, cold repository)',
        value: seconds(test),
        command: 'npm run bench -- install',
      },
      { name: 'second install run (both found, nothing rebuilt)', value: seconds(again), command: 'npm run bench -- install' },
    ];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
