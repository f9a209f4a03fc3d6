import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ValidationError } from '../domain/validation';

export type CliCommand =
  | { name: 'register'; input: unknown; json: boolean }
  | { name: 'extend'; id: string; input: unknown; json: boolean }
  | { name: 'retire'; id: string; input: unknown; json: boolean }
  | { name: 'show'; id: string; json: boolean }
  | { name: 'list'; expiringWithin: string; json: boolean }
  | { name: 'setup-search-attributes'; json: boolean };

export const USAGE = `usage: guidelines <command> [options] [--json]
  register --file guideline.json
  register --id ID --title T --kind guideline|routine|agreement|application-guide|strategy
           --owner-name N --owner-email E --owner-org ORG --owner-role R [--owner-language sv|en]
           --body VVG|SRO --valid-from YYYY-MM-DD --valid-until YYYY-MM-DD
  extend ID --until YYYY-MM-DD --note TEXT --decision REF
  retire ID --reason TEXT [--decision REF]
  show ID
  list --expiring-within 180d
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

function fromFlags(v: Record<string, string | boolean | undefined>) {
  return {
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

function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ValidationError([`file: ${(err as Error).message}`]);
  }
}
