import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/ports';
import { runCli } from '../support/processes';

// The CLI as users run it; none of these reach a Temporal server, so none is needed.
describe('CLI exit codes', () => {
  test('--help prints the usage and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help'], {});
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Usage: npm run cli -- [options] [command]');
  });

  test('consultation start --help prints its usage and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['consultation', 'start', '--help'], {});
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Usage: npm run cli -- consultation start <ID> --file <FILE> [options]');
  });

  test('an unknown flag is input refused: exit 2, the flag named, then the usage', async () => {
    const { code, stdout, stderr } = await runCli(['show', 'consent', '--bogus'], {});
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^error: unknown option '--bogus'\n\nUsage: npm run cli -- show <ID> \[options\]/);
  });

  test('a --file that is not JSON is input refused: exit 2, the file named', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-exit-'));
    const file = path.join(dir, 'round.json');
    fs.writeFileSync(file, 'not json');
    const { code, stderr } = await runCli(['consultation', 'start', 'consent', '--file', file], {});
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^error: file: ${file} is not valid JSON: `));
  });

  test('Temporal unreachable is could not run: exit 1', async () => {
    const { code, stdout, stderr } = await runCli(['show', 'consent'], { TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^error: /);
  });
});
