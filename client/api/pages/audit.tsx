import { Hono } from 'hono';
import type { AppDeps, WebEnv } from '../env';

/** The ledger, searchable: who was mailed what and when, and who recorded what. */
export function auditPages(_deps: AppDeps) {
  return new Hono<WebEnv>();
}
