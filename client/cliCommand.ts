import { parseArgs } from 'node:util';
import { ValidationError } from '../domain/validation';
import { readJsonFile } from './jsonFile';
import { COMMISSION_USAGE, CommissionCommand, parseCommissionCommand } from './commissionCommand';
import { FOLLOW_UP_USAGE, FollowUpCommand, parseFollowUpCommand } from './followUpCommand';
import { MEETING_USAGE, MeetingCommand, parseMeetingCommand } from './meetingCommand';
import { parseYearlyTaskCommand, YEARLY_TASK_USAGE, YearlyTaskCommand } from './yearlyTaskCommand';

export type CliCommand =
  | { name: 'register'; input: unknown; json: boolean }
  | { name: 'extend'; id: string; input: unknown; json: boolean }
  | { name: 'retire'; id: string; input: unknown; json: boolean }
  | { name: 'show'; id: string; json: boolean }
  | { name: 'list'; expiringWithin: string; json: boolean }
  | { name: 'setup-search-attributes'; json: boolean }
  | { name: 'adopt'; id: string; input: unknown; json: boolean }
  | {
      name: 'consultation';
      action: 'start' | 'answer' | 'extend' | 'add' | 'withdraw' | 'close' | 'progress' | 'export';
      id: string;
      round?: number;
      input: Record<string, unknown>;
      json: boolean;
    }
  | MeetingCommand
  | CommissionCommand
  | YearlyTaskCommand
  | FollowUpCommand;

const CONSULTATION_ACTIONS = ['start', 'answer', 'extend', 'add', 'withdraw', 'close', 'progress', 'export'] as const;

export const USAGE = `usage: guidelines <command> [options] [--json]
  register --file guideline.json           (with "draft": true for a draft)
  register --draft --id ID --title T --kind K --owner-… --body VVG|SRO
  register --id ID --title T --kind guideline|routine|agreement|application-guide|strategy
           --owner-name N --owner-email E --owner-org ORG --owner-role R [--owner-language sv|en]
           --body VVG|SRO --valid-from YYYY-MM-DD --valid-until YYYY-MM-DD
  extend ID --until YYYY-MM-DD --note TEXT --decision REF
  retire ID --reason TEXT [--decision REF]
  show ID
  list --expiring-within 180d
  adopt ID --valid-from YYYY-MM-DD --valid-until YYYY-MM-DD --decision REF [--note TEXT]
  consultation start ID --file round.json
  consultation answer ID [--round N] --org ORG --kind comments|no-comments|declines --received YYYY-MM-DD
                         [--text TEXT] [--document-ref REF]
  consultation extend ID [--round N] --deadline YYYY-MM-DD --reason TEXT
  consultation add ID [--round N] --org ORG
  consultation withdraw ID [--round N] --org ORG --reason TEXT
  consultation close ID [--round N] [--reason TEXT]
  consultation progress ID [--round N]
  consultation export ID [--round N]        (answers as CSV)
${MEETING_USAGE}
${FOLLOW_UP_USAGE}
${COMMISSION_USAGE}
${YEARLY_TASK_USAGE}
  setup-search-attributes     (once per namespace on a self-hosted cluster)`;

const options = {
  json: { type: 'boolean' },
  file: { type: 'string' },
  id: { type: 'string' },
  title: { type: 'string' },
  kind: { type: 'string' },
  'owner-name': { type: 'string' },
  'owner-email': { type: 'string' },
  'owner-org': { type: 'string' },
  'owner-role': { type: 'string' },
  'owner-language': { type: 'string' },
  body: { type: 'string' },
  'valid-from': { type: 'string' },
  'valid-until': { type: 'string' },
  until: { type: 'string' },
  note: { type: 'string' },
  decision: { type: 'string' },
  reason: { type: 'string' },
  'expiring-within': { type: 'string' },
  draft: { type: 'boolean' },
  round: { type: 'string' },
  org: { type: 'string' },
  received: { type: 'string' },
  text: { type: 'string' },
  'document-ref': { type: 'string' },
  deadline: { type: 'string' },
  item: { type: 'string' },
  link: { type: 'string' },
  outcome: { type: 'string' },
  to: { type: 'string' },
  'decided-on': { type: 'string' },
  reference: { type: 'string' },
  language: { type: 'string' },
  milestone: { type: 'string' },
  'completed-on': { type: 'string' },
  due: { type: 'string' },
  'confirmed-on': { type: 'string' },
  part: { type: 'string' },
  answer: { type: 'string' },
  'submitted-on': { type: 'string' },
  opens: { type: 'string' },
  closes: { type: 'string' },
} as const;

