import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { bodyDirectorySchema, BodyDirectory } from '../domain/meeting/bodies';
import { organisationDirectorySchema, OrganisationDirectory } from '../domain/directory/organisation';
import { contactDirectorySchema, ContactDirectory } from '../domain/directory/recipients';
import { describeIssues, ValidationError } from '../domain/validation';
import { YearlyTasks, yearlyTasksSchema } from '../domain/yearlyTask/yearlyTask';
import { TemporalSettings, temporalSettings } from './temporal';

const projectRoot = path.resolve(__dirname, '..');

/**
 * The project's own settings from the environment, parsed once at the edge. How to reach Temporal is Temporal's
 * own configuration (config/temporal.ts).
 */
export const settingsSchema = z.object({
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('guidelines'),
  TEMPORAL_UI_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  DATA_DIR: z.string().min(1).default(path.join(projectRoot, 'data')),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Riktlinjer <riktlinjer@localhost>'),
  ORGANISATIONS_FILE: z
    .string()
    .min(1)
    .default(path.join(projectRoot, 'config', 'organisations.json')),
  BODIES_FILE: z
    .string()
    .min(1)
    .default(path.join(projectRoot, 'config', 'bodies.json')),
  CONTACTS_FILE: z
    .string()
    .min(1)
    .default(path.join(projectRoot, 'config', 'contacts.json')),
  YEARLY_TASKS_FILE: z
    .string()
    .min(1)
    .default(path.join(projectRoot, 'config', 'yearlyTasks.json')),
  WORKER_HEAP_MB: z.coerce.number().int().min(128).max(65_536).default(192),
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(2).max(100_000).optional(),
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).max(1_000).optional(),
});
export type Settings = z.infer<typeof settingsSchema> & { temporal: TemporalSettings };

/** All settings, or a ValidationError naming every variable that is wrong. Empty variables count as unset. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const given = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => !!e[1]));
  const own = settingsSchema.safeParse(
    Object.fromEntries(Object.keys(settingsSchema.shape).flatMap((k) => (k in given ? [[k, given[k]]] : []))),
  );
  const temporal = temporalSettings(given);
  const problems = [...(own.success ? [] : describeIssues(own.error)), ...('problems' in temporal ? temporal.problems : [])];
  if (!own.success || 'problems' in temporal) throw new ValidationError(problems);
  return { ...own.data, temporal: temporal.settings };
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ValidationError([`${what} (${file}): ${(e as Error).message}`]);
  }
}

/**
 * A data file parsed by its schema, or a ValidationError naming the file and, in it, each field that is wrong. The
 * schemas refuse unknown keys: a misspelled one would otherwise drop what it was meant to set.
 */
function loadFile<S extends z.ZodType>(schema: S, file: string, what: string): z.infer<S> {
  const result = schema.safeParse(readJson(file, what));
  if (!result.success) throw new ValidationError(describeIssues(result.error).map((problem) => `${what} (${file}): ${problem}`));
  return result.data;
}

export function loadOrganisations(s: Settings): OrganisationDirectory {
  return loadFile(organisationDirectorySchema, s.ORGANISATIONS_FILE, 'ORGANISATIONS_FILE');
}

export function loadBodies(s: Settings): BodyDirectory {
  return loadFile(bodyDirectorySchema, s.BODIES_FILE, 'BODIES_FILE');
}

export function loadContacts(s: Settings): ContactDirectory {
  return loadFile(contactDirectorySchema, s.CONTACTS_FILE, 'CONTACTS_FILE');
}

export function loadYearlyTasks(s: Settings): YearlyTasks {
  return loadFile(yearlyTasksSchema, s.YEARLY_TASKS_FILE, 'YEARLY_TASKS_FILE');
}

export const ledgerFile = (s: Settings) => path.join(s.DATA_DIR, 'ledger.sqlite');
export const outboxDir = (s: Settings) => path.join(s.DATA_DIR, 'outbox');
export const reportsDir = (s: Settings) => path.join(s.DATA_DIR, 'reports');
/** Documents handed in, by their SHA-256. */
export const documentsDir = (s: Settings) => path.join(s.DATA_DIR, 'documents');
