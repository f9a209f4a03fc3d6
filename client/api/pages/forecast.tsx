import { Hono } from 'hono';
import type { AppDeps, WebEnv } from '../env';

/** Every mail the engine will send in the next twelve months, by organisation and person. */
export function forecastPages(_deps: AppDeps) {
  return new Hono<WebEnv>();
}
