import { Command } from 'commander';
import { formatWheel } from '../../domain/meeting/annualWheel';
import { ValidationError } from '../../domain/validation';
import type { MeetingClient } from '../meetings';
import { required, wantsJson } from './declare';
import { readJsonFile } from './jsonFile';
import { describeAgenda, describeDecision, describePlan, describePrincipalReceipt, describeTracking } from './meetingText';
import { Output, shown } from './output';

type Where = { body: string; date: string; json: boolean };

export type MeetingCommand =
  | { name: 'meeting'; action: 'plan'; body: string; year: string; json: boolean }
  | (Where & { name: 'meeting'; action: 'add-item' | 'submit' | 'decide'; input: unknown })
  | (Where & { name: 'meeting'; action: 'agenda' })
  | { name: 'wheel'; year: string; language: 'sv' | 'en'; json: boolean }
  | (Where & { name: 'principals'; action: 'record' | 'close'; itemId: string; input: unknown })
  | (Where & { name: 'principals'; action: 'progress'; itemId: string });

const NAMES: readonly string[] = ['meeting', 'wheel', 'principals'];

export const isMeetingCommand = (command: { name: string }): command is MeetingCommand => NAMES.includes(command.name);

type DecisionFlags = Partial<Record<'file' | 'item' | 'outcome' | 'to' | 'reason' | 'text', string>>;

/** `meeting`, `wheel` and `principals`; as elsewhere, field rules are left to the domain schemas. */
export function declareMeetingCommands(program: Command, emit: (command: MeetingCommand) => void): void {
  const meeting = program.command('meeting').description('a VVG or SRO meeting: its agenda, documents and decisions');
  const at = (action: string, description: string) =>
    meeting.command(action).description(description).argument('<BODY>').argument('<DATE>');

  meeting
    .command('plan')
    .description("start every meeting in the body's calendar that year")
    .argument('<BODY>')
    .argument('<YEAR>')
    .action((body: string, year: string, _flags: object, command: Command) =>
      emit({ name: 'meeting', action: 'plan', body, year, json: wantsJson(command) }),
    );
  at('add-item', 'put an item on the agenda')
    .addOption(required('--file <FILE>', 'the item as JSON (agendaItemSchema in domain/meeting/meeting.ts)'))
    .action((body: string, date: string, flags: { file: string }, command: Command) =>
      emit({ name: 'meeting', action: 'add-item', body, date, json: wantsJson(command), input: readJsonFile(flags.file) }),
    );
  at('submit', 'add a document to an item')
    .addOption(required('--item <ID>', 'the item'))
    .addOption(required('--title <TITLE>', 'the document'))
    .addOption(required('--link <URL>', 'where the document is'))
    .action((body: string, date: string, flags: { item: string; title: string; link: string }, command: Command) =>
      emit({
        name: 'meeting',
        action: 'submit',
        body,
        date,
        json: wantsJson(command),
        input: { itemId: flags.item, documents: [{ title: flags.title, link: flags.link }] },
      }),
    );
  at('decide', "record an item's decision, from its file or, for note and send-back, from flags")
    .option('--file <FILE>', 'the decision as JSON (decisionSchema in domain/meeting/decision.ts)')
    .option('--item <ID>')
    .option('--outcome <OUTCOME>', 'note or send-back')
    .option('--to <YYYY-MM-DD>', 'the later meeting of the same body a send-back goes to')
    .option('--reason <TEXT>', 'why it is sent back')
    .option('--text <TEXT>')
    .action((body: string, date: string, flags: DecisionFlags, command: Command) =>
      emit({ name: 'meeting', action: 'decide', body, date, json: wantsJson(command), input: decisionInput(flags) }),
    );
  at('agenda', 'items, documents and decisions').action((body: string, date: string, _flags: object, command: Command) =>
    emit({ name: 'meeting', action: 'agenda', body, date, json: wantsJson(command) }),
  );

  program
    .command('wheel')
    .description('årshjul: every meeting of the year and its items')
    .argument('<YEAR>')
    .option('--language <LANGUAGE>', 'sv (the default) or en')
    .action((year: string, flags: { language?: string }, command: Command) => {
      const language = flags.language ?? 'sv';
      if (language !== 'sv' && language !== 'en') throw new ValidationError(['language: must be sv or en']);
      emit({ name: 'wheel', year, language, json: wantsJson(command) });
    });

  const principals = program
    .command('principals')
    .description("the principals' own decisions on a recommendation: each one's, who has not decided");
  const onItem = (action: string, description: string) =>
    principals.command(action).description(description).argument('<BODY>').argument('<DATE>').argument('<ITEM>');
  onItem('record', "record a principal's decision")
    .addOption(required('--org <ORG>', 'the principal'))
    .addOption(required('--decision <DECISION>', 'adopted or declined'))
    .addOption(required('--decided-on <YYYY-MM-DD>'))
    .option('--reference <REF>', 'its minutes, such as "KS § 42"')
    .action((body: string, date: string, itemId: string, flags: Record<string, string>, command: Command) =>
      emit({
        name: 'principals',
        action: 'record',
        body,
        date,
        itemId,
        json: wantsJson(command),
        input: { organisationId: flags.org, decision: flags.decision, decidedOn: flags.decidedOn, reference: flags.reference },
      }),
    );
  onItem('progress', 'who has decided, and how').action((body: string, date: string, itemId: string, _flags: object, command: Command) =>
    emit({ name: 'principals', action: 'progress', body, date, itemId, json: wantsJson(command) }),
  );
  onItem('close', 'stop tracking and reminding')
    .addOption(required('--reason <TEXT>'))
    .action((body: string, date: string, itemId: string, flags: { reason: string }, command: Command) =>
      emit({ name: 'principals', action: 'close', body, date, itemId, json: wantsJson(command), input: { reason: flags.reason } }),
    );
}

