import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { email } from '../domain/fields';
import { describeIssues, ValidationError } from '../domain/validation';
import type { LinkSettings } from '../domain/links/personalLink';
import type { Settings } from '.';
import { loadPublicUrl } from './web';

const linkSettingsSchema = z.object({
  /** Every process that mails links must share it; unset, one is made in the data folder on first use. */
  LINK_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  INBOUND_ADDRESS: email.optional(),
});

/** `Riktlinjer <riktlinjer@localhost>` → `riktlinjer@localhost`. */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/**
 * The secret in the data folder, made on first use and readable only by its owner. It is written whole under a
 * name of its own and then linked into place, which fails if another process was first: both then read the same.
 */
function secretFile(dataDir: string): Buffer {
  const file = path.join(dataDir, 'link-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    const draft = `${file}.${process.pid}.${crypto.randomUUID()}`;
    fs.writeFileSync(draft, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
}

export function loadLinkSettings(settings: Settings, env: NodeJS.ProcessEnv = process.env): LinkSettings {
  const parsed = linkSettingsSchema.safeParse({
    LINK_SECRET: env.LINK_SECRET || undefined,
    INBOUND_ADDRESS: env.INBOUND_ADDRESS || undefined,
  });
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  return {
    publicUrl: loadPublicUrl(env),
    secret: parsed.data.LINK_SECRET ? Buffer.from(parsed.data.LINK_SECRET, 'utf8') : secretFile(settings.DATA_DIR),
    replyAddress: parsed.data.INBOUND_ADDRESS ?? addressOf(settings.MAIL_FROM),
  };
}
