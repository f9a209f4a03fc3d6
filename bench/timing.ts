import { spawn } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '..');

export interface Figure {
  name: string;
  value: string;
  command: string;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs a command to completion and returns its wall time; fails loudly if the command fails. */
export function timeCommand(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(Date.now() - started) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr.slice(-2000)}`)),
    );
  });
}
