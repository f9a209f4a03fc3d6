import fs from 'node:fs';
import path from 'node:path';

const toolsBin = path.resolve(__dirname, '../../.tools/bin');

/** The server binary installed by tools/, or an override from the environment; undefined lets the SDK download. */
function installed(envVar: string, name: string) {
  const file = process.env[envVar] || path.join(toolsBin, name);
  return fs.existsSync(file) ? { type: 'existing-path' as const, path: file } : undefined;
}

export const testServerExecutable = () => installed('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');
export const devServerExecutable = () => installed('TEMPORAL_CLI_PATH', 'temporal');
