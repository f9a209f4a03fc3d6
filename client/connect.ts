import { Client, Connection } from '@temporalio/client';
import { loadOrganisations, Settings, temporalConnectionOptions } from '../config';
import { GuidelineClient } from './guidelines';

export async function connectGuidelineClient(
  settings: Settings,
): Promise<{ guidelines: GuidelineClient; connection: Connection; close: () => Promise<void> }> {
  const connection = await Connection.connect(temporalConnectionOptions(settings));
  const client = new Client({ connection, namespace: settings.TEMPORAL_NAMESPACE });
  return {
    guidelines: new GuidelineClient(client, settings.TEMPORAL_TASK_QUEUE, loadOrganisations(settings)),
    connection,
    close: () => connection.close(),
  };
}
