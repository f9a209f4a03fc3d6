import { Hono } from 'hono';
import type { AppDeps, WebEnv } from '../env';

/** Implementation deadlines and follow-up surveys: who has confirmed or submitted what, and the reports. */
export function followUpPages(_deps: AppDeps) {
  return new Hono<WebEnv>();
}
