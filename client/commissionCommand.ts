import { ValidationError } from '../domain/validation';
import { readJsonFile } from './jsonFile';

export type CommissionCommand =
  | { name: 'commission'; action: 'start'; input: unknown; json: boolean }
  | { name: 'commission'; action: 'show'; id: string; json: boolean }
  | { name: 'commission'; action: 'milestone' | 'move' | 'complete'; id: string; input: unknown; json: boolean };

export const COMMISSION_USAGE = `  commission start --file commission.json
  commission show ID
  commission milestone ID --milestone M --completed-on YYYY-MM-DD [--link URL]
  commission move ID --milestone M --due YYYY-MM-DD --reason TEXT
  commission complete ID --file done.json     (with "draft": a guideline draft to start)`;

type Values = Record<string, string | boolean | undefined>;

const ACTIONS = ['start', 'show', 'milestone', 'move', 'complete'] as const;

export function isCommissionCommand(command: { name: string }): command is CommissionCommand {
  return command.name === 'commission';
}

/** Arguments of `commission`; field rules are left to the domain schemas, which name the field on failure. */
export function parseCommissionCommand([action, ...args]: string[], v: Values, json: boolean): CommissionCommand {
  const command = `commission ${action}`;
  switch (action) {
    case 'start':
      positionals(command, args, []);
      requireFlags(command, v, ['file']);
      return { name: 'commission', action, json, input: readJsonFile(String(v.file)) };
    case 'show': {
      const [id] = positionals(command, args, ['ID']);
      return { name: 'commission', action, id, json };
    }
    case 'milestone': {
      const [id] = positionals(command, args, ['ID']);
      requireFlags(command, v, ['milestone', 'completed-on']);
      return { name: 'commission', action, id, json, input: { milestoneId: v.milestone, completedOn: v['completed-on'], link: v.link } };
    }
    case 'move': {
      const [id] = positionals(command, args, ['ID']);
      requireFlags(command, v, ['milestone', 'due', 'reason']);
      return { name: 'commission', action, id, json, input: { milestoneId: v.milestone, due: v.due, reason: v.reason } };
    }
    case 'complete': {
      const [id] = positionals(command, args, ['ID']);
      requireFlags(command, v, ['file']);
      return { name: 'commission', action, id, json, input: readJsonFile(String(v.file)) };
    }
    default:
      throw new ValidationError([`commission: unknown action '${action ?? ''}' (${ACTIONS.join(', ')})`]);
  }
}

function positionals(command: string, args: string[], names: string[]): string[] {
  if (args.length < names.length) throw new ValidationError([`${command}: needs ${names.slice(args.length).join(' ')}`]);
  if (args.length > names.length) throw new ValidationError([`unexpected arguments: ${args.slice(names.length).join(' ')}`]);
  return args;
}

function requireFlags(command: string, v: Values, flags: string[]): void {
  const missing = flags.filter((f) => v[f] === undefined);
  if (missing.length) throw new ValidationError([`${command}: needs ${missing.map((f) => `--${f}`).join(' ')}`]);
}
