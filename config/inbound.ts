import { z } from 'zod';
import { describeIssues, ValidationError } from '../domain/validation';

/** Where the inbound listener takes replies to asking mail, from the county's mail relay. */
export interface InboundSettings {
  port: number;
  host: string;
}

const inboundSchema = z.object({
  INBOUND_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
  /** 127.0.0.1 keeps one machine's listener to itself; a deployment that takes mail from a relay sets 0.0.0.0. */
  INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
});

export function loadInboundSettings(env: NodeJS.ProcessEnv = process.env): InboundSettings {
  const parsed = inboundSchema.safeParse({
    INBOUND_SMTP_PORT: env.INBOUND_SMTP_PORT || undefined,
    INBOUND_SMTP_HOST: env.INBOUND_SMTP_HOST || undefined,
  });
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  return { port: parsed.data.INBOUND_SMTP_PORT, host: parsed.data.INBOUND_SMTP_HOST };
}
