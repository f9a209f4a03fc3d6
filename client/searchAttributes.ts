import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { status } from '@grpc/grpc-js';
import { SEARCH_ATTRIBUTE_DEFINITIONS } from '../workflows/guideline/searchAttributes';

const indexedType = {
  Datetime: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
} as const;

/**
 * Creates the engine's custom search attributes on a namespace (a self-hosted cluster, the test server).
 * Adding asks no listing first because the time-skipping server implements only the add.
 */
export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  for (const [name, type] of SEARCH_ATTRIBUTE_DEFINITIONS) {
    try {
      await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: { [name]: indexedType[type] } });
    } catch (err) {
      if ((err as { code?: number }).code !== status.ALREADY_EXISTS) throw err;
    }
  }
}
