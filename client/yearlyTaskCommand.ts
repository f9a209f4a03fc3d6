import { ValidationError } from '../domain/validation';

export type YearlyTaskCommand =
  | { name: 'tasks'; action: 'sync' | 'list'; json: boolean }
  | { name: 'tasks'; action: 'show' | 'trigger' | 'remove'; id: string; json: boolean };

export const YEARLY_TASK_USAGE = `  tasks sync                                (a Schedule per task in YEARLY_TASKS_FILE, created or updated)
  tasks list
  tasks show ID
  tasks trigger ID                          (this year's occurrence now; mails nobody twice in a year)
  tasks remove ID`;

const ACTIONS = ['sync', 'list', 'show', 'trigger', 'remove'] as const;

export function isYearlyTaskCommand(command: { name: string }): command is YearlyTaskCommand {
  return command.name === 'tasks';
}

/** Arguments of `tasks`; the task id's rules are left to the domain schema. */
export function parseYearlyTaskCommand([given, ...args]: string[], json: boolean): YearlyTaskCommand {
  const action = given as (typeof ACTIONS)[number];
  if (!ACTIONS.includes(action)) throw new ValidationError([`tasks: unknown action '${given ?? ''}' (${ACTIONS.join(', ')})`]);
  switch (action) {
    case 'sync':
    case 'list':
      if (args.length) throw new ValidationError([`unexpected arguments: ${args.join(' ')}`]);
      return { name: 'tasks', action, json };
    case 'show':
    case 'trigger':
    case 'remove': {
      const [id, ...rest] = args;
      if (!id) throw new ValidationError([`tasks ${action}: needs ID`]);
      if (rest.length) throw new ValidationError([`unexpected arguments: ${rest.join(' ')}`]);
      return { name: 'tasks', action, id, json };
    }
  }
}
