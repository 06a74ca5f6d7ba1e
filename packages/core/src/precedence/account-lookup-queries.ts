/**
 * The SQL of account resolution (DESIGN §4), the hottest queries of the router: every execute,
 * search and toolkit listing runs one of them. Each is shaped for an index of migration 4 so its
 * cost is O(log n) in the number of accounts, whatever the size of the table or of one auth config:
 * equality on (user_id, auth_config_id, status), then the newest first by a backward index scan,
 * never a sort of every account on the auth config. `account-lookup-plan.test.ts` (SQLite) and the
 * PostgreSQL package's plan test EXPLAIN each one so a regression fails.
 */

/** The auth config columns a joined row carries, prefixed `ac_`. */
export const AUTH_CONFIG_COLUMNS = [
  'id',
  'toolkit',
  'mode',
  'name',
  'is_managed',
  'is_default',
  'created_by',
  'scopes',
  'credentials',
  'verify_credentials',
  'created_at',
  'updated_at',
] as const;

/** The newest ACTIVE account of a user (?) on an auth config (?): one backward index probe (step 4). */
export const MOST_RECENT_ACTIVE = `SELECT * FROM connected_accounts
    WHERE user_id = ? AND auth_config_id = ? AND status = 'ACTIVE'
    ORDER BY connected_at DESC, created_at DESC, id DESC LIMIT 1`;

/**
 * An auth config (chosen by `where`) joined with the user's newest ACTIVE account on it, in one
 * round trip. The account is found by a correlated probe of `connected_accounts_user_auth_config`
 * (user_id, auth_config_id, status, connected_at, created_at, id) and then read by primary key, so
 * neither store ever sorts the auth config's accounts. Parameters: userId, then those of `where`.
 */
function authConfigWithNewestActive(where: string): string {
  return `SELECT ${AUTH_CONFIG_COLUMNS.map((column) => `ac.${column} AS ac_${column}`).join(', ')}, ca.*
  FROM auth_configs ac
  LEFT JOIN connected_accounts ca ON ca.id = (
    SELECT newest.id FROM connected_accounts newest
    WHERE newest.user_id = ? AND newest.auth_config_id = ac.id AND newest.status = 'ACTIVE'
    ORDER BY newest.connected_at DESC, newest.created_at DESC, newest.id DESC LIMIT 1)
  WHERE ${where}`;
}

/** Step 2: the pinned auth config (userId, authConfigId) and the user's newest ACTIVE account on it. */
export const PINNED_WITH_NEWEST_ACTIVE = authConfigWithNewestActive('ac.id = ?');

/** Step 3: the toolkit's default auth config (userId, toolkit) and the user's newest ACTIVE account on it. */
export const DEFAULT_WITH_NEWEST_ACTIVE = authConfigWithNewestActive('ac.toolkit = ? AND ac.is_default = 1');

/**
 * An account a call names, by alias (userId, toolkit, alias) or by id (id, toolkit): two index
 * probes (the alias index, the primary key) instead of an OR the planners answer with a scan.
 */
export const ACCOUNT_BY_ALIAS_OR_ID = `SELECT * FROM connected_accounts WHERE user_id = ? AND toolkit = ? AND alias = ?
  UNION ALL
  SELECT * FROM connected_accounts WHERE id = ? AND toolkit = ? AND user_id = ?`;

/** The user's (?) latest account of any status on an auth config (?), for toolkit listings. */
export const LATEST_ACCOUNT_ON_AUTH_CONFIG = `SELECT * FROM connected_accounts
    WHERE user_id = ? AND auth_config_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1`;
