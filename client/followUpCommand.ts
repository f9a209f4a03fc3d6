import { ValidationError } from '../domain/validation';
import { readJsonFile } from './jsonFile';
import { positionals, requireFlags } from './meetingCommand';

type Values = Record<string, string | boolean | undefined>;
type Which = { guidelineId: string; n: number; json: boolean };

export type FollowUpCommand =
  | { name: 'implementation' | 'follow-up'; action: 'plan'; guidelineId: string; input: unknown; json: boolean }
  | (Which & { name: 'implementation'; action: 'confirm'; input: unknown })
  | (Which & { name: 'implementation' | 'follow-up'; action: 'status' })
  | (Which & { name: 'follow-up'; action: 'submit' | 'move'; input: unknown });

export const FOLLOW_UP_USAGE = `  implementation plan ID --file implementation.json   (deadline, implementers principals|subregions, preparation group)
  implementation confirm ID N --org ORG --confirmed-on YYYY-MM-DD [--note TEXT]
  implementation status ID N
  follow-up plan ID --file survey.json       (parts, opening and closing dates, target meeting)
  follow-up submit ID N --org ORG --part PART --answer TEXT --submitted-on YYYY-MM-DD
  follow-up move ID N --opens YYYY-MM-DD --closes YYYY-MM-DD --decision REF [--reason TEXT]
  follow-up status ID N`;

export function isFollowUpCommand(command: { name: string }): command is FollowUpCommand {
  return command.name === 'implementation' || command.name === 'follow-up';
}

const number = (n: string) => {
  if (!/^[1-9]\d*$/.test(n)) throw new ValidationError([`N: must be a number such as 1, got '${n}'`]);
  return Number(n);
};

/** Arguments of `implementation` and `follow-up`; field rules are left to the domain schemas. */
export function parseFollowUpCommand(
  name: FollowUpCommand['name'],
  [action, ...args]: string[],
  v: Values,
  json: boolean,
): FollowUpCommand {
  const command = `${name} ${action ?? ''}`.trim();
  if (action === 'plan') {
    const [guidelineId] = positionals(command, args, ['ID']);
    requireFlags(command, v, ['file']);
    return { name, action, guidelineId, input: readJsonFile(String(v.file)), json };
  }
  const known = name === 'implementation' ? ['confirm', 'status'] : ['submit', 'move', 'status'];
  if (!action || !known.includes(action))
    throw new ValidationError([`${name}: unknown action '${action ?? ''}' (plan, ${known.join(', ')})`]);
  const [guidelineId, n] = positionals(command, args, ['ID', 'N']);
  const which = { guidelineId, n: number(n), json };
  if (action === 'status') return { name, action, ...which };
  if (name === 'implementation') {
    requireFlags(command, v, ['org', 'confirmed-on']);
    return { name, action: 'confirm', ...which, input: { organisationId: v.org, confirmedOn: v['confirmed-on'], note: v.note } };
  }
  if (action === 'submit') {
    requireFlags(command, v, ['org', 'part', 'answer', 'submitted-on']);
    return { name, action, ...which, input: { organisationId: v.org, partId: v.part, answer: v.answer, submittedOn: v['submitted-on'] } };
  }
  requireFlags(command, v, ['opens', 'closes', 'decision']);
  return { name, action: 'move', ...which, input: { opensOn: v.opens, closesOn: v.closes, decisionRef: v.decision, reason: v.reason } };
}
