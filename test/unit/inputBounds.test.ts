import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadContacts, loadSettings } from '../../config';
import { JULY } from '../../domain/calendar/businessDays';
import { isoDate } from '../../domain/calendar/dates';
import { commissionReminderPolicySchema } from '../../domain/commission/commission';
import { consultationStartSchemaOn, deadlineReminderPolicySchema } from '../../domain/consultation/consultation';
import { listOf, multiLine, singleLine } from '../../domain/fields';
import { implementationReminderPolicySchema } from '../../domain/followUp/implementation';
import { afterAdoptionRequestSchema } from '../../domain/followUp/survey';
import { guidelineSchema, parseRegistration } from '../../domain/guideline/guideline';
import { yearSchema } from '../../domain/meeting/annualWheel';
import { expiryReminderPolicySchema } from '../../domain/reminders/expiryReminders';
import { describeIssues, parseOrThrow } from '../../domain/validation';
import { guideline, owner } from '../support/guidelines';
import { problemsOf } from '../support/validation';

const issues = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : describeIssues(result.error);
};

describe('single-line and multi-line text', () => {
  test.each([
    ['a line feed', 'Anna\nAndersson', 'U+000A at position 5'],
    ['a carriage return', 'Anna\rAndersson', 'U+000D at position 5'],
    ['a tab', '\tAnna', 'U+0009 at position 1'],
    ['a NUL', 'Anna\u0000', 'U+0000 at position 5'],
    ['a trailing line feed, refused before trimming', 'Anna\n', 'U+000A at position 5'],
  ])('a name with %s is refused, the character named', (_label, name, where) => {
    expect(issues(z.strictObject({ name: singleLine(200) }), { name })).toEqual([
      `name: must not contain control characters such as line breaks or tabs (found ${where})`,
    ]);
  });

  test.each([
    ['U+202E', '\u202e'],
    ['U+202A', '\u202a'],
    ['U+2066', '\u2066'],
    ['U+2069', '\u2069'],
    ['U+200E', '\u200e'],
    ['U+200F', '\u200f'],
    ['U+061C', '\u061c'],
  ])('a title with the bidirectional control %s is refused, on one line and in multi-line text', (code, c) => {
    expect(issues(z.strictObject({ title: singleLine(300) }), { title: `Riktlinje${c}gpj.exe` })).toEqual([
      `title: must not contain bidirectional control characters (found ${code} at position 10)`,
    ]);
    expect(issues(z.strictObject({ note: multiLine(2000) }), { note: `Rad 1\n${c}` })).toHaveLength(1);
  });

  test('multi-line text keeps its line breaks and refuses the other controls', () => {
    expect(parseOrThrow(multiLine(2000), ' Rad 1\r\nRad 2\n ')).toBe('Rad 1\r\nRad 2');
    expect(problemsOf(() => parseOrThrow(z.strictObject({ note: multiLine(2000) }), { note: 'Rad 1\n\tRad 2' }))).toEqual([
      'note: must not contain control characters other than line breaks (found U+0009 at position 7)',
    ]);
  });

  test('text is bounded, and says its bound', () => {
    expect(issues(z.strictObject({ title: singleLine(300) }), { title: 'a'.repeat(301) })).toEqual([
      'title: must be at most 300 characters',
    ]);
    expect(issues(z.strictObject({ answer: multiLine(20_000) }), { answer: 'a'.repeat(20_001) })).toEqual([
      'answer: must be at most 20000 characters',
    ]);
  });

  test('a list says its bound', () => {
    expect(issues(z.strictObject({ ids: listOf(z.string(), 3, 'organisations') }), { ids: ['a', 'b', 'c', 'd'] })).toEqual([
      'ids: must have at most 3 organisations',
    ]);
  });
});

