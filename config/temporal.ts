import fs from 'node:fs';
import type { NativeConnectionOptions } from '@temporalio/worker';
import { ClientConfigProfile, ConfigDataSource, loadClientConfig, loadClientConfigProfile, toClientOptions } from '@temporalio/envconfig';

/** Where and as whom to connect: the same for the worker's NativeConnection and the client's Connection. */
export interface TemporalSettings {
  namespace: string;
  connection: Pick<NativeConnectionOptions, 'tls' | 'apiKey' | 'metadata'> & { address: string };
}

/** The names this project used before it read Temporal's own configuration, and the standard name for each. */
const replacedNames: Record<string, string> = {
  TEMPORAL_TLS_CA_PATH: 'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
  TEMPORAL_TLS_CERT_PATH: 'TEMPORAL_TLS_CLIENT_CERT_PATH',
  TEMPORAL_TLS_KEY_PATH: 'TEMPORAL_TLS_CLIENT_KEY_PATH',
};

/** The TLS files a profile can name, with the variable and the TOML key that name them. */
const tlsFiles = [
  { field: 'clientCert', variable: 'TEMPORAL_TLS_CLIENT_CERT_PATH', key: 'tls.client_cert_path' },
  { field: 'clientKey', variable: 'TEMPORAL_TLS_CLIENT_KEY_PATH', key: 'tls.client_key_path' },
  { field: 'serverCACert', variable: 'TEMPORAL_TLS_SERVER_CA_CERT_PATH', key: 'tls.server_ca_cert_path' },
] as const;

type Env = Record<string, string>;
export type TemporalSettingsOrProblems = { settings: TemporalSettings } | { problems: string[] };

/**
 * Reads Temporal's environment configuration as the Temporal CLI does (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE,
 * TEMPORAL_API_KEY, TEMPORAL_TLS*, and a profile of the TOML file chosen by TEMPORAL_PROFILE and
 * TEMPORAL_CONFIG_FILE, the variables overriding the file) through the SDK's envconfig. Each problem names the
 * variable or TOML key to correct: envconfig alone ignores a half certificate pair and a missing file.
 */
export function temporalSettings(env: Env): TemporalSettingsOrProblems {
  const refused = namingProblems(env);
  if (refused.length) return { problems: refused };
  const file = env.TEMPORAL_CONFIG_FILE ? `TEMPORAL_CONFIG_FILE (${env.TEMPORAL_CONFIG_FILE})` : 'the Temporal CLI config file';
  const profileName = env.TEMPORAL_PROFILE ?? 'default';
  const loaded = loadProfile(env, file, profileName);
  if ('problems' in loaded) return loaded;
  const { profile } = loaded;
  const address = profile.address ?? 'localhost:7233';
  const inFile = (key: string) => `${key} of profile ${profileName} in ${file}`;
  const origin = (variable: string, key: string) => (env[variable] ? variable : inFile(key));
  const problems = [
    ...(/^[^\s:]+:\d+$/.test(address) ? [] : [`${origin('TEMPORAL_ADDRESS', 'address')}: must be host:port`]),
    ...certificatePairProblems(profile, env, inFile),
    ...tlsFiles.flatMap(({ field, variable, key }) => {
      const source: ConfigDataSource | undefined = profile.tls?.[field];
      return source && 'path' in source && !fs.existsSync(source.path) ? [`${origin(variable, key)}: no file at ${source.path}`] : [];
    }),
  ];
  if (problems.length) return { problems };
  const { connectionOptions, namespace } = toClientOptions(profile);
  return { settings: { namespace: namespace ?? 'default', connection: { ...connectionOptions, address } } };
}

/** Names that are refused before any file is read. */
function namingProblems(env: Env): string[] {
  return [
    ...Object.entries(replacedNames).flatMap(([old, standard]) =>
      env[old] ? [`${old}: no longer read; set ${standard}, the name the Temporal CLI uses`] : [],
    ),
    // envconfig reads anything but 1 and true as false.
    ...(env.TEMPORAL_TLS && !['true', 'false', '1', '0'].includes(env.TEMPORAL_TLS) ? ['TEMPORAL_TLS: must be true or false'] : []),
    // envconfig skips a config file that is not there, which is right for the default file only.
    ...(env.TEMPORAL_CONFIG_FILE && !fs.existsSync(env.TEMPORAL_CONFIG_FILE)
      ? [`TEMPORAL_CONFIG_FILE: no file at ${env.TEMPORAL_CONFIG_FILE}`]
      : []),
  ];
}

function loadProfile(env: Env, file: string, profileName: string): { profile: ClientConfigProfile } | { problems: string[] } {
  try {
    if (env.TEMPORAL_PROFILE && !(profileName in loadClientConfig({ overrideEnvVars: env }).profiles)) {
      return { problems: [`TEMPORAL_PROFILE: no profile ${profileName} in ${file}`] };
    }
    return { profile: loadClientConfigProfile({ overrideEnvVars: env }) };
  } catch (err) {
    return { problems: [`${file}: ${(err as Error).message}`] };
  }
}

/** envconfig drops a certificate without its key (and the reverse) silently; the operator meant mutual TLS. */
function certificatePairProblems(profile: ClientConfigProfile, env: Env, inFile: (key: string) => string): string[] {
  if (!profile.tls?.clientCert === !profile.tls?.clientKey) return [];
  const [cert, key] = tlsFiles;
  const [given, missing] = profile.tls?.clientCert ? [cert, key] : [key, cert];
  return env[given.variable] || env[given.variable.replace(/_PATH$/, '_DATA')]
    ? [`${missing.variable}: ${cert.variable} and ${key.variable} go together`]
    : [`${inFile(missing.key)}: ${cert.key} and ${key.key} go together`];
}