/** A decision from its file, or from flags for the outcomes that need no more than a date and a reason. */
function decisionInput(flags: DecisionFlags): unknown {
  if (flags.file) return readJsonFile(flags.file);
  if (flags.item === undefined && flags.outcome === undefined) {
    throw new ValidationError(['meeting decide: needs --file decision.json, or --item ID --outcome note|send-back']);
  }
  needs('meeting decide', flags, ['item', 'outcome']);
  switch (flags.outcome) {
    case 'note':
      return { outcome: flags.outcome, itemId: flags.item, text: flags.text };
    case 'send-back':
      needs('meeting decide --outcome send-back', flags, ['to', 'reason']);
      return { outcome: flags.outcome, itemId: flags.item, toMeeting: flags.to, reason: flags.reason, text: flags.text };
    default:
      throw new ValidationError([`outcome: '${flags.outcome}' needs --file; the flags take note or send-back`]);
  }
}

function needs(command: string, flags: DecisionFlags, names: (keyof DecisionFlags)[]): void {
  const missing = names.filter((name) => flags[name] === undefined);
  if (missing.length) throw new ValidationError([`${command}: needs ${missing.map((name) => `--${name}`).join(' ')}`]);
}

export async function runMeetingCommand(command: MeetingCommand, meetings: MeetingClient): Promise<Output> {
  switch (command.name) {
    case 'wheel':
      return shown(await meetings.wheel(command.year), (wheel) => formatWheel(wheel, command.language));
    case 'principals': {
      const { body, date, itemId } = command;
      switch (command.action) {
        case 'record':
          return shown(await meetings.recordPrincipalDecision(body, date, itemId, command.input), describePrincipalReceipt);
        case 'progress':
          return shown(await meetings.principalProgress(body, date, itemId), describeTracking);
        case 'close':
          return shown(await meetings.closeTracking(body, date, itemId, command.input), describeTracking);
      }
    }
    case 'meeting':
      switch (command.action) {
        case 'plan':
          return shown(await meetings.plan(command.body, command.year), describePlan);
        case 'add-item':
          return shown(await meetings.addItem(command.body, command.date, command.input), describeAgenda);
        case 'submit':
          return shown(await meetings.submitDocuments(command.body, command.date, command.input), describeAgenda);
        case 'decide':
          return shown(await meetings.decide(command.body, command.date, command.input), describeDecision);
        case 'agenda':
          return shown(await meetings.agenda(command.body, command.date), describeAgenda);
      }
  }
}
