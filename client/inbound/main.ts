import { folderBlobStore } from '../../activities/documents/blobStore';
import { openDatabase } from '../../activities/store/database';
import { documentsDir, ledgerFile, loadSettings } from '../../config';
import { loadInboundSettings } from '../../config/inbound';
import { ChildReport, withLocalServer } from '../../config/mainJob';
import { connectGuidelineClient } from '../connect';
import { startInboundListener } from './listener';

/** `npm run inbound`: the listener for replies to asking mail, alone for a deployment, or the main job's. */
async function main() {
  const settings = withLocalServer(loadSettings(), process.argv.slice(2));
  const inbound = loadInboundSettings();
  // Lazily: the listener takes connections while Temporal is still starting; a reply that comes then is deferred.
  const clients = await connectGuidelineClient(settings, { lazy: true });
  const db = await openDatabase({ sqliteFile: ledgerFile(settings) });
  const listener = await startInboundListener(
    { db, blobs: folderBlobStore(documentsDir(settings)), consultations: clients.consultations, now: () => new Date() },
    inbound,
  );
  console.log(`inbound: listening on ${listener.address} for replies to asking mail`);
  if (process.connected) process.send?.({ inbound: 'listening' } satisfies ChildReport);
  const stop = async () => {
    await listener.close();
    await db.destroy();
    await clients.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  // Under the main job: no listener outlives it.
  process.once('disconnect', () => void stop());
}

main().catch((err) => {
  console.error(`inbound: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
