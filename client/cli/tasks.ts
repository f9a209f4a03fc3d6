import { Command } from 'commander';
import type { YearlyTasks } from '../../domain/yearlyTask/yearlyTask';
import type { YearlyTaskClient } from '../yearlyTasks';
import { wantsJson } from './declare';
import { Output, shown } from './output';
import { describeSchedule, describeSchedules, describeSync } from './tasksText';

export type YearlyTaskCommand =
  | { name: 'tasks'; action: 'sync' | 'list'; json: boolean }
  | { name: 'tasks'; action: 'show' | 'trigger' | 'remove'; id: string; json: boolean };

export const isYearlyTaskCommand = (command: { name: string }): command is YearlyTaskCommand => command.name === 'tasks';

/** The task id's rules are left to the domain schema. */
export function declareYearlyTaskCommands(program: Command, emit: (command: YearlyTaskCommand) => void): void {
  const tasks = program.command('tasks').description('yearly tasks, each a Temporal Schedule that mails its recipients once a year');
  const whole = (action: 'sync' | 'list', description: string) =>
    tasks
      .command(action)
      .description(description)
      .action((_flags: object, command: Command) => emit({ name: 'tasks', action, json: wantsJson(command) }));
  const one = (action: 'show' | 'trigger' | 'remove', description: string) =>
    tasks
      .command(action)
      .description(description)
      .argument('<ID>')
      .action((id: string, _flags: object, command: Command) => emit({ name: 'tasks', action, id, json: wantsJson(command) }));

  whole('sync', 'a Schedule per task in YEARLY_TASKS_FILE, created or updated');
  whole('list', 'every yearly task and its next run');
  one('show', 'a task, its Schedule and its recent runs');
  one('trigger', "this year's occurrence now; mails nobody twice in a year");
  one('remove', "delete a task's Schedule");
}

export async function runYearlyTaskCommand(command: YearlyTaskCommand, tasks: YearlyTaskClient, file: () => YearlyTasks): Promise<Output> {
  switch (command.action) {
    case 'sync':
      return shown(await tasks.sync(file().tasks), describeSync);
    case 'list':
      return shown(await tasks.list(), describeSchedules);
    case 'show':
      return shown(await tasks.describe(command.id), describeSchedule);
    case 'trigger':
      return shown(await tasks.trigger(command.id), (id) => `triggered ${id}`);
    case 'remove':
      return shown(await tasks.remove(command.id), (id) => `removed ${id}`);
  }
}
