import { createHash } from 'node:crypto';
import type { SqlValue } from '@toolrouter/core';
import pg from 'pg';
import { numericTypes } from './numeric-types.ts';
import { translatePlaceholders } from './translate-placeholders.ts';

/** Statements run this many times are prepared (named) from then on. */
const PREPARE_AFTER_RUNS = 2;
/** At most this many distinct statements are prepared (on each connection, lazily). */
const MAX_PREPARED = 200;

const translations = new Map<string, string>();
const runs = new Map<string, number>();
const names = new Map<string, string>();
/** Connections whose prepared statements no longer fit a table (its columns changed): discard them. */
const stale = new WeakSet<pg.PoolClient>();

/**
 * Runs one statement outside a transaction. A statement run again (core's hot queries: the account
 * lookup, session reads, rate-limit and log writes) runs as a named prepared statement, which each
 * connection parses and plans once: the account lookup (a join with a correlated probe) took
 * ~0.6 ms unnamed and ~0.15 ms prepared on the bench machine. Should a table's columns change under
 * a prepared `SELECT *` (another instance migrated), PostgreSQL refuses it ("cached plan must not
 * change result type"); the statement is then run unnamed and the connection is marked stale, so it
 * is discarded on release rather than kept with its outdated statements.
 */
export async function runStatement(
  client: pg.PoolClient,
  sql: string,
  params: readonly SqlValue[] = [],
): Promise<pg.QueryResult> {
  const text = translate(sql);
  const name = nameFor(text);
  if (name === undefined) return run(client, text, params);
  try {
    return await client.query({ name, text, values: params as SqlValue[], types: numericTypes });
  } catch (error) {
    if (!(error instanceof pg.DatabaseError) || error.code !== '0A000') throw error;
    stale.add(client);
    return run(client, text, params);
  }
}

/** Runs a statement unnamed (inside transactions and locks, where a failed one cannot be retried). */
export function runUnnamed(client: pg.PoolClient, sql: string, params: readonly SqlValue[] = []) {
  return run(client, translate(sql), params);
}

/** An error to release the connection with when its prepared statements are out of date. */
export function staleConnection(client: pg.PoolClient): Error | undefined {
  return stale.has(client) ? new Error('prepared statements out of date') : undefined;
}

function run(client: pg.PoolClient, text: string, params: readonly SqlValue[]): Promise<pg.QueryResult> {
  return client.query({ text, values: params as SqlValue[], types: numericTypes });
}

function translate(sql: string): string {
  let text = translations.get(sql);
  if (text === undefined) {
    text = translatePlaceholders(sql).sql;
    if (translations.size >= 1_000) translations.clear();
    translations.set(sql, text);
  }
  return text;
}

function nameFor(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined) return known;
  const count = (runs.get(text) ?? 0) + 1;
  if (count < PREPARE_AFTER_RUNS || names.size >= MAX_PREPARED) {
    if (runs.size >= 5_000) runs.clear();
    runs.set(text, count);
    return undefined;
  }
  runs.delete(text);
  const name = `toolrouter_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
  names.set(text, name);
  return name;
}
