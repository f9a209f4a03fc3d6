import { DEFAULT_EXPIRY_REMINDER_POLICY } from '../../domain/reminders/expiryReminders';
import {
  extendValiditySchema,
  extensionProblem,
  consultationProblem,
  adoptionProblem,
  adoptSchema,
  draftGuidelineSchema,
  GuidelineStatus,
  guidelineIdSchema,
  guidelineKindSchema,
  GuidelineInput,
  guidelineSchema,
  guidelineStatusSchema,
  responsibleBodySchema,
  retirementProblem,
  retireSchema,
} from '../../domain/guideline/guideline';

const owner = {
  name: 'Anna Andersson',
  email: 'anna.andersson@vgregion.example',
  organisationId: 'vgr',
  role: 'process owner',
  language: 'sv' as const,
};

const valid: GuidelineInput = {
  id: 'expected-child',
  title: 'Riktlinje vid oro för ett väntat barn',
  kind: 'guideline',
  owner,
  responsibleBody: 'VVG',
  validFrom: '2025-01-01',
  validUntil: '2026-12-31',
};

const pathsOf = (input: unknown) => guidelineSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));

describe('enumerations', () => {
  test.each([
    [guidelineKindSchema.options, ['guideline', 'routine', 'agreement', 'application-guide', 'strategy']],
    [responsibleBodySchema.options, ['VVG', 'SRO']],
    [guidelineStatusSchema.options, ['draft', 'in-consultation', 'awaiting-decision', 'in-force', 'expired', 'retired']],
  ])('%j', (options, expected) => {
    expect(options).toEqual(expected);
  });
});

describe('guidelineIdSchema', () => {
  test.each([['a'], ['0'], ['expected-child'], ['lss-2024'], ['a-'], ['a'.repeat(80)], ['9-to-5']])('accepts %s', (id) => {
    expect(guidelineIdSchema.safeParse(id).success).toBe(true);
  });

  test.each([
    [''],
    ['-leading-hyphen'],
    ['Upper'],
    ['with space'],
    ['under_score'],
    ['själv-vård'],
    ['a'.repeat(81)],
    ['dot.ted'],
    ['slash/ed'],
  ])('rejects %p', (id) => {
    const result = guidelineIdSchema.safeParse(id);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('must be lowercase letters, digits and hyphens (at most 80)');
  });
});

