import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../activities/store/database';
import { AuditPage, AuditRows, AuditView, auditViews } from '../../web/pages/audit';
import { auditActs, auditMails, auditOutcomes } from '../audit';
import { AuditQuery, auditQuery } from '../auditFilters';
import { allow } from '../auth/guard';
import type { AppDeps, WebEnv } from '../env';
import type { PageQuery } from '../pagination';
import { pageContext } from '../render';
import { listQuery } from './listQuery';

const auditPageQuery = auditQuery.extend({ view: z.enum(auditViews).default('mails') });

/** One view's page of records, the latest first; none when the filters were refused. */
async function recordsOf(db: Store, view: AuditView, query: AuditQuery | undefined, page: PageQuery) {
  const none = { items: [], total: 0 };
  switch (view) {
    case 'mails': {
      const found = query ? await auditMails(db, query, page, true) : none;
      return { records: { view, rows: found.items } satisfies AuditRows, total: found.total };
    }
    case 'outcomes': {
      const found = query ? await auditOutcomes(db, query, page, true) : none;
      return { records: { view, rows: found.items } satisfies AuditRows, total: found.total };
    }
    case 'acts': {
      const found = query ? await auditActs(db, query, page) : none;
      return { records: { view, rows: found.items } satisfies AuditRows, total: found.total };
    }
  }
}

/** The ledger, searchable: who was mailed what and when, every transition, and who did what through the web. */
export function auditPages(deps: AppDeps) {
  return new Hono<WebEnv>().get('/audit', allow('read'), async (c) => {
    const { filters, query, page } = listQuery(c, auditPageQuery);
    const view = query?.view ?? auditPageQuery.shape.view.safeParse(c.req.query('view')).data ?? 'mails';
    const { records, total } = await recordsOf(deps.db, view, query, page);
    return c.html(<AuditPage page={pageContext(c)} filters={filters} records={records} total={total} {...page} />, query ? 200 : 422);
  });
}
