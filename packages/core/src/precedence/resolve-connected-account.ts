import type { AuthMode } from '@toolrouter/toolkits';
import type { AuthConfig } from '../auth-config/auth-config.ts';
import { type AuthConfigRow, toAuthConfig } from '../auth-config/auth-config-row.ts';
import { ensureRouterAuthConfig } from '../auth-config/auth-configs-api.ts';
import { isNoAuthToolkit } from '../catalog/tool.ts';
import type { ConnectedAccountRow } from '../connected-account/connected-account-row.ts';
import { AuthConfigNotFoundError } from '../errors/auth-config-not-found-error.ts';
import { ConnectedAccountNotFoundError } from '../errors/connected-account-not-found-error.ts';
import { ConnectedAccountOwnershipError } from '../errors/connected-account-ownership-error.ts';
import { NoAuthConfigError } from '../errors/no-auth-config-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionConfig } from '../session/session-config.ts';
import type { AccountResolution } from './account-resolution.ts';

export interface ResolveConnectedAccountInput {
  userId: string;
  toolkit: string;
  config: SessionConfig;
  /** An account the call names, by id or alias. */
  account?: string;
  /** Step 4 may create the router's auth config (execution, authorize); listing passes false. */
  allowCreate: boolean;
}

const MOST_RECENT_ACTIVE = `SELECT * FROM connected_accounts WHERE user_id = ? AND auth_config_id = ? AND status = 'ACTIVE'
  ORDER BY connected_at DESC, created_at DESC, id DESC LIMIT 1`;

const AUTH_CONFIG_COLUMNS = [
  'id',
  'toolkit',
  'mode',
  'name',
  'is_managed',
  'is_default',
  'created_by',
  'scopes',
  'credentials',
  'created_at',
  'updated_at',
] as const;

const DEFAULT_WITH_NEWEST_ACTIVE = `SELECT ${AUTH_CONFIG_COLUMNS.map((column) => `ac.${column} AS ac_${column}`).join(', ')}, ca.*
  FROM auth_configs ac
  LEFT JOIN connected_accounts ca ON ca.auth_config_id = ac.id AND ca.user_id = ? AND ca.status = 'ACTIVE'
  WHERE ac.toolkit = ? AND ac.is_default = 1
  ORDER BY ca.connected_at DESC, ca.created_at DESC, ca.id DESC LIMIT 1`;

/** A default auth config's columns (prefixed `ac_`) and, when there is one, its newest ACTIVE account's. */
type DefaultWithAccountRow = { [column in `ac_${(typeof AUTH_CONFIG_COLUMNS)[number]}`]: unknown } & {
  [column in keyof ConnectedAccountRow]: ConnectedAccountRow[column] | null;
};

function authConfigPart(row: DefaultWithAccountRow): AuthConfigRow {
  return Object.fromEntries(
    AUTH_CONFIG_COLUMNS.map((column) => [column, row[`ac_${column}`]]),
  ) as unknown as AuthConfigRow;
}

/**
 * DESIGN §4: the pinned account, else the newest ACTIVE account on the pinned auth config, else on
 * the toolkit's default auth config, else on one the router creates from managed auth, else an
 * error telling the operator how to add an auth config. Never returns another user's account.
 */
