import { Hono } from 'hono';
import { documentRow } from '../../../activities/documents/documents';
import { allow } from '../auth/guard';
import type { AppDeps, WebEnv } from '../env';
import { refuse } from '../render';

/**
 * A document handed in, for staff to read: its bytes under the name it came with. Served as a download with the
 * kind checked when it was stored, never sniffed again by the browser.
 */
export function documentPages(deps: AppDeps) {
  return new Hono<WebEnv>().get('/documents/:id', allow('read'), async (c) => {
    const row = await documentRow(deps.db, c.req.param('id'));
    const bytes = row && (await deps.blobs.get(row.sha256));
    if (!row || !bytes) return refuse(c, 404);
    return c.body(Buffer.from(bytes), 200, {
      'content-type': row.media_type,
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
    });
  });
}
