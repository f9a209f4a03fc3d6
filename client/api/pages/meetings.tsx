import { Hono } from 'hono';
import type { AppDeps, WebEnv } from '../env';

/** Each body's meetings, an agenda with its items, documents and decisions, and the annual wheel. */
export function meetingPages(_deps: AppDeps) {
  return new Hono<WebEnv>();
}
