import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The database the PostgreSQL suites run on (CI starts it; trust auth). */
export const TEST_DATABASE_URL =
  process.env.TOOLROUTER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const PREFIX = 'toolrouter_test_';

/** A fresh schema name; the time in it lets a later run drop what a crashed run left behind. */
export function newSchemaName(): string {
  return `${PREFIX}${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
}

/** Runs `work` on a plain connection outside any store. */
export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropSchemas(client: pg.Client, schemas: Iterable<string>): Promise<void> {
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** Test schemas older than `ageMs`, by the time in their name. */
export async function staleSchemas(client: pg.Client, ageMs: number): Promise<string[]> {
  const { rows } = await client.query<{ nspname: string }>(
    'SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)',
    [PREFIX],
  );
  const cutoff = Date.now() - ageMs;
  return rows
    .map((row) => row.nspname)
    .filter((name) => Number.parseInt(name.slice(PREFIX.length).split('_')[0] ?? '', 36) < cutoff);
}
