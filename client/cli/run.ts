import type { YearlyTasks } from '../../domain/yearlyTask/yearlyTask';
import type { CommissionClient } from '../commissions';
import type { ConsultationClient } from '../consultations';
import type { FollowUpClient } from '../followUps';
import type { GuidelineClient } from '../guidelines';
import type { MeetingClient } from '../meetings';
import type { YearlyTaskClient } from '../yearlyTasks';
import { isCommissionCommand, runCommissionCommand } from './commission';
import { isConsultationCommand, runConsultationCommand } from './consultation';
import { isFollowUpCommand, runFollowUpCommand } from './followUp';
import { isGuidelineCommand, runGuidelineCommand } from './guidelines';
import { isMeetingCommand, runMeetingCommand } from './meeting';
import type { ReindexResult } from '../reindex';
import type { Output } from './output';
import type { CliCommand } from './program';
import { isReindexCommand, runReindexCommand } from './readModel';
import { runSetupCommand, SetupCommand } from './setup';
import { isYearlyTaskCommand, runYearlyTaskCommand } from './tasks';
import type { UsersCommand } from './users';

export interface Clients {
  guidelines: GuidelineClient;
  consultations: ConsultationClient;
  meetings: MeetingClient;
  commissions: CommissionClient;
  followUps: FollowUpClient;
  yearlyTasks: YearlyTaskClient;
  /** Read when `tasks sync` runs, so a bad file is refused like any other input. */
  yearlyTasksFile: () => YearlyTasks;
  setupSearchAttributes: () => Promise<void>;
  /** Rebuilds the read model from the workflows. */
  reindex: () => Promise<ReindexResult>;
}

/**
 * Does what the command asks through the typed clients, which validate before Temporal sees anything. Accounts
 * (`users`) need no Temporal and are run by main.ts on the database alone.
 */
export function run(command: Exclude<CliCommand, UsersCommand>, clients: Clients): Promise<Output> {
  if (isGuidelineCommand(command)) return runGuidelineCommand(command, clients.guidelines);
  if (isConsultationCommand(command)) return runConsultationCommand(command, clients.consultations);
  if (isMeetingCommand(command)) return runMeetingCommand(command, clients.meetings);
  if (isFollowUpCommand(command)) return runFollowUpCommand(command, clients.followUps);
  if (isCommissionCommand(command)) return runCommissionCommand(command, clients.commissions);
  if (isYearlyTaskCommand(command)) return runYearlyTaskCommand(command, clients.yearlyTasks, clients.yearlyTasksFile);
  if (isReindexCommand(command)) return runReindexCommand(clients.reindex);
  command satisfies SetupCommand;
  return runSetupCommand(clients.setupSearchAttributes);
}
