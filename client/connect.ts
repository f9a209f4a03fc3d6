import { Client, Connection } from '@temporalio/client';
import { loadBodies, loadContacts, loadOrganisations, Settings } from '../config';
import { requireKnownOrganisations } from '../domain/directory/organisation';
import { bodyContacts } from '../domain/meeting/bodies';
import { CommissionClient } from './commissions';
import { FollowUpClient } from './followUps';
import { ConsultationClient } from './consultations';
import { GuidelineClient } from './guidelines';
import { MeetingClient } from './meetings';
import { YearlyTaskClient } from './yearlyTasks';

/**
 * The typed clients on one connection. `lazy` connects on the first call instead of now: a web server serves its
 * pages (and says so) while Temporal is still starting or restarting, where the CLI wants to know at once.
 */
export async function connectGuidelineClient(
  settings: Settings,
  { lazy = false }: { lazy?: boolean } = {},
): Promise<{
  guidelines: GuidelineClient;
  consultations: ConsultationClient;
  meetings: MeetingClient;
  commissions: CommissionClient;
  yearlyTasks: YearlyTaskClient;
  followUps: FollowUpClient;
  connection: Connection;
  close: () => Promise<void>;
}> {
  const organisations = loadOrganisations(settings);
  const contacts = loadContacts(settings);
  const bodies = loadBodies(settings);
  requireKnownOrganisations(organisations, bodyContacts(bodies));
  const connection = lazy ? Connection.lazy(settings.temporal.connection) : await Connection.connect(settings.temporal.connection);
  const client = new Client({ connection, namespace: settings.temporal.namespace });
  const guidelines = new GuidelineClient(client, settings.TEMPORAL_TASK_QUEUE, organisations);
  return {
    guidelines,
    consultations: new ConsultationClient(client, guidelines, organisations, contacts, bodies),
    meetings: new MeetingClient(client, settings.TEMPORAL_TASK_QUEUE, bodies, organisations, contacts),
    commissions: new CommissionClient(client, settings.TEMPORAL_TASK_QUEUE, bodies, organisations),
    yearlyTasks: new YearlyTaskClient(client, settings.TEMPORAL_TASK_QUEUE, organisations),
    followUps: new FollowUpClient(client, bodies, organisations, contacts),
    connection,
    close: () => connection.close(),
  };
}
