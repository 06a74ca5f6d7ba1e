import { ACCOUNT_TABLES } from './account-revision.ts';

/**
 * One schema step. `statements` are written in SQL that SQLite and PostgreSQL both accept; what
 * only one dialect can say (triggers) goes in `sqlite` / `postgres`, run after them on that store.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
  sqlite?: string[];
  postgres?: string[];
}

/** Every migration, oldest first. Never edit a released one: add a new version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    statements: [
      `CREATE TABLE auth_configs (
        id TEXT PRIMARY KEY,
        toolkit TEXT NOT NULL,
        mode TEXT NOT NULL,
        name TEXT NOT NULL,
        is_managed INTEGER NOT NULL,
        is_default INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        scopes TEXT NOT NULL,
        credentials TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      'CREATE UNIQUE INDEX auth_configs_one_default ON auth_configs (toolkit) WHERE is_default = 1',
      `CREATE UNIQUE INDEX auth_configs_one_router_made ON auth_configs (toolkit) WHERE created_by = 'router'`,
      `CREATE TABLE connected_accounts (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        toolkit TEXT NOT NULL,
        auth_config_id TEXT NOT NULL,
        status TEXT NOT NULL,
        status_reason TEXT,
        alias TEXT,
        credentials TEXT,
        expires_at TEXT,
        connected_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      'CREATE UNIQUE INDEX connected_accounts_alias ON connected_accounts (user_id, toolkit, alias) WHERE alias IS NOT NULL',
      'CREATE INDEX connected_accounts_user ON connected_accounts (user_id, toolkit, status)',
      'CREATE INDEX connected_accounts_auth_config ON connected_accounts (auth_config_id)',
      `CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        config TEXT NOT NULL,
        config_version INTEGER NOT NULL,
        mcp_token TEXT NOT NULL,
        mcp_token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      'CREATE INDEX sessions_user ON sessions (user_id, created_at)',
      `CREATE TABLE execution_logs (
        id TEXT PRIMARY KEY,
        session_id TEXT,
        user_id TEXT NOT NULL,
        toolkit TEXT NOT NULL,
        tool_slug TEXT NOT NULL,
        connected_account_id TEXT,
        successful INTEGER NOT NULL,
        error TEXT,
        status_code INTEGER,
        duration_ms INTEGER NOT NULL,
        created_at TEXT NOT NULL
      )`,
      'CREATE INDEX execution_logs_user ON execution_logs (user_id, created_at)',
      'CREATE INDEX execution_logs_session ON execution_logs (session_id, created_at)',
    ],
  },
  {
    version: 2,
    name: 'connect_links',
    statements: [
      // One row per connect link (`lnk_...`). `pending_key` (user, toolkit, auth config, alias,
      // reconnected account) is set while the link is usable and cleared once used or retired, so
      // its unique index admits one pending link per key: concurrent authorize calls share it.
      // `state_hash` is the SHA-256 of the OAuth state; `pkce_verifier` is encrypted.
      `CREATE TABLE connect_links (
        id TEXT PRIMARY KEY,
        session_id TEXT,
        user_id TEXT NOT NULL,
        connected_account_id TEXT NOT NULL,
        toolkit TEXT NOT NULL,
        auth_config_id TEXT NOT NULL,
        pending_key TEXT,
        state_hash TEXT,
        pkce_verifier TEXT,
        callback_url TEXT,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        created_at TEXT NOT NULL
      )`,
      'CREATE UNIQUE INDEX connect_links_pending ON connect_links (pending_key)',
      'CREATE UNIQUE INDEX connect_links_state ON connect_links (state_hash)',
      'CREATE INDEX connect_links_account ON connect_links (connected_account_id)',
    ],
  },
  {
    version: 3,
    name: 'initiated_accounts',
    statements: [
      // The accounts still waiting for their user, for `sweepStaleConnections`, which every
      // instance runs each minute: it reads only these rows, never the whole table.
      `CREATE INDEX connected_accounts_initiated ON connected_accounts (updated_at) WHERE status = 'INITIATED'`,
    ],
  },
  {
    version: 4,
    name: 'account_labels_and_config_history',
    statements: [
      // `label`: who the account is at the vendor (login, email, workspace), recorded when its
      // credentials were checked; shown to agents choosing among several accounts. Never a secret.
      'ALTER TABLE connected_accounts ADD COLUMN label TEXT',
      // `verify_credentials`: 0 turns off the check request before credentials are stored.
      'ALTER TABLE auth_configs ADD COLUMN verify_credentials INTEGER NOT NULL DEFAULT 1',
      // Every config a session had, one row per version, for `session.listConfigHistory()`.
      `CREATE TABLE session_config_history (
        session_id TEXT NOT NULL,
        config_version INTEGER NOT NULL,
        config TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (session_id, config_version)
      )`,
    ],
  },
  {
    version: 5,
    name: 'credential_refreshes',
    statements: [
      // One row per OAuth account that was ever refreshed: the lease and "refresh in flight" marker
      // of `refreshConnectedAccount`. `holder`, `started_at` and `lease_until` are set (in a short
      // transaction) before the token request and cleared with the write of its answer, so a row
      // still holding them after `lease_until` is a refresh that never finished (a crash between
      // the provider's rotation and our write). `version` grows with every lease: the fencing
      // token that lets only the current holder release it. `blocked_until` / `blocked_reason`:
      // the provider refused the OAuth app itself (invalid_client), no new attempt before then.
      `CREATE TABLE credential_refreshes (
        connected_account_id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        holder TEXT,
        started_at TEXT,
        lease_until TEXT,
        blocked_until TEXT,
        blocked_reason TEXT
      )`,
    ],
  },
  {
    version: 6,
    name: 'account_lookup_indexes',
    statements: [
      // Account resolution (DESIGN §4) asks for a user's newest ACTIVE account on one auth config.
      // Equality on the first three columns, then the newest first by a backward scan of the
      // last three: O(log n) however many accounts the auth config has, on SQLite and PostgreSQL.
      // Without it SQLite took `connected_accounts_auth_config` and sorted every account on the
      // default auth config for each call (precedence/account-lookup-queries.ts).
      `CREATE INDEX connected_accounts_user_auth_config
        ON connected_accounts (user_id, auth_config_id, status, connected_at, created_at, id)`,
      // Its leading user_id serves every other per-user query, so the older (user_id, toolkit,
      // status) index goes: with it PostgreSQL preferred a range of the user's accounts plus a sort.
      'DROP INDEX connected_accounts_user',
    ],
  },
  {
    version: 7,
    name: 'connect_link_browser_and_rate_limits',
    statements: [
      // The SHA-256 of the token of the browser that first opened a connect link: the form, the
      // OAuth start and the callback then only work in that browser.
      'ALTER TABLE connect_links ADD COLUMN browser_hash TEXT',
      // Fixed-window rate limit counters shared by every instance: one row per bucket and window.
      `CREATE TABLE rate_limit_counters (
        bucket TEXT NOT NULL,
        window_start BIGINT NOT NULL,
        hits INTEGER NOT NULL,
        PRIMARY KEY (bucket, window_start)
      )`,
      'CREATE INDEX rate_limit_counters_window ON rate_limit_counters (window_start)',
    ],
  },
  {
    version: 8,
    name: 'execution_log_payloads',
    statements: [
      // A call's arguments and result's data, redacted and capped (logs/log-payload.ts), as the JSON
      // of a LogPayload; NULL when payload logging was off. Only `router.logs.get` reads them.
      'ALTER TABLE execution_logs ADD COLUMN arguments TEXT',
      'ALTER TABLE execution_logs ADD COLUMN result TEXT',
      // Every log newest first, and time windows (`since`/`until`) without other filters.
      'CREATE INDEX execution_logs_created ON execution_logs (created_at, id)',
    ],
  },
  {
    version: 9,
    name: 'stored_toolkits',
    statements: [
      // Toolkits added at run time (`router.toolkits.register`, `toolrouter toolkits import`): the
      // toolkit definition as JSON (HTTP tools only). `revision` grows with every change of any row
      // (taken under the 'stored_toolkits' lock), so another instance learns what changed with one
      // `MAX(revision)` and reads only the newer rows. A deleted toolkit stays as a tombstone
      // (`definition` NULL, `deleted_at` set) so other instances see the deletion too.
      `CREATE TABLE stored_toolkits (
        slug TEXT PRIMARY KEY,
        definition TEXT,
        source TEXT,
        revision BIGINT NOT NULL,
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      'CREATE INDEX stored_toolkits_revision ON stored_toolkits (revision)',
    ],
  },
  {
    version: 10,
    name: 'account_revision',
    statements: [],
    // Every change of an account or an auth config, whoever makes it (this router, another process,
    // an operator's SQL), reaches the account resolution cache (precedence/account-resolution-cache.ts).
    sqlite: [
      // One row whose revision grows with each change, bumped in the writing transaction itself:
      // a lookup reads it (one primary-key probe) and serves its cached answer only when it is
      // unchanged, which is exact even for writes by another process on the same file.
      'CREATE TABLE store_revisions (name TEXT PRIMARY KEY, revision INTEGER NOT NULL)',
      `INSERT INTO store_revisions (name, revision) VALUES ('accounts', 0)`,
      ...ACCOUNT_TABLES.flatMap((table) =>
        (['INSERT', 'UPDATE', 'DELETE'] as const).map(
          (event) => `CREATE TRIGGER ${table}_${event.toLowerCase()}_revision AFTER ${event} ON ${table}
            BEGIN UPDATE store_revisions SET revision = revision + 1 WHERE name = 'accounts'; END`,
        ),
      ),
    ],
    // PostgreSQL: a NOTIFY at commit of every statement that changed a row, to every instance
    // (one per transaction: PostgreSQL folds identical notifications). No counter row here: one
    // row updated by every account write would serialise those writes across all instances.
    postgres: [
      // The channel as `channelName` of @toolrouter/postgres spells it: the store's prefix
      // (`<schema>:`, which a store with a schema puts in its connections' `toolrouter.channel_prefix`)
      // + the channel, or a hash of that when it is not short and plain. A connection without the
      // setting (no schema option, an operator's psql) notifies both spellings a store may use.
      `CREATE OR REPLACE FUNCTION toolrouter_account_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        prefix TEXT := current_setting('toolrouter.channel_prefix', true);
        channels TEXT[];
        candidate TEXT;
        channel TEXT;
      BEGIN
        IF prefix IS NULL OR prefix = '' THEN
          channels := ARRAY['toolrouter_account_revision', current_schema() || ':toolrouter_account_revision'];
        ELSE
          channels := ARRAY[prefix || 'toolrouter_account_revision'];
        END IF;
        FOREACH candidate IN ARRAY channels LOOP
          channel := candidate;
          IF channel !~ '^[A-Za-z0-9_.:-]+$' OR octet_length(channel) > 63 THEN
            channel := 'toolrouter_' || left(encode(sha256(convert_to(channel, 'UTF8')), 'hex'), 40);
          END IF;
          PERFORM pg_notify(channel, '');
        END LOOP;
        RETURN NULL;
      END $$`,
      ...ACCOUNT_TABLES.map(
        (table) => `CREATE TRIGGER ${table}_revision AFTER INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION toolrouter_account_revision()`,
      ),
    ],
  },
];
