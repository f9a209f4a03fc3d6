import { repliesTo } from '../../activities/store/inboundReplies';
import type { InboundReply } from '../../domain/links/reply';
import type { AppDeps } from './env';

/** The replies to a workflow's asking mail, each with its organisation's name from the directory. */
export const repliesOf = (deps: AppDeps, workflowId: string): Promise<InboundReply[]> =>
  repliesTo(deps.db, workflowId, (id) => deps.organisations.organisations.find((o) => o.id === id)?.name ?? id);
