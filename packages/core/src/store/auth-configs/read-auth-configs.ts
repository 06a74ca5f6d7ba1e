import type { SqlExecutor } from '../store.ts';
import type { AuthConfigRow } from './auth-config-row.ts';

// The queries that read `auth_configs` (precedence's joins live in `precedence/`). Each takes the
// executor to run on: the store, or a transaction.

const SELECT = 'SELECT * FROM auth_configs';

/** The auth config with this id, or undefined. */
export async function findAuthConfig(executor: SqlExecutor, id: string): Promise<AuthConfigRow | undefined> {
  const [row] = await executor.query<AuthConfigRow>(`${SELECT} WHERE id = ?`, [id]);
  return row;
}

/** Auth configs, oldest first, optionally of one toolkit. */
export function listAuthConfigs(
  executor: SqlExecutor,
  filter: { toolkit?: string } = {},
): Promise<AuthConfigRow[]> {
  return filter.toolkit
    ? executor.query<AuthConfigRow>(`${SELECT} WHERE toolkit = ? ORDER BY created_at, id`, [filter.toolkit])
    : executor.query<AuthConfigRow>(`${SELECT} ORDER BY created_at, id`);
}

/** The toolkit's default auth config, or undefined. */
export async function findDefaultAuthConfig(
  executor: SqlExecutor,
  toolkit: string,
): Promise<AuthConfigRow | undefined> {
  const [row] = await executor.query<AuthConfigRow>(`${SELECT} WHERE toolkit = ? AND is_default = 1`, [
    toolkit,
  ]);
  return row;
}

/** The toolkit's default auth config, else the one the router made for it (precedence step 4). */
export async function findDefaultOrRouterAuthConfig(
  executor: SqlExecutor,
  toolkit: string,
): Promise<AuthConfigRow | undefined> {
  const [row] = await executor.query<AuthConfigRow>(
    `${SELECT} WHERE toolkit = ? AND (is_default = 1 OR created_by = 'router') ORDER BY is_default DESC LIMIT 1`,
    [toolkit],
  );
  return row;
}

/** The auth config a connected account is on, or undefined when the account does not exist. */
export async function findAuthConfigOfAccount(
  executor: SqlExecutor,
  connectedAccountId: string,
): Promise<AuthConfigRow | undefined> {
  const [row] = await executor.query<AuthConfigRow>(
    'SELECT auth_configs.* FROM auth_configs JOIN connected_accounts ON connected_accounts.auth_config_id = auth_configs.id WHERE connected_accounts.id = ?',
    [connectedAccountId],
  );
  return row;
}