/** Turns argv into a command; field rules are left to the domain schemas, which name the field on failure. */
export function parseCommand(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new ValidationError([(err as Error).message]);
  }
  const { values: v, positionals } = parsed;
  const [name, id, ...rest] = positionals;
  const json = v.json ?? false;
  const needId = () => {
    if (!id) throw new ValidationError([`${name}: needs a guideline id`]);
    if (rest.length) throw new ValidationError([`unexpected arguments: ${rest.join(' ')}`]);
    return id;
  };
  switch (name) {
    case 'register':
      if (id) throw new ValidationError([`unexpected argument: ${id} (use --id)`]);
      return { name, json, input: v.file ? readJsonFile(v.file) : fromFlags(v) };
    case 'adopt':
      return {
        name,
        json,
        id: needId(),
        input: { validFrom: v['valid-from'], validUntil: v['valid-until'], decisionRef: v.decision, note: v.note },
      };
    case 'consultation':
      return consultationCommand(positionals.slice(1), v, json);
    case 'meeting':
    case 'wheel':
    case 'principals':
      return parseMeetingCommand(name, positionals.slice(1), v, json);
    case 'implementation':
    case 'follow-up':
      return parseFollowUpCommand(name, positionals.slice(1), v, json);
    case 'commission':
      return parseCommissionCommand(positionals.slice(1), v, json);
    case 'tasks':
      return parseYearlyTaskCommand(positionals.slice(1), json);
    case 'extend':
      return { name, json, id: needId(), input: { validUntil: v.until, note: v.note, decisionRef: v.decision } };
    case 'retire':
      return { name, json, id: needId(), input: { reason: v.reason, decisionRef: v.decision } };
    case 'show':
      return { name, json, id: needId() };
    case 'list':
      if (!v['expiring-within']) throw new ValidationError(['list: needs --expiring-within, for example 180d']);
      return { name, json, expiringWithin: v['expiring-within'] };
    case 'setup-search-attributes':
      if (id) throw new ValidationError([`unexpected argument: ${id}`]);
      return { name, json };
    default:
      throw new ValidationError([name ? `unknown command '${name}'` : 'no command given']);
  }
}

function consultationCommand(args: string[], v: Record<string, string | boolean | undefined>, json: boolean): CliCommand {
  const [action, id, ...rest] = args;
  if (!CONSULTATION_ACTIONS.includes(action as (typeof CONSULTATION_ACTIONS)[number])) {
    throw new ValidationError([`consultation: unknown action '${action ?? ''}' (${CONSULTATION_ACTIONS.join(', ')})`]);
  }
  if (!id) throw new ValidationError([`consultation ${action}: needs a guideline id`]);
  if (rest.length) throw new ValidationError([`unexpected arguments: ${rest.join(' ')}`]);
  let round: number | undefined;
  if (v.round !== undefined) {
    round = Number(v.round);
    if (!/^[1-9]\d*$/.test(String(v.round))) throw new ValidationError(['round: must be a round number such as 1']);
  }
  const inputs: Record<string, Record<string, unknown>> = {
    start: v.file ? (readJsonFile(String(v.file)) as Record<string, unknown>) : {},
    answer: { organisationId: v.org, kind: v.kind, receivedOn: v.received, text: v.text, documentRef: v['document-ref'] },
    extend: { deadline: v.deadline, reason: v.reason },
    add: { organisationId: v.org },
    withdraw: { organisationId: v.org, reason: v.reason },
    close: { reason: v.reason },
    progress: {},
    export: {},
  };
  if (action === 'start' && !v.file)
    throw new ValidationError(['consultation start: needs --file with the round (document, recipientGroups, dates, processOwner)']);
  if (action === 'add' && !v.org) throw new ValidationError(['org: is required']);
  return { name: 'consultation', action: action as (typeof CONSULTATION_ACTIONS)[number], id, round, input: inputs[action], json };
}

function fromFlags(v: Record<string, string | boolean | undefined>) {
  return {
    draft: v.draft,
    id: v.id,
    title: v.title,
    kind: v.kind,
    owner: {
      name: v['owner-name'],
      email: v['owner-email'],
      organisationId: v['owner-org'],
      role: v['owner-role'],
      language: v['owner-language'],
    },
    responsibleBody: v.body,
    validFrom: v['valid-from'],
    validUntil: v['valid-until'],
  };
}
