import type { SqlExecutor } from '../store.ts';

// The statements that change `auth_configs`. Credentials come sealed: encryption is the domain's.

/** What an operator's new auth config is made of. */
export interface NewAuthConfig {
  id: string;
  toolkit: string;
  mode: string;
  name: string;
  isManaged: boolean;
  isDefault: boolean;
  scopes: string[];
  sealedCredentials: string | null;
  verifyCredentials: boolean;
  now: string;
}

/** Stores an operator's auth config. */
export async function insertAuthConfig(executor: SqlExecutor, config: NewAuthConfig): Promise<void> {
  await executor.execute(
    `INSERT INTO auth_configs (id, toolkit, mode, name, is_managed, is_default, created_by, scopes, credentials, verify_credentials, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'operator', ?, ?, ?, ?, ?)`,
    [
      config.id,
      config.toolkit,
      config.mode,
      config.name,
      config.isManaged ? 1 : 0,
      config.isDefault ? 1 : 0,
      JSON.stringify(config.scopes),
      config.sealedCredentials,
      config.verifyCredentials ? 1 : 0,
      config.now,
      config.now,
    ],
  );
}

/**
 * Stores the router's own default auth config of a toolkit, unless one exists: a unique index admits
 * one, so racing callers all end with the same row (nothing is changed for the losers).
 */
export async function insertRouterAuthConfig(
  executor: SqlExecutor,
  config: Pick<NewAuthConfig, 'id' | 'toolkit' | 'mode' | 'name' | 'isManaged' | 'scopes' | 'now'>,
): Promise<void> {
  await executor.execute(
    `INSERT INTO auth_configs (id, toolkit, mode, name, is_managed, is_default, created_by, scopes, credentials, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, 'router', ?, NULL, ?, ?) ON CONFLICT DO NOTHING`,
    [
      config.id,
      config.toolkit,
      config.mode,
      config.name,
      config.isManaged ? 1 : 0,
      JSON.stringify(config.scopes),
      config.now,
      config.now,
    ],
  );
}

/** The fields an update writes; `sealedCredentials` undefined keeps the stored ones. */
export interface AuthConfigChanges {
  name: string;
  scopes: string[];
  isDefault: boolean;
  verifyCredentials: boolean;
  sealedCredentials?: string;
  now: string;
}

/** Writes an auth config's fields. */
export async function updateAuthConfig(
  executor: SqlExecutor,
  id: string,
  changes: AuthConfigChanges,
): Promise<void> {
  const { sealedCredentials } = changes;
  await executor.execute(
    `UPDATE auth_configs SET name = ?, scopes = ?, is_default = ?, verify_credentials = ?, updated_at = ?${sealedCredentials !== undefined ? ', credentials = ?' : ''} WHERE id = ?`,
    [
      changes.name,
      JSON.stringify(changes.scopes),
      changes.isDefault ? 1 : 0,
      changes.verifyCredentials ? 1 : 0,
      changes.now,
      ...(sealedCredentials !== undefined ? [sealedCredentials] : []),
      id,
    ],
  );
}

/** Makes no auth config the toolkit's default. */
export async function clearDefaultAuthConfig(executor: SqlExecutor, toolkit: string): Promise<void> {
  await executor.execute('UPDATE auth_configs SET is_default = 0 WHERE toolkit = ? AND is_default = 1', [
    toolkit,
  ]);
}

/** Deletes an auth config (its accounts are the caller's: see `deleteAccountsOfAuthConfig`). */
export async function deleteAuthConfig(executor: SqlExecutor, id: string): Promise<number> {
  return executor.execute('DELETE FROM auth_configs WHERE id = ?', [id]);
}
