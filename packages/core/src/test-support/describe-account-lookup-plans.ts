import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_BY_ALIAS_OR_ID,
  DEFAULT_WITH_NEWEST_ACTIVE,
  LATEST_ACCOUNT_ON_AUTH_CONFIG,
  MOST_RECENT_ACTIVE,
  PINNED_WITH_NEWEST_ACTIVE,
} from '../precedence/account-lookup-queries.ts';
import { AUTHENTICATE_SESSION } from '../session/sessions-api.ts';
import { migrateStore } from '../store/migrate-store.ts';
import type { SqlValue, Store } from '../store/store.ts';
import { explainQuery, type PlanStep } from './explain-query.ts';
import { seedAccounts } from './seed-accounts.ts';

const ACCOUNTS = 20_000;
const USER_INDEX = 'connected_accounts_user_auth_config';

interface HotQuery {
  name: string;
  sql: string;
  params: SqlValue[];
  /** Indexes the plan must use. */
  uses: string[];
  /** The rows sorted are one user's accounts on one auth config, never the auth config's. */
  sortsOneUsersRows?: boolean;
}

/** Stand for the primary key indexes, whose names differ by store. */
const PRIMARY_KEY = '(primary key)';
const SESSIONS_PRIMARY_KEY = '(sessions primary key)';
const primaryKeyOf = (store: Store, table: string) =>
  store.dialect === 'sqlite' ? `sqlite_autoindex_${table}_1` : `${table}_pkey`;

function hotQueries(): HotQuery[] {
  const user = 'seed-user-777';
  return [
    {
      name: 'step 4: newest ACTIVE account on the router-made auth config',
      sql: MOST_RECENT_ACTIVE,
      params: [user, 'ac_default'],
      uses: [USER_INDEX],
    },
    {
      name: 'step 2: pinned auth config + newest ACTIVE account',
      sql: PINNED_WITH_NEWEST_ACTIVE,
      params: [user, 'ac_default'],
      uses: [USER_INDEX, PRIMARY_KEY],
    },
    {
      name: 'step 3: default auth config + newest ACTIVE account',
      sql: DEFAULT_WITH_NEWEST_ACTIVE,
      params: [user, 'echo'],
      uses: [USER_INDEX, PRIMARY_KEY],
    },
    {
      name: 'an account named by alias or id',
      sql: ACCOUNT_BY_ALIAS_OR_ID,
      params: [user, 'echo', 'work', 'work', 'echo', user],
      uses: ['connected_accounts_alias', PRIMARY_KEY],
    },
    {
      name: 'MCP authentication: the session by id',
      sql: AUTHENTICATE_SESSION,
      params: ['ses_missing'],
      uses: [SESSIONS_PRIMARY_KEY],
    },
    {
      name: "toolkit listing: the user's latest account on an auth config",
      sql: LATEST_ACCOUNT_ON_AUTH_CONFIG,
      params: [user, 'ac_default'],
      uses: [USER_INDEX],
      sortsOneUsersRows: true,
    },
  ];
}

function describePlan(steps: PlanStep[]): string {
  return steps.map((step) => step.detail).join(' | ');
}

/** auth_configs holds one row per auth config (tens); PostgreSQL rightly reads its one page. */
function fullScans(steps: PlanStep[]): PlanStep[] {
  return steps.filter((step) => step.kind === 'scan' && step.table !== 'auth_configs');
}

/**
 * Asserts the plan of every hot account query (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
 * PostgreSQL) over 22,000 seeded accounts, before and after ANALYZE: index probes only, the
 * (user, auth config, status, newest) index for the newest ACTIVE account, no sort of the auth
 * config's accounts. Core runs it on SQLite, @toolrouter/postgres on PostgreSQL.
 */
export function describeAccountLookupPlans(
  makeStore: () => Store,
  closeStore?: (store: Store) => Promise<void>,
): void {
  let store: Store;
  beforeAll(async () => {
    store = makeStore();
    await migrateStore(store);
    const stamp = '2026-01-01T00:00:00.000Z';
    for (const [id, toolkit, isDefault] of [
      ['ac_default', 'echo', 1],
      ['ac_other', 'echo', 0],
      ['ac_slack', 'slack', 1],
    ] as const) {
      await store.execute(
        `INSERT INTO auth_configs (id, toolkit, mode, name, is_managed, is_default, created_by, scopes, created_at, updated_at)
         VALUES (?, ?, 'api_key', ?, 0, ?, 'operator', '[]', ?, ?)`,
        [id, toolkit, id, isDefault, stamp, stamp],
      );
    }
    // The shape that made lookups slow: every account on the toolkit's default auth config.
    await seedAccounts(store, { authConfigId: 'ac_default', toolkit: 'echo', count: ACCOUNTS });
    await seedAccounts(store, { authConfigId: 'ac_other', toolkit: 'echo', count: 2_000, prefix: 'other' });
    await store.execute(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
       INSERT INTO sessions (id, user_id, config, config_version, mcp_token, mcp_token_hash, created_at, updated_at)
       SELECT 'ses_' || i, 'seed-user-' || i, '{}', 1, 'sealed', 'hash-' || i, ?, ? FROM n`,
      [stamp, stamp],
    );
  });
  afterAll(async () => {
    await closeStore?.(store);
  });

  describe.each([{ statistics: 'before ANALYZE' }, { statistics: 'after ANALYZE' }])(
    'account lookup query plans at $statistics',
    ({ statistics }) => {
      beforeAll(async () => {
        if (statistics === 'after ANALYZE') await store.execute('ANALYZE');
      });

      it('seeded the accounts the plans are about', async () => {
        const [row] = await store.query<{ count: number | string }>(
          "SELECT COUNT(*) AS count FROM connected_accounts WHERE auth_config_id = 'ac_default'",
        );
        expect(Number(row!.count)).toBe(ACCOUNTS);
      });

      it.each(hotQueries().map((query) => [query.name, query] as const))(
        '%s: index probes only, no scan of the accounts',
        async (_name, query) => {
          const steps = await explainQuery(store, query.sql, query.params);
          const plan = describePlan(steps);
          expect(fullScans(steps), plan).toEqual([]);
          const used = steps.map((step) => step.index).filter((index) => index !== undefined);
          for (const index of query.uses)
            expect(used, plan).toContain(
              index === PRIMARY_KEY
                ? primaryKeyOf(store, 'connected_accounts')
                : index === SESSIONS_PRIMARY_KEY
                  ? primaryKeyOf(store, 'sessions')
                  : index,
            );
          // Never the auth-config-only index: its range is every account on the auth config.
          expect(used, plan).not.toContain('connected_accounts_auth_config');
          if (!query.sortsOneUsersRows)
            expect(
              steps.filter((step) => step.kind === 'sort'),
              plan,
            ).toEqual([]);
        },
      );
    },
  );
}
