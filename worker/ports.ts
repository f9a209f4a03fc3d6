import { spawnSync } from 'node:child_process';
import net from 'node:net';

export interface Port {
  port: number;
  /** What the port is for and which setting chooses it. */
  role: string;
}

/**
 * Why the main job cannot run its dev server on these ports, or undefined when it can. A port is taken when
 * something listens on it on the loopback (IPv4 or IPv6): the server would fail to start there, or a client
 * asking for localhost would reach the other program instead.
 */
export async function portsProblem(ports: Port[]): Promise<string | undefined> {
  const taken = [];
  for (const p of ports) if (!(await canListen(p.port, '127.0.0.1')) || !(await canListen(p.port, '::1'))) taken.push(p);
  if (!taken.length) return undefined;
  return [
    ...taken.map((p) => `port ${p.port} (${p.role}) is taken by ${holder(p.port)}.`),
    'The main job runs its own dev server and does not use one it did not start.',
    `Stop that program, or choose free ports: TEMPORAL_ADDRESS=localhost:<port>, TEMPORAL_UI_PORT=<port> and WEB_PORT=<port>.`,
  ].join('\n');
}

function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'EADDRNOTAVAIL' || err.code === 'EAFNOSUPPORT'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A Temporal dev server is named with its pid (often one left by an earlier main job); anything else is not. */
function holder(port: number): string {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const server = (ps.stdout ?? '')
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .find((m) => m && m[2].includes('start-dev') && new RegExp(`--(ui-)?port[ =]${port}(\\s|$)`).test(m[2]));
  return server ? `a Temporal dev server (pid ${server[1]}; stop it with kill ${server[1]})` : 'another program';
}
