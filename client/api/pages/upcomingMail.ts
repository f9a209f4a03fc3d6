import { upcomingMailWhere } from '../../../activities/store/readModel';
import type { UpcomingMailGroup } from '../../web/pages/trackingParts';
import { AppDeps, nowOf } from '../env';

/** Beyond any date the engine takes (2199-12-31). */
const END_OF_TIME = '9999-12-31T00:00:00.000Z';

/** The mail one workflow will still send, from the read model: one entry per mail, with each recipient's name once. */
export async function upcomingMailOf(deps: AppDeps, workflowId: string): Promise<UpcomingMailGroup[]> {
  const rows = await upcomingMailWhere(deps.db, { from: nowOf(deps).toISOString(), until: END_OF_TIME, workflowId }).execute();
  const mails: UpcomingMailGroup[] = [];
  for (const row of rows) {
    const last = mails[mails.length - 1];
    if (last && last.at === row.at && last.purpose === row.purpose) {
      if (!last.recipients.includes(row.name)) last.recipients.push(row.name);
    } else {
      mails.push({ at: row.at, purpose: row.purpose, recipients: [row.name] });
    }
  }
  return mails;
}