describe('guidelineSchema', () => {
  test('applies defaults: no subscribers, the default reminder policy, Swedish', () => {
    expect(guidelineSchema.parse({ ...valid, owner: { ...owner, language: undefined } })).toEqual({
      ...valid,
      owner: { ...owner, language: 'sv' },
      subscribers: [],
      reminderPolicy: DEFAULT_EXPIRY_REMINDER_POLICY,
    });
  });

  test('fills a partial reminder policy with defaults', () => {
    expect(guidelineSchema.parse({ ...valid, reminderPolicy: { daysBefore: [60] } }).reminderPolicy).toEqual({
      ...DEFAULT_EXPIRY_REMINDER_POLICY,
      daysBefore: [60],
    });
  });

  test('trims the title, and the names and roles of contacts', () => {
    const parsed = guidelineSchema.parse({
      ...valid,
      title: '  Rutin för egenvård  ',
      owner: { ...owner, name: ' Anna ', role: ' owner ' },
    });
    expect(parsed.title).toBe('Rutin för egenvård');
    expect(parsed.owner.name).toBe('Anna');
    expect(parsed.owner.role).toBe('owner');
  });

  test.each<[string, Partial<GuidelineInput>]>([
    ['the valid fixture', {}],
    ['a one-day validity', { validFrom: '2026-12-30', validUntil: '2026-12-31' }],
    ['a validity over a leap day', { validFrom: '2028-02-28', validUntil: '2028-02-29' }],
    ['SRO as responsible body', { responsibleBody: 'SRO' }],
    ['a routine', { kind: 'routine' }],
    ['an agreement', { kind: 'agreement' }],
    ['an application guide', { kind: 'application-guide' }],
    ['a strategy', { kind: 'strategy' }],
    ['a 300-character title', { title: 'x'.repeat(300) }],
    ['English subscribers', { subscribers: [{ ...owner, email: 'ben@boras.example', language: 'en' }] }],
    ['exact-day reminders', { reminderPolicy: { onNonBusinessDay: 'exact-day', quietPeriods: [] } }],
  ])('accepts %s', (_label, overrides) => {
    expect(guidelineSchema.safeParse({ ...valid, ...overrides }).success).toBe(true);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['validUntil equal to validFrom', { validFrom: '2026-12-31', validUntil: '2026-12-31' }, ['validUntil']],
    ['validUntil before validFrom', { validFrom: '2027-01-01', validUntil: '2026-12-31' }, ['validUntil']],
    ['a non-existent validUntil', { validUntil: '2026-02-30' }, ['validUntil']],
    ['an unpadded validUntil', { validUntil: '2026-2-3' }, ['validUntil']],
    ['a missing validUntil', { validUntil: undefined }, ['validUntil']],
    ['a bad id', { id: 'Expected Child' }, ['id']],
    ['an empty id', { id: '' }, ['id']],
    ['an unknown kind', { kind: 'policy' }, ['kind']],
    ['an unknown responsible body', { responsibleBody: 'VGR' }, ['responsibleBody']],
    ['a blank title', { title: '   ' }, ['title']],
    ['a title over 300 characters', { title: 'x'.repeat(301) }, ['title']],
    ['a malformed owner e-mail', { owner: { ...owner, email: 'anna.andersson' } }, ['owner.email']],
    ['an owner e-mail without domain', { owner: { ...owner, email: 'anna@' } }, ['owner.email']],
    ['a blank owner name', { owner: { ...owner, name: '  ' } }, ['owner.name']],
    ['an owner without organisation', { owner: { ...owner, organisationId: '' } }, ['owner.organisationId']],
    ['an owner without role', { owner: { ...owner, role: ' ' } }, ['owner.role']],
    ['an unknown owner language', { owner: { ...owner, language: 'de' } }, ['owner.language']],
    ['a missing owner', { owner: undefined }, ['owner']],
    ['a malformed subscriber e-mail', { subscribers: [owner, { ...owner, email: 'x' }] }, ['subscribers.1.email']],
    ['a bad reminder time', { reminderPolicy: { sendAt: '25:00' } }, ['reminderPolicy.sendAt']],
    ['a negative reminder offset', { reminderPolicy: { daysBefore: [30, -1] } }, ['reminderPolicy.daysBefore.1']],
    ['no reminder offsets', { reminderPolicy: { daysBefore: [] } }, ['reminderPolicy.daysBefore']],
    ['a bad id and reversed dates', { id: 'BAD', validFrom: '2027-01-01', validUntil: '2026-01-01' }, ['id', 'validUntil']],
  ])('rejects %s, naming %j', (_label, overrides, paths) => {
    expect(pathsOf({ ...valid, ...overrides })).toEqual(paths);
  });

  test.each([
    [{ validFrom: '2026-12-31', validUntil: '2026-12-31' }, 'must be after validFrom'],
    [{ validUntil: '2026-02-30' }, 'must be an existing calendar date written YYYY-MM-DD'],
    [{ owner: { ...owner, email: 'nope' } }, 'must be an e-mail address'],
    [{ title: '' }, 'is required'],
  ])('explains %j with %p', (overrides, message) => {
    expect(guidelineSchema.safeParse({ ...valid, ...overrides }).error?.issues[0].message).toBe(message);
  });

  test.each([[null], [undefined], ['expected-child'], [[]]])('rejects the non-object %p', (input) => {
    expect(guidelineSchema.safeParse(input).success).toBe(false);
  });
});

