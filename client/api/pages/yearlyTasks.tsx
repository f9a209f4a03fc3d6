import { Hono } from 'hono';
import type { AppDeps, WebEnv } from '../env';

/** The yearly tasks: each task's Schedule, its next run and its recent runs. */
export function yearlyTaskPages(_deps: AppDeps) {
  return new Hono<WebEnv>();
}
