import { Command } from 'commander';
import { ValidationError } from '../../domain/validation';
import type { GuidelineClient } from '../guidelines';
import { guidelineId, required, wantsJson } from './declare';
import { describeExpiring, describeGuideline } from './guidelinesText';
import { readJsonFile } from './jsonFile';
import { Output, shown } from './output';

export type GuidelineCommand =
  | { name: 'register'; input: unknown; json: boolean }
  | { name: 'extend' | 'retire' | 'adopt'; id: string; input: unknown; json: boolean }
  | { name: 'show'; id: string; json: boolean }
  | { name: 'list'; expiringWithin: string; json: boolean };

const NAMES: readonly string[] = ['register', 'extend', 'retire', 'adopt', 'show', 'list'];

export const isGuidelineCommand = (command: { name: string }): command is GuidelineCommand => NAMES.includes(command.name);

type RegisterFlags = Partial<
  Record<
    | 'file'
    | 'id'
    | 'title'
    | 'kind'
    | 'ownerName'
    | 'ownerEmail'
    | 'ownerOrg'
    | 'ownerRole'
    | 'ownerLanguage'
    | 'body'
    | 'validFrom'
    | 'validUntil',
    string
  >
> & { draft?: boolean };

/** Field rules are left to the domain schemas, which name the field on failure. */
export function declareGuidelineCommands(program: Command, emit: (command: GuidelineCommand) => void): void {
  program
    .command('register')
    .description('register a guideline in force, or a draft (no validity yet) with --draft')
    .option('--file <FILE>', 'the guideline as JSON, with subscribers and a reminder policy (instead of the flags)')
    .option('--draft', 'a draft, to go out on consultation rounds before its adoption')
    .option('--id <ID>', 'the guideline id, never reused')
    .option('--title <TITLE>')
    .option('--kind <KIND>', 'guideline, routine, agreement, application-guide or strategy')
    .option('--owner-name <NAME>')
    .option('--owner-email <EMAIL>')
    .option('--owner-org <ORG>', 'an organisation id from config/organisations.json')
    .option('--owner-role <ROLE>')
    .option('--owner-language <LANGUAGE>', 'sv (the default) or en')
    .option('--body <BODY>', 'the responsible body: VVG or SRO')
    .option('--valid-from <YYYY-MM-DD>')
    .option('--valid-until <YYYY-MM-DD>')
    .allowExcessArguments()
    .action((flags: RegisterFlags, command: Command) => {
      if (command.args.length) throw new ValidationError([`unexpected argument: ${command.args[0]} (use --id)`]);
      emit({ name: 'register', json: wantsJson(command), input: flags.file ? readJsonFile(flags.file) : fromFlags(flags) });
    });

  program
    .command('extend')
    .description('extend the validity of a guideline in force, by decision')
    .addArgument(guidelineId())
    .option('--until <YYYY-MM-DD>', 'the new last valid day')
    .option('--note <TEXT>')
    .option('--decision <REF>', 'the decision, such as "VVG 2026-12-10 §5"')
    .action((id: string, flags: { until?: string; note?: string; decision?: string }, command: Command) =>
      emit({
        name: 'extend',
        json: wantsJson(command),
        id,
        input: { validUntil: flags.until, note: flags.note, decisionRef: flags.decision },
      }),
    );

  program
    .command('retire')
    .description('retire a guideline')
    .addArgument(guidelineId())
    .option('--reason <TEXT>')
    .option('--decision <REF>')
    .action((id: string, flags: { reason?: string; decision?: string }, command: Command) =>
      emit({ name: 'retire', json: wantsJson(command), id, input: { reason: flags.reason, decisionRef: flags.decision } }),
    );

  program
    .command('show')
    .description('the state of a guideline and its upcoming reminders with their dates')
    .addArgument(guidelineId())
    .action((id: string, _flags: object, command: Command) => emit({ name: 'show', json: wantsJson(command), id }));

  program
    .command('list')
    .description('the guidelines in force whose validity ends within a number of days')
    .addOption(required('--expiring-within <DAYS>', 'for example 180d', 'list: needs --expiring-within, for example 180d'))
    .action((flags: { expiringWithin: string }, command: Command) =>
      emit({ name: 'list', json: wantsJson(command), expiringWithin: flags.expiringWithin }),
    );

  program
    .command('adopt')
    .description('adopt a draft whose consultation is closed, by decision')
    .addArgument(guidelineId())
    .option('--valid-from <YYYY-MM-DD>')
    .option('--valid-until <YYYY-MM-DD>')
    .option('--decision <REF>')
    .option('--note <TEXT>')
    .action((id: string, flags: { validFrom?: string; validUntil?: string; decision?: string; note?: string }, command: Command) =>
      emit({
        name: 'adopt',
        json: wantsJson(command),
        id,
        input: { validFrom: flags.validFrom, validUntil: flags.validUntil, decisionRef: flags.decision, note: flags.note },
      }),
    );
}

function fromFlags(flags: RegisterFlags) {
  return {
    draft: flags.draft,
    id: flags.id,
    title: flags.title,
    kind: flags.kind,
    owner: {
      name: flags.ownerName,
      email: flags.ownerEmail,
      organisationId: flags.ownerOrg,
      role: flags.ownerRole,
      language: flags.ownerLanguage,
    },
    responsibleBody: flags.body,
    validFrom: flags.validFrom,
    validUntil: flags.validUntil,
  };
}

export async function runGuidelineCommand(command: GuidelineCommand, guidelines: GuidelineClient): Promise<Output> {
  switch (command.name) {
    case 'register':
      return shown(await guidelines.register(command.input), describeGuideline);
    case 'extend':
      return shown(await guidelines.extend(command.id, command.input), describeGuideline);
    case 'retire':
      return shown(await guidelines.retire(command.id, command.input), describeGuideline);
    case 'adopt':
      return shown(await guidelines.adopt(command.id, command.input), describeGuideline);
    case 'show':
      return shown(await guidelines.show(command.id), describeGuideline);
    case 'list':
      return shown(await guidelines.listExpiring(command.expiringWithin), describeExpiring);
  }
}
