import { Client, Connection } from '@temporalio/client';
import { loadBodies, loadContacts, loadOrganisations, Settings, temporalConnectionOptions } from '../config';
import { ConsultationClient } from './consultations';
import { GuidelineClient } from './guidelines';
import { MeetingClient } from './meetings';

export async function connectGuidelineClient(
  settings: Settings,
): Promise<{
  guidelines: GuidelineClient;
  consultations: ConsultationClient;
  meetings: MeetingClient;
  connection: Connection;
  close: () => Promise<void>;
}> {
  const organisations = loadOrganisations(settings);
  const contacts = loadContacts(settings);
  const bodies = loadBodies(settings);
  const connection = await Connection.connect(temporalConnectionOptions(settings));
  const client = new Client({ connection, namespace: settings.TEMPORAL_NAMESPACE });
  const guidelines = new GuidelineClient(client, settings.TEMPORAL_TASK_QUEUE, organisations);
  return {
    guidelines,
    consultations: new ConsultationClient(client, guidelines, organisations, contacts),
    meetings: new MeetingClient(client, settings.TEMPORAL_TASK_QUEUE, bodies, organisations, contacts),
    connection,
    close: () => connection.close(),
  };
}
