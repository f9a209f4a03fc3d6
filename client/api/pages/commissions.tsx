import { Hono } from 'hono';
import type { AppDeps, WebEnv } from '../env';

/** Commissions with their milestones, and the yearly tasks. */
export function commissionPages(_deps: AppDeps) {
  return new Hono<WebEnv>();
}
