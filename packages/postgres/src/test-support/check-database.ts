import { dropSchemas, staleSchemas, TEST_DATABASE_URL, withAdminClient } from './test-database.ts';

/**
 * vitest global setup: fails the whole run, loudly, when PostgreSQL is not reachable (these suites
 * never skip), and drops schemas that runs older than an hour left behind.
 */
export default async function checkDatabase(): Promise<void> {
  try {
    await withAdminClient(async (client) => {
      await dropSchemas(client, await staleSchemas(client, 60 * 60 * 1000));
    });
  } catch (cause) {
    const where = TEST_DATABASE_URL.replace(/\/\/[^@/]*@/, '//');
    throw new Error(
      `The PostgreSQL suites need a running PostgreSQL at ${where} (set TOOLROUTER_TEST_POSTGRES_URL to use another): ${(cause as Error).message}. Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
      { cause },
    );
  }
}
