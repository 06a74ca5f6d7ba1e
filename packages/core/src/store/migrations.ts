/** One schema step. Written in SQL that SQLite and PostgreSQL both accept. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
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
];
