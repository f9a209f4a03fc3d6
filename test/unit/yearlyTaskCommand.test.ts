import { parseCommand } from '../../client/cli/program';

describe('tasks arguments', () => {
  test.each<[string[], object]>([
    [['tasks', 'sync'], { name: 'tasks', action: 'sync', json: false }],
    [['tasks', 'list', '--json'], { name: 'tasks', action: 'list', json: true }],
    [['tasks', 'show', 'deviations-report'], { name: 'tasks', action: 'show', id: 'deviations-report', json: false }],
    [['tasks', 'trigger', 'deviations-report'], { name: 'tasks', action: 'trigger', id: 'deviations-report', json: false }],
    [['tasks', 'remove', 'deviations-report', '--json'], { name: 'tasks', action: 'remove', id: 'deviations-report', json: true }],
  ])('%j', (argv, command) => {
    expect(parseCommand(argv)).toEqual(command);
  });

  test.each([
    [['tasks'], "tasks: unknown action '' (sync, list, show, trigger, remove)"],
    [['tasks', 'run', 'x'], "tasks: unknown action 'run'"],
    [['tasks', 'trigger'], 'tasks trigger: needs ID'],
    [['tasks', 'remove'], 'tasks remove: needs ID'],
    [['tasks', 'trigger', 'a', 'b'], 'unexpected arguments: b'],
    [['tasks', 'sync', 'extra'], 'unexpected arguments: extra'],
    [['tasks', 'list', '--every', 'year'], "unknown option '--every'"],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
