import { Hono } from 'hono';
import type { AppDeps, WebEnv } from '../env';

/** A consultation round's page: its organisations by sub-region, progress, the acts on it and its exports. */
export function consultationPages(_deps: AppDeps) {
  return new Hono<WebEnv>();
}
