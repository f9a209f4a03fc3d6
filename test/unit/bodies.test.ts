import fs from 'node:fs';
import path from 'node:path';
import { bodyDirectorySchema } from '../../domain/bodies';

type Directory = { about?: string; bodies: { id: string; name: string; secretary: Record<string, unknown> }[] };
const file = path.resolve(__dirname, '../../config/bodies.json');
const shipped = (): Directory => JSON.parse(fs.readFileSync(file, 'utf8'));
const issuesOf = (input: unknown) =>
  bodyDirectorySchema.safeParse(input).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

describe('bodyDirectorySchema', () => {
  test('accepts the shipped config/bodies.json, describing VVG and SRO', () => {
    const directory = bodyDirectorySchema.parse(shipped());
    expect(directory.bodies.map((b) => b.id).sort()).toEqual(['SRO', 'VVG']);
    for (const b of directory.bodies) expect(b.secretary.email).toMatch(/@/);
  });

  test.each([
    ['SRO', 'VVG'],
    ['VVG', 'SRO'],
  ])('rejects a file missing %s', (missing) => {
    const directory = shipped();
    directory.bodies = directory.bodies.filter((b) => b.id !== missing);
    expect(issuesOf(directory)).toEqual([{ path: 'bodies', message: 'must describe both VVG and SRO' }]);
  });

  test('rejects an empty list of bodies', () => {
    expect(issuesOf({ bodies: [] })).toEqual([{ path: 'bodies', message: 'must describe both VVG and SRO' }]);
  });

  test('defaults a secretary language to Swedish', () => {
    const directory = shipped();
    delete directory.bodies[0].secretary.language;
    expect(bodyDirectorySchema.parse(directory).bodies[0].secretary.language).toBe('sv');
  });

  test.each<[string, (d: Directory) => void, string]>([
    ['an unknown body', (d) => void (d.bodies[0].id = 'VGR'), 'bodies.0.id'],
    ['a blank name', (d) => void (d.bodies[1].name = ''), 'bodies.1.name'],
    ['a malformed secretary e-mail', (d) => void (d.bodies[1].secretary.email = 'sro'), 'bodies.1.secretary.email'],
    ['a secretary without role', (d) => void (d.bodies[0].secretary.role = ' '), 'bodies.0.secretary.role'],
  ])('rejects %s, naming %s', (_label, mutate, path) => {
    const directory = shipped();
    mutate(directory);
    expect(issuesOf(directory)!.map((i) => i.path)).toContain(path);
  });
});
