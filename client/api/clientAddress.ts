import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * The address a request came from, as the server's socket saw it: what a rate limit counts by. A request made
 * in-process (a test's `app.request` without bindings) has none, and all such count as one.
 */
export function clientAddress(c: Context): string {
  const bindings = c.env as Partial<HttpBindings> | undefined;
  return bindings?.incoming?.socket.remoteAddress ?? 'in-process';
}
