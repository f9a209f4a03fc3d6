import { once } from 'node:events';
import { serve } from '@hono/node-server';
import { documentsDir, ledgerFile, loadBodies, loadOrganisations, Settings } from '../../config';
import { loadLinkSettings } from '../../config/links';
import { folderBlobStore } from '../../activities/documents/blobStore';
import { loadWebSettings, WebSettings } from '../../config/web';
import { openDatabase, Store } from '../../activities/store/database';
import { createApp } from './app';
import { oidcSignIn } from './auth/oidc';
import { connectGuidelineClient } from '../connect';
import type { ApiClients } from './env';
import { CALLBACK_PATH } from './pages/signIn';

export interface WebServer {
  /** Where it listens, as http://host:port. */
  address: string;
  /** Stops taking requests, lets those under way finish, and closes the database (and the clients it opened). */
  close(): Promise<void>;
}

/**
 * Serves the API and the pages on WEB_PORT: what `npm run api` runs alone and the main job mounts beside its
 * worker. Opens the database (migrating it) in the ledger's file. Without clients given it connects its own to
 * the Temporal of `settings`, and closes them with the server.
 */
export async function startWebServer(options: { settings: Settings; clients?: ApiClients; web?: WebSettings }): Promise<WebServer> {
  const web = options.web ?? loadWebSettings();
  const organisations = loadOrganisations(options.settings);
  const bodies = loadBodies(options.settings);
  const links = loadLinkSettings(options.settings);
  let own: Awaited<ReturnType<typeof connectGuidelineClient>> | undefined;
  const clients = options.clients ?? (own = await connectGuidelineClient(options.settings, { lazy: true }));
  let db: Store | undefined;
  const release = async () => {
    await db?.destroy();
    await own?.close();
  };
  try {
    db = await openDatabase({ sqliteFile: ledgerFile(options.settings) });
    const oidc = web.oidc && oidcSignIn(web.oidc, `${web.publicUrl}${CALLBACK_PATH}`);
    const app = createApp({ clients, db, web, organisations, bodies, links, blobs: folderBlobStore(documentsDir(options.settings)), oidc });
    const server = serve({ fetch: app.fetch, port: web.port, hostname: web.host });
    await once(server, 'listening');
    return {
      address: `http://${web.host}:${web.port}`,
      close: async () => {
        const closed = new Promise((resolve) => server.close(resolve));
        // Keep-alive connections would hold the close open until they time out.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        await closed;
        await release();
      },
    };
  } catch (err) {
    await release();
    throw err;
  }
}
