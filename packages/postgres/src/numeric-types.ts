import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Type parsers for the store's queries: `bigint` (COUNT, SUM of integers) and `numeric` come back
 * as numbers, like SQLite's, instead of strings. A bigint beyond 2^53 stays a string rather than
 * silently losing digits.
 */
export const numericTypes: pg.CustomTypesConfig = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return parseInt8;
    if (oid === NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function parseInt8(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}