describe('reminder policies', () => {
  test('the poison round: 250 offsets, each in range, are refused by the list bound', () => {
    const businessDaysBefore = Array.from({ length: 250 }, (_, i) => i + 1);
    expect(issues(deadlineReminderPolicySchema, { businessDaysBefore })).toEqual(['businessDaysBefore: must have at most 10 reminders']);
  });

  test.each([
    ['a round', deadlineReminderPolicySchema],
    ['an expiry', expiryReminderPolicySchema],
    ['an implementation deadline', implementationReminderPolicySchema],
    ['a commission', commissionReminderPolicySchema],
  ])('%s refuses a quiet period covering the whole year, and more than 12 periods', (_label, schema) => {
    expect(issues(schema, { quietPeriods: [{ name: 'året', from: '01-01', to: '12-31' }] })).toEqual([
      'quietPeriods: quiet periods may cover at most 120 days of the year together, so that business days remain',
    ]);
    expect(issues(schema, { quietPeriods: Array.from({ length: 13 }, () => JULY) })).toEqual(['quietPeriods: at most 12 quiet periods']);
    expect(issues(schema, { quietPeriods: [JULY] })).toEqual([]);
  });
});

describe('dates and years', () => {
  test.each(['0000-01-01', '9999-12-31', '1999-12-31', '2200-01-01'])('the date %s is refused', (date) => {
    expect(issues(isoDate, date)).toEqual(['(input): must be a date from 2000-01-01 to 2199-12-31']);
  });

  test.each(['0000', '9999', '1999', '2200'])('the year %s is refused', (year) => {
    expect(issues(yearSchema, year)).toEqual(['(input): must be a year from 2000 to 2199']);
  });

  test('a round whose opening and deadline have passed is refused as of today, naming both', () => {
    const round = {
      document: { title: 'Samtycke', version: '1', link: 'https://samverkan.example/samtycke.pdf' },
      recipients: [{ organisationId: 'vgr', organisationName: 'Västra Götalandsregionen', progressGroup: 'region', contacts: [owner] }],
      opensOn: '2026-01-12',
      deadline: '2026-03-31',
      reminderPolicy: deadlineReminderPolicySchema.parse({}),
      processOwner: owner,
    };
    expect(issues(consultationStartSchemaOn('2026-04-01'), round)).toEqual([
      'opensOn: 2026-01-12 has already passed',
      'deadline: 2026-03-31 has already passed',
    ]);
    expect(issues(consultationStartSchemaOn('2026-01-12'), round)).toEqual([]);
  });
});

describe('keys that would be dropped', () => {
  test('a misspelled key is refused, naming it where it is', () => {
    expect(issues(guidelineSchema, { ...guideline(), subscriber: [owner], owner: { ...owner, organisation: 'vgr' } })).toEqual([
      'owner.organisation: is not a known field',
      'subscriber: is not a known field',
    ]);
  });

  test('a data file with a misspelled key stops its loader, naming the file and the key', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'contacts-')), 'contacts.json');
    const { organisationId, ...misspelled } = owner;
    fs.writeFileSync(file, JSON.stringify({ contacts: [{ ...misspelled, organisationID: organisationId }] }));
    expect(problemsOf(() => loadContacts(loadSettings({ CONTACTS_FILE: file })))).toEqual([
      `CONTACTS_FILE (${file}): contacts.0.organisationId: Invalid input: expected string, received undefined`,
      `CONTACTS_FILE (${file}): contacts.0.organisationID: is not a known field`,
    ]);
  });

  test('a survey given both dates and afterAdoption is refused, naming the dates', () => {
    expect(issues(afterAdoptionRequestSchema, { afterAdoption: { months: 1 }, opensOn: '2031-01-07', closesOn: '2031-01-31' })).toEqual([
      'opensOn: cannot be given with afterAdoption, which counts the dates from the adoption',
      'closesOn: cannot be given with afterAdoption, which counts the dates from the adoption',
    ]);
  });

  test('a draft given a validity is refused, naming it; a draft without one, or a guideline in force, is taken', () => {
    const { validFrom: _from, validUntil: _until, ...draft } = guideline();
    expect(problemsOf(() => parseRegistration({ ...guideline(), draft: true }))).toEqual([
      'validFrom: a draft has no validity until it is adopted',
      'validUntil: a draft has no validity until it is adopted',
    ]);
    expect(parseRegistration({ ...draft, draft: true, validFrom: undefined })).not.toHaveProperty('validFrom');
    expect(parseRegistration({ ...guideline(), draft: undefined })).toMatchObject({ validUntil: '2030-12-31' });
    expect(problemsOf(() => parseRegistration({ ...draft, draft: 'yes' }))).toEqual(['draft: must be true or false']);
  });
});
