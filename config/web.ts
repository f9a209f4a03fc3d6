import { z } from 'zod';
import { Role, roleSchema } from '../domain/access';
import { describeIssues, ValidationError } from '../domain/validation';

/** `group=role,group=role`: which value of the identity provider's role claim gives which role here. */
const roleMapSchema = z.string().transform((text, ctx) => {
  const map: Record<string, Role> = {};
  for (const pair of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [claim, role] = pair.split('=').map((s) => s.trim());
    const parsed = roleSchema.safeParse(role);
    if (!claim || !parsed.success) {
      ctx.addIssue({ code: 'custom', message: `'${pair}' is not value=role with a role of ${roleSchema.options.join(', ')}` });
      return z.NEVER;
    }
    map[claim] = parsed.data;
  }
  return map;
});

const webSettingsSchema = z.object({
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** 127.0.0.1 keeps a single machine's pages to itself; a deployment behind a proxy sets 0.0.0.0. */
  WEB_HOST: z.string().min(1).default('127.0.0.1'),
  /** The address people reach the pages at; https makes the cookies Secure, and OIDC returns here. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(10),
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  OIDC_ROLE_MAP: roleMapSchema.optional(),
  /** The role of someone the provider signs in whose claim names no role; unset, they are refused. */
  OIDC_DEFAULT_ROLE: roleSchema.optional(),
});

/** Where people reach the pages: PUBLIC_URL, or this machine's WEB_PORT. Personal links in mail start with it. */
const publicUrlOf = (s: { PUBLIC_URL?: string; WEB_PORT: number }) =>
  (s.PUBLIC_URL ?? `http://localhost:${s.WEB_PORT}`).replace(/\/+$/, '');

/** The pages' address alone, for the worker's mail: the web server's other settings are not the worker's to check. */
export function loadPublicUrl(env: NodeJS.ProcessEnv = process.env): string {
  const schema = webSettingsSchema.pick({ PUBLIC_URL: true, WEB_PORT: true });
  const parsed = schema.safeParse({ PUBLIC_URL: env.PUBLIC_URL || undefined, WEB_PORT: env.WEB_PORT || undefined });
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  return publicUrlOf(parsed.data);
}

const OIDC = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

/** Half an OIDC configuration is a mistake, not local accounts: each missing variable is named. */
function oidcProblems(given: Record<string, string>): string[] {
  const missing = OIDC.filter((k) => !given[k]);
  return missing.length && missing.length < OIDC.length ? missing.map((k) => `${k}: ${OIDC.join(', ')} go together`) : [];
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  /** Claim values that name a role of ours; each role's own name counts too. */
  roleMap: Record<string, Role>;
  defaultRole?: Role;
}

export interface WebSettings {
  port: number;
  host: string;
  publicUrl: string;
  /** Cookies are Secure when people reach the site over https. */
  secure: boolean;
  sessionHours: number;
  /** Set when sign-in goes through the region's identity provider; local accounts are used otherwise. */
  oidc?: OidcSettings;
}

/** The web server's settings, or a ValidationError naming every variable that is wrong. Empty counts as unset. */
export function loadWebSettings(env: NodeJS.ProcessEnv = process.env): WebSettings {
  const given: Record<string, string> = Object.fromEntries(
    Object.keys(webSettingsSchema.shape).flatMap((k) => (env[k] ? [[k, env[k]]] : [])),
  );
  const parsed = webSettingsSchema.safeParse(given);
  const problems = [...(parsed.success ? [] : describeIssues(parsed.error)), ...oidcProblems(given)];
  if (!parsed.success || problems.length) throw new ValidationError(problems);
  const s = parsed.data;
  const publicUrl = publicUrlOf(s);
  return {
    port: s.WEB_PORT,
    host: s.WEB_HOST,
    publicUrl,
    secure: publicUrl.startsWith('https:'),
    sessionHours: s.SESSION_HOURS,
    oidc:
      s.OIDC_ISSUER && s.OIDC_CLIENT_ID && s.OIDC_CLIENT_SECRET
        ? {
            issuer: s.OIDC_ISSUER,
            clientId: s.OIDC_CLIENT_ID,
            clientSecret: s.OIDC_CLIENT_SECRET,
            roleClaim: s.OIDC_ROLE_CLAIM,
            roleMap: s.OIDC_ROLE_MAP ?? {},
            defaultRole: s.OIDC_DEFAULT_ROLE,
          }
        : undefined,
  };
}
