import { Expression, sql, SqlBool } from 'kysely';

/**
 * A search box's text as conditions: every word must appear, in any case, in one of the columns. LIKE's own
 * wildcards in a word are taken literally. Plain SQL that SQLite and PostgreSQL both speak.
 */
export function everyWordIn(columns: readonly string[], text: string | undefined): Array<Expression<SqlBool>> {
  return (text ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const pattern = `%${word.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      const matches = columns.map((column) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`);
      return sql<SqlBool>`(${sql.join(matches, sql` or `)})`;
    });
}