export async function resolveConnectedAccount(
  runtime: RouterRuntime,
  input: ResolveConnectedAccountInput,
): Promise<AccountResolution> {
  const toolkit = runtime.catalog.getToolkit(input.toolkit);
  if (isNoAuthToolkit(toolkit)) return { kind: 'no_auth' };
  const { store } = runtime;

  const pinnedAuthConfigId = input.config.authConfigs?.[toolkit.slug];
  const pinnedAccountId = input.config.connectedAccounts?.[toolkit.slug];

  // A call that names an account: by id or alias, always the session user's own.
  if (input.account !== undefined) {
    // Only the user's own rows: another user's account id answers exactly as an unknown id does,
    // so an agent cannot learn which ids exist.
    const [row] = await store.query<ConnectedAccountRow>(
      'SELECT * FROM connected_accounts WHERE toolkit = ? AND user_id = ? AND (id = ? OR alias = ?)',
      [toolkit.slug, input.userId, input.account, input.account],
    );
    if (!row)
      throw new ConnectedAccountNotFoundError({
        connectedAccountId: input.account,
        message: `User '${input.userId}' has no ${toolkit.slug} account with id or alias '${input.account}'.`,
      });
    if (pinnedAccountId !== undefined && pinnedAccountId !== row.id) {
      throw new ValidationError({
        field: 'account',
        message: `This session pins ${toolkit.slug} to account '${pinnedAccountId}'; it cannot run with '${input.account}'.`,
      });
    }
    if (pinnedAuthConfigId !== undefined && pinnedAuthConfigId !== row.auth_config_id) {
      throw new ValidationError({
        field: 'account',
        message: `Account '${input.account}' is not on the auth config this session pins for ${toolkit.slug} (${pinnedAuthConfigId}).`,
      });
    }
    return usable(runtime, row, 1);
  }

  // Step 1: the session pins an account.
  if (pinnedAccountId !== undefined) {
    const [row] = await store.query<ConnectedAccountRow>('SELECT * FROM connected_accounts WHERE id = ?', [
      pinnedAccountId,
    ]);
    if (!row) throw new ConnectedAccountNotFoundError({ connectedAccountId: pinnedAccountId });
    if (row.user_id !== input.userId)
      throw new ConnectedAccountOwnershipError({ connectedAccountId: row.id, userId: input.userId });
    return usable(runtime, row, 1);
  }

  // Step 2: the session pins an auth config.
  if (pinnedAuthConfigId !== undefined) {
    const authConfig = await readAuthConfig(runtime, pinnedAuthConfigId);
    return newestActiveOn(runtime, input.userId, authConfig, 2);
  }

  // Step 3: the toolkit's default auth config (operator-marked, or the one the router made).
  // One round trip for the common case: the default auth config joined with the user's newest
  // ACTIVE account on it (ACTIVE accounts always have connected_at, so no NULL sorts first).
  const [defaultRow] = await store.query<DefaultWithAccountRow>(DEFAULT_WITH_NEWEST_ACTIVE, [
    input.userId,
    toolkit.slug,
  ]);
  if (defaultRow) {
    const authConfig = toAuthConfig(authConfigPart(defaultRow));
    if (defaultRow.id !== null) return usable(runtime, defaultRow as ConnectedAccountRow, 3, authConfig);
    return {
      kind: 'connection_required',
      toolkit: authConfig.toolkit,
      authConfig,
      step: 3,
      reason: `no ACTIVE ${authConfig.toolkit} account on auth config ${authConfig.id}`,
    };
  }

  // Step 4: the router makes one from managed auth or a scheme that needs no app secret.
  const managed =
    toolkit.auth.some((scheme) => scheme.mode === 'oauth2') && runtime.managedAuth[toolkit.slug];
  const selfServe = toolkit.auth.find(
    (scheme) => scheme.mode === 'api_key' || scheme.mode === 'bearer' || scheme.mode === 'basic',
  );
  const mode: AuthMode | undefined = managed ? 'oauth2' : selfServe?.mode;
  if (mode) {
    if (!input.allowCreate) {
      return {
        kind: 'connection_required',
        toolkit: toolkit.slug,
        authConfig: null,
        step: 4,
        reason: `${toolkit.slug} is not connected`,
      };
    }
    const authConfig = await ensureRouterAuthConfig(runtime, toolkit.slug, mode, Boolean(managed));
    return newestActiveOn(runtime, input.userId, authConfig, 4);
  }

  // Step 5.
  const oauthOnly = toolkit.auth
    .filter((scheme) => scheme.mode !== 'none')
    .map((scheme) => scheme.mode)
    .join(', ');
  throw new NoAuthConfigError({
    toolkit: toolkit.slug,
    message: `Toolkit '${toolkit.slug}' needs auth (${oauthOnly}) and has no auth config. Create one with router.authConfigs.create({ toolkit: '${toolkit.slug}', mode: 'oauth2', credentials: { clientId, clientSecret } }), or configure managedAuth.${toolkit.slug} (env TOOLROUTER_${toolkit.slug.toUpperCase()}_CLIENT_ID and TOOLROUTER_${toolkit.slug.toUpperCase()}_CLIENT_SECRET).`,
  });
}

async function readAuthConfig(runtime: RouterRuntime, id: string): Promise<AuthConfig> {
  const [row] = await runtime.store.query<AuthConfigRow>('SELECT * FROM auth_configs WHERE id = ?', [id]);
  if (!row) throw new AuthConfigNotFoundError({ authConfigId: id });
  return toAuthConfig(row);
}

async function newestActiveOn(
  runtime: RouterRuntime,
  userId: string,
  authConfig: AuthConfig,
  step: 2 | 3 | 4,
): Promise<AccountResolution> {
  const [row] = await runtime.store.query<ConnectedAccountRow>(MOST_RECENT_ACTIVE, [userId, authConfig.id]);
  if (row) return usable(runtime, row, step, authConfig);
  return {
    kind: 'connection_required',
    toolkit: authConfig.toolkit,
    authConfig,
    step,
    reason: `no ACTIVE ${authConfig.toolkit} account on auth config ${authConfig.id}`,
  };
}

async function usable(
  runtime: RouterRuntime,
  row: ConnectedAccountRow,
  step: 1 | 2 | 3 | 4,
  known?: AuthConfig,
): Promise<AccountResolution> {
  const authConfig = known ?? (await readAuthConfig(runtime, row.auth_config_id));
  if (row.status !== 'ACTIVE') {
    return {
      kind: 'connection_required',
      toolkit: row.toolkit,
      authConfig,
      step,
      reason: `account ${row.id} is ${row.status}`,
    };
  }
  const toolkit = runtime.catalog.getToolkit(row.toolkit);
  const scheme = toolkit.auth.find((candidate) => candidate.mode === authConfig.mode);
  if (!scheme) {
    throw new ValidationError({
      field: 'authConfig',
      message: `Auth config '${authConfig.id}' uses mode '${authConfig.mode}', which toolkit '${toolkit.slug}' no longer accepts.`,
    });
  }
  return { kind: 'account', account: row, authConfig, scheme };
}
