import { loadSettings } from '../../config';
import { ChildReport, withLocalServer } from '../../config/mainJob';
import { loadWebSettings } from '../../config/web';
import { startWebServer } from './server';

/** `npm run api`: the API and the pages alone, for a deployment whose worker runs elsewhere; or the main job's web server. */
async function main() {
  const settings = withLocalServer(loadSettings(), process.argv.slice(2));
  const web = loadWebSettings();
  const server = await startWebServer({ settings, web });
  console.log(
    [
      `web: listening on ${server.address}`,
      `  pages        ${web.publicUrl}`,
      `  API          ${web.publicUrl}/api (documentation ${web.publicUrl}/api/docs)`,
      `  sign-in      ${web.oidc ? `OpenID Connect at ${web.oidc.issuer}` : 'local accounts (npm run cli -- users add)'}`,
    ].join('\n'),
  );
  if (process.connected) process.send?.({ web: 'listening' } satisfies ChildReport);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  // Under the main job: no web server outlives it.
  process.once('disconnect', () => void stop());
}

main().catch((err) => {
  console.error(`web: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