describe('extendValiditySchema', () => {
  const extension = { validUntil: '2027-12-31', note: 'Förlängs oförändrad i väntan på revidering', decisionRef: 'VVG 2026-06-10 §4' };

  test('accepts an extension and trims the text', () => {
    expect(extendValiditySchema.parse({ ...extension, note: ' förlängs ', decisionRef: ' §4 ' })).toEqual({
      validUntil: '2027-12-31',
      note: 'förlängs',
      decisionRef: '§4',
    });
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['a non-existent date', { validUntil: '2027-02-29' }, 'validUntil'],
    ['a missing date', { validUntil: undefined }, 'validUntil'],
    ['a blank note', { note: '  ' }, 'note'],
    ['a missing note', { note: undefined }, 'note'],
    ['a note over 2000 characters', { note: 'x'.repeat(2001) }, 'note'],
    ['a blank decision reference', { decisionRef: ' ' }, 'decisionRef'],
    ['a missing decision reference', { decisionRef: undefined }, 'decisionRef'],
  ])('rejects %s, naming %s', (_label, overrides, path) => {
    const result = extendValiditySchema.safeParse({ ...extension, ...overrides });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  test('says what a decision reference is', () => {
    expect(extendValiditySchema.safeParse({ ...extension, decisionRef: '' }).error?.issues[0].message).toBe(
      'is required (for example the minutes paragraph)',
    );
  });
});

describe('retireSchema', () => {
  test.each([
    [{ reason: 'Ersatt av ny riktlinje' }, { reason: 'Ersatt av ny riktlinje' }],
    [
      { reason: ' Ersatt ', decisionRef: ' SRO §12 ' },
      { reason: 'Ersatt', decisionRef: 'SRO §12' },
    ],
    [{ reason: 'x'.repeat(2000) }, { reason: 'x'.repeat(2000) }],
  ])('accepts %j', (input, expected) => {
    expect(retireSchema.parse(input)).toEqual(expected);
  });

  test.each<[Record<string, unknown>, string]>([
    [{}, 'reason'],
    [{ reason: '   ' }, 'reason'],
    [{ reason: 'x'.repeat(2001) }, 'reason'],
    [{ reason: 'Ersatt', decisionRef: '' }, 'decisionRef'],
    [{ reason: 'Ersatt', decisionRef: '  ' }, 'decisionRef'],
  ])('rejects %j, naming %s', (input, path) => {
    expect(retireSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });
});

describe('extensionProblem', () => {
  const ext = (validUntil: string) => ({ validUntil, note: 'förlängs', decisionRef: '§4' });

  test.each<['in-force' | 'expired' | 'retired', string, string, string | undefined]>([
    ['in-force', '2026-12-31', '2027-12-31', undefined],
    ['in-force', '2026-12-31', '2027-01-01', undefined],
    ['expired', '2026-12-31', '2027-12-31', undefined],
    ['in-force', '2026-12-31', '2026-12-31', 'validUntil: must be after the current end of validity 2026-12-31'],
    ['in-force', '2026-12-31', '2026-06-30', 'validUntil: must be after the current end of validity 2026-12-31'],
    ['expired', '2026-12-31', '2026-12-31', 'validUntil: must be after the current end of validity 2026-12-31'],
    ['retired', '2026-12-31', '2027-12-31', 'status: the guideline is retired and cannot be extended'],
    ['retired', '2026-12-31', '2026-01-01', 'status: the guideline is retired and cannot be extended'],
  ])('%s until %s, extended to %s: %p', (status, currentUntil, validUntil, expected) => {
    expect(extensionProblem(status, currentUntil, ext(validUntil), '2026-11-23')).toBe(expected);
  });

  test.each(['draft', 'in-consultation', 'awaiting-decision'] as const)('a guideline that is %s has no validity to extend', (status) => {
    expect(extensionProblem(status, undefined, ext('2027-12-31'), '2026-11-23')).toBe(
      `status: the guideline is ${status}; adopt it before extending it`,
    );
  });

  test.each([
    ['2026-11-22', 'validUntil: 2026-11-22 has already passed'],
    ['2026-11-23', undefined],
  ])('an expired guideline extended to %s, today being 2026-11-23: %p', (validUntil, expected) => {
    expect(extensionProblem('expired', '2026-06-30', ext(validUntil), '2026-11-23')).toBe(expected);
  });
});

describe('adoption and consultation by status', () => {
  test.each<[GuidelineStatus, boolean, boolean]>([
    ['draft', true, true],
    ['in-consultation', false, false],
    ['awaiting-decision', true, true],
    ['in-force', false, false],
    ['expired', false, false],
    ['retired', false, false],
  ])('%s: can start a round %p, can be adopted %p', (status, canConsult, canAdopt) => {
    expect(consultationProblem(status) === undefined).toBe(canConsult);
    expect(adoptionProblem(status) === undefined).toBe(canAdopt);
  });

  test.each([
    [{ validFrom: '2027-01-01', validUntil: '2028-12-31', decisionRef: 'VVG §4' }, []],
    [{ validFrom: '2027-01-01', validUntil: '2026-12-31', decisionRef: 'VVG §4' }, ['validUntil']],
    [{ validFrom: '2027-02-30', validUntil: '2028-12-31', decisionRef: 'VVG §4' }, ['validFrom']],
    [{ validFrom: '2027-01-01', validUntil: '2028-12-31', decisionRef: '' }, ['decisionRef']],
  ])('adopt %j: problems at %j', (input, paths) => {
    expect(adoptSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? []).toEqual(paths);
  });

  test('a draft has no validity and keeps the defaults', () => {
    const { validFrom: _from, validUntil: _until, ...draftInput } = valid;
    const draft = draftGuidelineSchema.parse(draftInput);
    expect(draft).not.toHaveProperty('validUntil');
    expect(draft.subscribers).toEqual([]);
  });

  test('a draft given a validity is refused, naming it, rather than registered without it', () => {
    expect(draftGuidelineSchema.safeParse(valid).error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['validFrom', 'validUntil'] }),
    ]);
  });
});

describe('retirementProblem', () => {
  test.each<[GuidelineStatus, string | undefined]>([
    ['in-force', undefined],
    ['expired', undefined],
    ['retired', 'status: the guideline is already retired'],
    ['in-consultation', 'status: a consultation round is open; close it before retiring the guideline'],
  ])('%s: %p', (status, expected) => {
    expect(retirementProblem(status)).toBe(expected);
  });
});

test('a malformed validFrom is reported only on validFrom', () => {
  const r = guidelineSchema.safeParse({ ...valid, validFrom: '2026-13-01' });
  expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['validFrom']);
});
