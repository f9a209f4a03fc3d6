import type { Settings } from './index';

/** How the main job tells its children (the worker, the web server, the inbound listener) the address of the dev server it runs. */
export const LOCAL_SERVER_FLAG = '--local-server';

/** What a child tells the main job that started it, over the IPC channel. */
export type ChildReport = { worker: 'running' } | { web: 'listening' } | { inbound: 'listening' };

/** The main job's embedded server is local and plain: the address, TLS and API key configured are for a cluster. */
export function withLocalServer(settings: Settings, args: string[]): Settings {
  const at = args.indexOf(LOCAL_SERVER_FLAG);
  if (at < 0) return settings;
  const address = args[at + 1];
  return { ...settings, temporal: { namespace: settings.temporal.namespace, connection: { address } } };
}
