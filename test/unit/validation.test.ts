import { z } from 'zod';
import { guidelineSchema } from '../../domain/guideline/guideline';
import { describeIssues, parseOrThrow, ValidationError } from '../../domain/validation';
import { guideline as validGuideline } from '../support/guidelines';

const owner = { name: 'Anna Andersson', email: 'anna@vgregion.example', organisationId: 'vgr', role: 'process owner' };
// The owner without a language, so that the default shows.
const guideline = validGuideline({ owner, validFrom: '2025-01-01', validUntil: '2026-12-31' });

function thrownBy(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('parseOrThrow', () => {
  test('returns the parsed data, defaults applied', () => {
    const parsed = parseOrThrow(guidelineSchema, guideline);
    expect(parsed.subscribers).toEqual([]);
    expect(parsed.owner.language).toBe('sv');
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a malformed owner e-mail', { owner: { ...owner, email: 'anna' } }, ['owner.email: must be an e-mail address']],
    ['a non-existent end date', { validUntil: '2026-02-30' }, ['validUntil: must be an existing calendar date written YYYY-MM-DD']],
    ['an end before the start', { validUntil: '2024-12-31' }, ['validUntil: must be after validFrom']],
    ['a bad id', { id: 'X' }, ['id: must be lowercase letters, digits and hyphens (at most 80)']],
    ['a bad reminder time', { reminderPolicy: { sendAt: '25:00' } }, ['reminderPolicy.sendAt: must be a time of day written HH:MM']],
    [
      'a bad subscriber',
      { subscribers: [{ ...owner, name: ' ', email: 'nope' }] },
      ['subscribers.0.name: is required', 'subscribers.0.email: must be an e-mail address'],
    ],
    [
      'several fields',
      { id: 'X', title: '', owner: { ...owner, email: 'anna' } },
      ['id: must be lowercase letters, digits and hyphens (at most 80)', 'title: is required', 'owner.email: must be an e-mail address'],
    ],
  ])('names the field for %s', (_label, overrides, problems) => {
    const error = thrownBy(() => parseOrThrow(guidelineSchema, { ...guideline, ...overrides }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe(problems.join('; '));
  });

  test('names the whole input when it is not an object at all', () => {
    const error = thrownBy(() => parseOrThrow(guidelineSchema, null));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^\(input\): /);
  });

  test('works with any schema', () => {
    expect(parseOrThrow(z.number().int(), 3)).toBe(3);
    expect(() => parseOrThrow(z.number().int(), 3.5)).toThrow(ValidationError);
  });
});

describe('describeIssues', () => {
  test.each<[z.ZodType, unknown, string[]]>([
    [z.object({ a: z.object({ b: z.string() }) }), { a: { b: 1 } }, ['a.b: Invalid input: expected string, received number']],
    [z.array(z.string().min(2, { error: 'too short' })), ['ok', 'x'], ['1: too short']],
    [z.string({ error: 'must be text' }), 1, ['(input): must be text']],
  ])('%#: joins the path with dots', (schema, input, expected) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toEqual(expected);
  });
});

describe('ValidationError', () => {
  test('keeps the problems and joins them into the message', () => {
    const error = new ValidationError(['a: x', 'b: y']);
    expect(error.problems).toEqual(['a: x', 'b: y']);
    expect(error.message).toBe('a: x; b: y');
    expect(error.name).toBe('ValidationError');
  });
});
