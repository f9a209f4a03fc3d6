import fs from 'node:fs';
import path from 'node:path';
import { parseCommand } from '../../client/cli/program';
import { accessTable, Act, acts, may, roles, rolesThatMay } from '../../domain/access';

/** Every CLI command and the act it is; the API's route for it looks this act up. */
const cliActs: Record<string, Act> = {
  register: 'guideline.register',
  extend: 'guideline.extend',
  retire: 'guideline.retire',
  adopt: 'guideline.adopt',
  show: 'read',
  list: 'read',
  'consultation start': 'consultation.start',
  'consultation answer': 'consultation.answer',
  'consultation extend': 'consultation.extend',
  'consultation add': 'consultation.addRecipient',
  'consultation withdraw': 'consultation.withdrawRecipient',
  'consultation close': 'consultation.close',
  'consultation progress': 'read',
  'consultation export': 'read',
  'meeting plan': 'meeting.plan',
  'meeting add-item': 'meeting.addItem',
  'meeting submit': 'meeting.submitDocument',
  'meeting decide': 'meeting.decide',
  'meeting agenda': 'read',
  wheel: 'read',
  'principals record': 'principals.record',
  'principals progress': 'read',
  'principals close': 'principals.close',
  'implementation plan': 'implementation.plan',
  'implementation confirm': 'implementation.confirm',
  'implementation status': 'read',
  'follow-up plan': 'followUp.plan',
  'follow-up submit': 'followUp.submit',
  'follow-up move': 'followUp.move',
  'follow-up status': 'read',
  'commission start': 'commission.start',
  'commission show': 'read',
  'commission milestone': 'commission.milestone',
  'commission move': 'commission.moveMilestone',
  'commission complete': 'commission.complete',
  'tasks sync': 'yearlyTask.sync',
  'tasks list': 'read',
  'tasks show': 'read',
  'tasks trigger': 'yearlyTask.trigger',
  'tasks remove': 'yearlyTask.remove',
  'setup-search-attributes': 'setup.searchAttributes',
  reindex: 'readModel.reindex',
  'users add': 'user.add',
};

/** The CLI's commands as its help lists them: a group's actions as `group action`. */
function cliCommands(path: string[] = []): string[] {
  const help = parseCommand([...path, '--help']);
  if (help.name !== 'help') throw new Error(`no help for ${path.join(' ')}`);
  const listed = help.text.split('Commands:\n')[1];
  if (!listed) return [path.join(' ')];
  const names = [...listed.matchAll(/^  (\S+)/gm)].map((m) => m[1]).filter((name) => name !== 'help');
  return names.flatMap((name) => cliCommands([...path, name]));
}

describe('who may do what (domain/access.ts)', () => {
  test('the table is total: every act has a decision for every role', () => {
    for (const act of acts) {
      expect(Object.keys(accessTable[act]).sort()).toEqual([...roles].sort());
      for (const role of roles) expect(typeof may(role, act)).toBe('boolean');
    }
  });

  test('every CLI command is an act of the table, and every act is some command', () => {
    expect(cliCommands().sort()).toEqual(Object.keys(cliActs).sort());
    expect(new Set(Object.values(cliActs))).toEqual(new Set(acts));
  });

  test('an admin may do everything, a viewer only read; everyone signed in may read', () => {
    expect(acts.filter((act) => !may('admin', act))).toEqual([]);
    expect(acts.filter((act) => may('viewer', act))).toEqual(['read']);
    expect(rolesThatMay('read')).toEqual(roles);
  });

  test('each role does its part of the process', () => {
    expect(may('process-owner', 'consultation.start')).toBe(true);
    expect(may('preparation-group', 'consultation.answer')).toBe(true);
    expect(may('preparation-group', 'consultation.close')).toBe(false);
    expect(may('secretary', 'meeting.decide')).toBe(true);
    expect(may('process-owner', 'meeting.decide')).toBe(false);
    expect(rolesThatMay('yearlyTask.sync')).toEqual(['admin']);
    expect(rolesThatMay('user.add')).toEqual(['admin']);
  });

  test("the README's table is this table, act by act and role by role", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const table = /<!-- access-table -->([\s\S]*?)<!-- \/access-table -->/.exec(readme)![1].trim().split('\n');
    const cells = (line: string) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
    expect(cells(table[0])).toEqual(['act', ...roles]);
    expect(table.slice(2).map(cells)).toEqual(acts.map((act) => [`\`${act}\``, ...roles.map((role) => (may(role, act) ? '✓' : ''))]));
  });
});
