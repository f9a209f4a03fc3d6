import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { createActivities } from '../../activities';
import { Ledger } from '../../activities/ledger';
import { createMailTransport } from '../../activities/mailTransport';
import { openDatabase, Store } from '../../activities/store/database';
import { bodies } from './directories';
import { testLinks } from './links';
import { SmtpSink } from './smtpSink';

export interface MailActivities {
  sink: SmtpSink;
  ledger: Ledger;
  store: Store;
  activities: ReturnType<typeof createActivities>;
  stop(): Promise<void>;
}

/**
 * The real activities mailing a real SMTP server on loopback (which refuses the addresses in `refuse`), with a ledger
 * and a database of their own. Mail never reaches another workflow: the client would connect lazily and never does.
 */
export async function startMailActivities(options: { refuse?: string[]; from: string }): Promise<MailActivities> {
  const sink = new SmtpSink(options.refuse);
  const smtpUrl = await sink.start();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mail-')), 'ledger.sqlite');
  const ledger = new Ledger(file);
  const store = await openDatabase({ sqliteFile: file });
  const activities = createActivities({
    ledger,
    store,
    mail: createMailTransport({ smtpUrl, outboxDir: '/nonexistent' }),
    from: options.from,
    bodies,
    client: new Client(),
    taskQueue: 'unused',
    reportsDir: '/nonexistent',
    links: testLinks,
  });
  return {
    sink,
    ledger,
    store,
    activities,
    async stop() {
      ledger.close();
      await store.destroy();
      await sink.stop();
    },
  };
}
