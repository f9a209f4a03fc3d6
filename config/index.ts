import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { bodyDirectorySchema, BodyDirectory } from '../domain/meeting/bodies';
import { organisationDirectorySchema, OrganisationDirectory } from '../domain/directory/organisation';
import { contactDirectorySchema, ContactDirectory } from '../domain/directory/recipients';
import { parseOrThrow, ValidationError } from '../domain/validation';
import { YearlyTasks, yearlyTasksSchema } from '../domain/yearlyTask/yearlyTask';

const projectRoot = path.resolve(__dirname, '..');
const optionalPath = z.string().min(1).optional();

/** Everything the worker and the client read from the environment, parsed once at the edge. */
export const settingsSchema = z
  .object({
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[^\s:]+:\d+$/, { error: 'must be host:port' })
      .default('localhost:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().min(1).default('guidelines'),
    TEMPORAL_TLS: z.enum(['true', 'false']).optional(),
    TEMPORAL_TLS_CA_PATH: optionalPath,
    TEMPORAL_TLS_CERT_PATH: optionalPath,
    TEMPORAL_TLS_KEY_PATH: optionalPath,
    TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
    TEMPORAL_API_KEY: z.string().min(1).optional(),
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
  })
  .refine((s) => !s.TEMPORAL_TLS_CERT_PATH === !s.TEMPORAL_TLS_KEY_PATH, {
    path: ['TEMPORAL_TLS_KEY_PATH'],
    error: 'TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH go together',
  });
export type Settings = z.infer<typeof settingsSchema>;

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const relevant = Object.fromEntries(Object.keys(settingsSchema.shape).flatMap((k) => (env[k] ? [[k, env[k]]] : [])));
  return parseOrThrow(settingsSchema, relevant);
}

export interface TemporalConnectionOptions {
  address: string;
  tls?: {
    serverNameOverride?: string;
    serverRootCACertificate?: Buffer;
    clientCertPair?: { crt: Buffer; key: Buffer };
  };
  apiKey?: string;
}

/** Same options for the worker's NativeConnection and the client's Connection: a cluster is configuration only. */
export function temporalConnectionOptions(s: Settings): TemporalConnectionOptions {
  const wantsTls =
    s.TEMPORAL_TLS === 'true' ||
    (s.TEMPORAL_TLS !== 'false' && !!(s.TEMPORAL_TLS_CA_PATH || s.TEMPORAL_TLS_CERT_PATH || s.TEMPORAL_API_KEY));
  const read = (file: string | undefined) => (file ? fs.readFileSync(file) : undefined);
  return {
    address: s.TEMPORAL_ADDRESS,
    apiKey: s.TEMPORAL_API_KEY,
    tls: wantsTls
      ? {
          serverNameOverride: s.TEMPORAL_TLS_SERVER_NAME,
          serverRootCACertificate: read(s.TEMPORAL_TLS_CA_PATH),
          clientCertPair:
            s.TEMPORAL_TLS_CERT_PATH && s.TEMPORAL_TLS_KEY_PATH
              ? { crt: fs.readFileSync(s.TEMPORAL_TLS_CERT_PATH), key: fs.readFileSync(s.TEMPORAL_TLS_KEY_PATH) }
              : undefined,
        }
      : undefined,
  };
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ValidationError([`${what} (${file}): ${(e as Error).message}`]);
  }
}

export function loadOrganisations(s: Settings): OrganisationDirectory {
  return parseOrThrow(organisationDirectorySchema, readJson(s.ORGANISATIONS_FILE, 'ORGANISATIONS_FILE'));
}

export function loadBodies(s: Settings): BodyDirectory {
  return parseOrThrow(bodyDirectorySchema, readJson(s.BODIES_FILE, 'BODIES_FILE'));
}

export function loadContacts(s: Settings): ContactDirectory {
  return parseOrThrow(contactDirectorySchema, readJson(s.CONTACTS_FILE, 'CONTACTS_FILE'));
}

export function loadYearlyTasks(s: Settings): YearlyTasks {
  return parseOrThrow(yearlyTasksSchema, readJson(s.YEARLY_TASKS_FILE, 'YEARLY_TASKS_FILE'));
}

export const ledgerFile = (s: Settings) => path.join(s.DATA_DIR, 'ledger.sqlite');
export const outboxDir = (s: Settings) => path.join(s.DATA_DIR, 'outbox');
export const reportsDir = (s: Settings) => path.join(s.DATA_DIR, 'reports');
