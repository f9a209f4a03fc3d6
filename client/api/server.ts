import { once } from 'node:events';
import { serve } from '@hono/node-server';
import { ledgerFile, loadOrganisations, Settings } from '../../config';
import { loadWebSettings, WebSettings } from '../../config/web';
import { openDatabase } from '../../activities/store/database';
import { createApp } from './app';
import { oidcSignIn } from './auth/oidc';
import type { ApiClients } from './env';
import { CALLBACK_PATH } from './pages/signIn';

export interface WebServer {
  /** Where it listens, as http://host:port. */
  address: string;
  /** Stops taking requests, lets those under way finish, and closes the database. The clients stay open. */
  close(): Promise<void>;
}

/**
 * Serves the API and the pages on WEB_PORT: what `npm run api` runs alone and the main job mounts beside its
 * worker. Opens the database (migrating it) in the ledger's file; the caller owns the typed clients.
 */
export async function startWebServer(options: { settings: Settings; clients: ApiClients; web?: WebSettings }): Promise<WebServer> {
  const web = options.web ?? loadWebSettings();
  const db = await openDatabase({ sqliteFile: ledgerFile(options.settings) });
  const app = createApp({
    clients: options.clients,
    db,
    web,
    organisations: loadOrganisations(options.settings),
    oidc: web.oidc && oidcSignIn(web.oidc, `${web.publicUrl}${CALLBACK_PATH}`),
  });
  const server = serve({ fetch: app.fetch, port: web.port, hostname: web.host });
  try {
    await once(server, 'listening');
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return {
    address: `http://${web.host}:${web.port}`,
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      // Keep-alive connections would hold the close open until they time out.
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      await closed;
      await db.destroy();
    },
  };
}
