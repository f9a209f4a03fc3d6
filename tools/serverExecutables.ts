import fs from 'node:fs';
import path from 'node:path';

const bin = path.resolve(__dirname, '../.tools/bin');

/**
 * The servers tools/install-*.sh built, or the paths in the environment; with neither, the SDK's own
 * download, which works for users with internet.
 */
function executable(envVar: string, name: string) {
  const file = process.env[envVar] || path.join(bin, name);
  return fs.existsSync(file) ? { type: 'existing-path' as const, path: file } : { type: 'cached-download' as const };
}

export const devServerExecutable = () => executable('TEMPORAL_CLI_PATH', 'temporal');
export const testServerExecutable = () => executable('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');
