import { OpenAPIHono, z } from '@hono/zod-openapi';
import { isoDate } from '../../../domain/calendar/dates';
import { guidelineIdSchema, responsibleBodySchema } from '../../../domain/guideline/guideline';
import { itemIdSchema } from '../../../domain/meeting/meeting';
import type { WebEnv } from '../env';
import { Page, pageOf, PageQuery } from '../pagination';

/** An area's routes, as the app mounts them: their types stay within the area, which keeps the app's type small. */
export type ApiRoutes = OpenAPIHono<WebEnv>;

/** A route's JSON response, described by its schema. */
export const json = <S>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A route's JSON request body, validated by its schema before the handler sees it. */
export const jsonBody = <S>(schema: S) => ({ required: true, content: { 'application/json': { schema } } });

/** A page of a list a typed client returns whole (until the read model serves it). */
export const pageOfList = <T>(query: PageQuery, list: T[]): Page<T> =>
  pageOf(query, list.length, list.slice(query.offset, query.offset + query.limit));

/** A round or the n-th implementation or follow-up, refused as the CLI refuses it. */
const countingNumber = (error: string) =>
  z.coerce.number({ error }).int({ error }).min(1, { error }).max(1000, { error }).openapi({ example: 1 });

// The domain's schemas may be made before @hono/zod-openapi extends zod, so they take no .openapi() of their
// own: only schemas made here from them do.
export const guidelineParams = z.object({ id: guidelineIdSchema });
export const roundParams = guidelineParams.extend({ round: countingNumber('must be a round number such as 1') });
export const nthParams = guidelineParams.extend({ n: countingNumber('must be a number such as 1') });
export const meetingParams = z.object({ body: responsibleBodySchema, date: isoDate });
export const itemParams = meetingParams.extend({ itemId: itemIdSchema });
