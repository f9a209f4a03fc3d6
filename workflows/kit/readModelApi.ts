import { defineQuery } from '@temporalio/workflow';
import type { Projection } from '../../domain/readModel';

/** Every workflow's row in the read model as it stands: what `reindex` writes when it rebuilds the tables. */
export const readModelQuery = defineQuery<Projection>('readModel');
