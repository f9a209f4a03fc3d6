import fs from 'node:fs';
import path from 'node:path';
import { organisationDirectorySchema, organisationSchema } from '../../domain/directory/organisation';

type Org = { id: string; kind: string; name: string; subregion?: string; parent?: string; association?: string };
type Directory = { about?: string; organisations: Org[] };

const file = path.resolve(__dirname, '../../config/organisations.json');
/** A fresh copy of the shipped file for every test to mutate. */
const shipped = (): Directory => JSON.parse(fs.readFileSync(file, 'utf8'));

const issuesOf = (input: unknown) =>
  organisationDirectorySchema.safeParse(input).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

describe('the shipped config/organisations.json', () => {
  const directory = organisationDirectorySchema.parse(shipped());
  const organisations = directory.organisations;
  const municipalities = organisations.filter((o) => o.kind === 'municipality');
  const subregions = organisations.filter((o) => o.kind === 'subregion');

  test('is accepted, with 69 organisations', () => {
    expect(organisations).toHaveLength(69);
  });

  test.each([
    ['region', 1],
    ['municipal-association', 1],
    ['association-of-local-authorities', 4],
    ['subregion', 6],
    ['regional-administration', 8],
    ['municipality', 49],
  ])('has %s × %i', (kind, count) => {
    expect(organisations.filter((o) => o.kind === kind)).toHaveLength(count);
  });

  test('has the six sub-regions', () => {
    expect(subregions.map((s) => s.id).sort()).toEqual(
      ['fyrbodal', 'goteborgsomradet', 'samla', 'simba', 'skaraborg', 'sodra-alvsborg'].sort(),
    );
  });

  test.each([
    ['fyrbodal', 15],
    ['skaraborg', 15],
    ['sodra-alvsborg', 8],
    ['simba', 4],
    ['samla', 2],
    ['goteborgsomradet', 5],
  ])('sub-region %s has %i municipalities', (subregion, count) => {
    expect(municipalities.filter((m) => m.subregion === subregion)).toHaveLength(count);
  });

  test('places every municipality in a sub-region and an association of local authorities', () => {
    const kindOf = new Map(organisations.map((o) => [o.id, o.kind]));
    for (const m of municipalities) {
      expect(kindOf.get(m.subregion!)).toBe('subregion');
      expect(kindOf.get(m.association!)).toBe('association-of-local-authorities');
    }
  });

  test('has unique ids', () => {
    expect(new Set(organisations.map((o) => o.id)).size).toBe(organisations.length);
  });
});

describe('organisationDirectorySchema rejects', () => {
  test('a duplicate id, naming the second occurrence', () => {
    const directory = shipped();
    const copy = { ...directory.organisations[10] };
    directory.organisations.push(copy);
    expect(issuesOf(directory)).toEqual([
      { path: `organisations.${directory.organisations.length - 1}.id`, message: `duplicate id ${copy.id}` },
    ]);
  });

  test.each(['subregion', 'association', 'parent'] as const)('a dangling %s reference, naming the path', (field) => {
    const directory = shipped();
    const index = directory.organisations.findIndex((o) => o.kind === 'municipality');
    directory.organisations[index][field] = 'atlantis';
    expect(issuesOf(directory)).toEqual([{ path: `organisations.${index}.${field}`, message: 'unknown organisation atlantis' }]);
  });

  test('a reference to an organisation removed from the file', () => {
    const directory = shipped();
    directory.organisations = directory.organisations.filter((o) => o.id !== 'samla');
    const paths = issuesOf(directory)!.map((i) => i.path);
    expect(paths).toHaveLength(2);
    for (const p of paths) expect(p).toMatch(/^organisations\.\d+\.subregion$/);
  });

  test('an empty list', () => {
    expect(issuesOf({ organisations: [] })!.map((i) => i.path)).toEqual(['organisations']);
  });

  test('accepts a reference to an organisation listed later in the file', () => {
    expect(
      organisationDirectorySchema.safeParse({
        organisations: [
          { id: 'kommun-ale', kind: 'municipality', name: 'Ale', subregion: 'simba' },
          { id: 'simba', kind: 'subregion', name: 'SIMBA' },
        ],
      }).success,
    ).toBe(true);
  });
});

describe('organisationSchema', () => {
  test.each<[Record<string, unknown>, string]>([
    [{ id: 'Kommun-Ale', kind: 'municipality', name: 'Ale' }, 'id'],
    [{ id: 'kommun ale', kind: 'municipality', name: 'Ale' }, 'id'],
    [{ id: 'kommun-ale', kind: 'county', name: 'Ale' }, 'kind'],
    [{ id: 'kommun-ale', kind: 'municipality', name: '' }, 'name'],
    [{ id: 'kommun-ale', kind: 'municipality', name: 'Ale', verified: 'yes' }, 'verified'],
  ])('rejects %j, naming %s', (input, field) => {
    expect(organisationSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});
