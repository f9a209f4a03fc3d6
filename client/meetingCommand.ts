import { ValidationError } from '../domain/validation';
import { readJsonFile } from './jsonFile';

type Where = { body: string; date: string; json: boolean };

export type MeetingCommand =
  | { name: 'meeting'; action: 'plan'; body: string; year: string; json: boolean }
  | (Where & { name: 'meeting'; action: 'add-item' | 'submit' | 'decide'; input: unknown })
  | (Where & { name: 'meeting'; action: 'agenda' })
  | { name: 'wheel'; year: string; language: 'sv' | 'en'; json: boolean }
  | (Where & { name: 'principals'; action: 'record' | 'close'; itemId: string; input: unknown })
  | (Where & { name: 'principals'; action: 'progress'; itemId: string });

export const MEETING_USAGE = `  meeting plan BODY YEAR                    (starts every meeting in the body's calendar that year)
  meeting add-item BODY DATE --file item.json
  meeting submit BODY DATE --item ID --title T --link URL
  meeting decide BODY DATE --file decision.json
  meeting decide BODY DATE --item ID --outcome note|send-back [--to YYYY-MM-DD --reason TEXT] [--text TEXT]
  meeting agenda BODY DATE
  wheel YEAR [--language sv|en]             (årshjul: every meeting of the year and its items)
  principals record BODY DATE ITEM --org ORG --decision adopted|declined --decided-on YYYY-MM-DD [--reference REF]
  principals progress BODY DATE ITEM
  principals close BODY DATE ITEM --reason TEXT`;

type Values = Record<string, string | boolean | undefined>;

const MEETING_ACTIONS = ['plan', 'add-item', 'submit', 'decide', 'agenda'] as const;
const PRINCIPAL_ACTIONS = ['record', 'progress', 'close'] as const;

export function isMeetingCommand(command: { name: string }): command is MeetingCommand {
  return command.name === 'meeting' || command.name === 'wheel' || command.name === 'principals';
}

/** Arguments of `meeting`, `wheel` and `principals`; as elsewhere, field rules are left to the domain schemas. */
export function parseMeetingCommand(name: MeetingCommand['name'], args: string[], v: Values, json: boolean): MeetingCommand {
  switch (name) {
    case 'wheel': {
      const [year] = positionals('wheel', args, ['YEAR']);
      const language = v.language ?? 'sv';
      if (language !== 'sv' && language !== 'en') throw new ValidationError(['language: must be sv or en']);
      return { name, year, language, json };
    }
    case 'meeting':
      return meetingCommand(args, v, json);
    case 'principals':
      return principalsCommand(args, v, json);
  }
}

function meetingCommand([action, ...args]: string[], v: Values, json: boolean): MeetingCommand {
  const command = `meeting ${action}`;
  switch (action) {
    case 'plan': {
      const [body, year] = positionals(command, args, ['BODY', 'YEAR']);
      return { name: 'meeting', action, body, year, json };
    }
    case 'agenda': {
      const [body, date] = positionals(command, args, ['BODY', 'DATE']);
      return { name: 'meeting', action, body, date, json };
    }
    case 'add-item': {
      const [body, date] = positionals(command, args, ['BODY', 'DATE']);
      requireFlags(command, v, ['file']);
      return { name: 'meeting', action, body, date, json, input: readJsonFile(String(v.file)) };
    }
    case 'submit': {
      const [body, date] = positionals(command, args, ['BODY', 'DATE']);
      requireFlags(command, v, ['item', 'title', 'link']);
      return { name: 'meeting', action, body, date, json, input: { itemId: v.item, documents: [{ title: v.title, link: v.link }] } };
    }
    case 'decide': {
      const [body, date] = positionals(command, args, ['BODY', 'DATE']);
      return { name: 'meeting', action, body, date, json, input: decisionInput(v) };
    }
    default:
      throw new ValidationError([`meeting: unknown action '${action ?? ''}' (${MEETING_ACTIONS.join(', ')})`]);
  }
}

/** A decision from its file, or from flags for the outcomes that need no more than a date and a reason. */
function decisionInput(v: Values): unknown {
  if (v.file) return readJsonFile(String(v.file));
  if (v.item === undefined && v.outcome === undefined) {
    throw new ValidationError(['meeting decide: needs --file decision.json, or --item ID --outcome note|send-back']);
  }
  requireFlags('meeting decide', v, ['item', 'outcome']);
  switch (v.outcome) {
    case 'note':
      return { outcome: v.outcome, itemId: v.item, text: v.text };
    case 'send-back':
      requireFlags('meeting decide --outcome send-back', v, ['to', 'reason']);
      return { outcome: v.outcome, itemId: v.item, toMeeting: v.to, reason: v.reason, text: v.text };
    default:
      throw new ValidationError([`outcome: '${v.outcome}' needs --file; the flags take note or send-back`]);
  }
}

function principalsCommand([given, ...args]: string[], v: Values, json: boolean): MeetingCommand {
  const action = given as (typeof PRINCIPAL_ACTIONS)[number];
  if (!PRINCIPAL_ACTIONS.includes(action)) {
    throw new ValidationError([`principals: unknown action '${given ?? ''}' (${PRINCIPAL_ACTIONS.join(', ')})`]);
  }
  const command = `principals ${action}`;
  const [body, date, itemId] = positionals(command, args, ['BODY', 'DATE', 'ITEM']);
  const where = { name: 'principals' as const, body, date, itemId, json };
  switch (action) {
    case 'record':
      requireFlags(command, v, ['org', 'decision', 'decided-on']);
      return {
        ...where,
        action,
        input: { organisationId: v.org, decision: v.decision, decidedOn: v['decided-on'], reference: v.reference },
      };
    case 'close':
      requireFlags(command, v, ['reason']);
      return { ...where, action, input: { reason: v.reason } };
    case 'progress':
      return { ...where, action };
  }
}

/** Exactly the positionals a command takes; the refusal names the ones missing. */
export function positionals(command: string, args: string[], names: string[]): string[] {
  if (args.length < names.length) throw new ValidationError([`${command}: needs ${names.slice(args.length).join(' ')}`]);
  if (args.length > names.length) throw new ValidationError([`unexpected arguments: ${args.slice(names.length).join(' ')}`]);
  return args;
}

export function requireFlags(command: string, v: Values, flags: string[]): void {
  const missing = flags.filter((f) => v[f] === undefined);
  if (missing.length) throw new ValidationError([`${command}: needs ${missing.map((f) => `--${f}`).join(' ')}`]);
}
