import type { AuthMode, ToolkitDefinition } from '@toolrouter/toolkits';
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
import { pinnedAccountIds, type SessionConfig } from '../session-config/session-config.ts';
import {
  ACCOUNT_BY_ALIAS_OR_ID,
  AUTH_CONFIG_COLUMNS,
  DEFAULT_WITH_NEWEST_ACTIVE,
  MOST_RECENT_ACTIVE,
  PINNED_WITH_NEWEST_ACTIVE,
} from './account-lookup-queries.ts';
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

/** An auth config's columns (prefixed `ac_`) and, when there is one, the user's newest ACTIVE account's on it. */
type AuthConfigWithAccountRow = { [column in `ac_${(typeof AUTH_CONFIG_COLUMNS)[number]}`]: unknown } & {
  [column in keyof ConnectedAccountRow]: ConnectedAccountRow[column] | null;
};

function authConfigPart(row: AuthConfigWithAccountRow): AuthConfigRow {
  return Object.fromEntries(
    AUTH_CONFIG_COLUMNS.map((column) => [column, row[`ac_${column}`]]),
  ) as unknown as AuthConfigRow;
}

/**
 * DESIGN §4: the pinned account, else the newest ACTIVE account on the pinned auth config, else on
 * the toolkit's default auth config, else on one the router creates from managed auth, else an
 * error telling the operator how to add an auth config. Never returns another user's account.
 * Answers come from `runtime.accountResolutions` when nothing changed since (see
 * `AccountResolutionCache`); errors are never cached.
 */
export async function resolveConnectedAccount(
  runtime: RouterRuntime,
  input: ResolveConnectedAccountInput,
): Promise<AccountResolution> {
  const toolkit = runtime.catalog.getToolkit(input.toolkit);
  if (isNoAuthToolkit(toolkit)) return { kind: 'no_auth' };
  const cache = runtime.accountResolutions;
  if (!cache) return resolveUncached(runtime, input, toolkit);
  // Everything the answer depends on besides the rows, whose changes the cache follows.
  const key = [
    input.userId,
    toolkit.slug,
    input.config.authConfigs?.[toolkit.slug] ?? '',
    pinnedAccountIds(input.config, toolkit.slug).join(','),
    input.account ?? '',
    input.allowCreate ? 'create' : '',
  ].join('\u0000');
  return cache.resolve(key, () => resolveUncached(runtime, input, toolkit));
}

async function resolveUncached(
  runtime: RouterRuntime,
  input: ResolveConnectedAccountInput,
  toolkit: ToolkitDefinition,
): Promise<AccountResolution> {
  const { store } = runtime;

  const pinnedAuthConfigId = input.config.authConfigs?.[toolkit.slug];
  const pinnedAccounts = pinnedAccountIds(input.config, toolkit.slug);

  // A call that names an account: by id or alias, always the session user's own.
  if (input.account !== undefined) {
    // Only the user's own rows (the alias first, then the id): another user's account id answers
    // exactly as an unknown id does, so an agent cannot learn which ids exist.
    const [row] = await store.query<ConnectedAccountRow>(ACCOUNT_BY_ALIAS_OR_ID, [
      input.userId,
      toolkit.slug,
      input.account,
      input.account,
      toolkit.slug,
      input.userId,
    ]);
    if (!row)
      throw new ConnectedAccountNotFoundError({
        connectedAccountId: input.account,
        message: `User '${input.userId}' has no ${toolkit.slug} account with id or alias '${input.account}'.`,
      });
    if (pinnedAccounts.length > 0 && !pinnedAccounts.includes(row.id)) {
      throw new ValidationError({
        field: 'account',
        message: `This session lets ${toolkit.slug} run only with ${pinnedAccounts.map((id) => `'${id}'`).join(', ')}; it cannot run with '${input.account}'.`,
      });
    }
    // A pinned account wins over the pinned auth config (step 1 before step 2).
    if (
      pinnedAccounts.length === 0 &&
      pinnedAuthConfigId !== undefined &&
      pinnedAuthConfigId !== row.auth_config_id
    ) {
      throw new ValidationError({
        field: 'account',
        message: `Account '${input.account}' is not on the auth config this session pins for ${toolkit.slug} (${pinnedAuthConfigId}).`,
      });
    }
    return usable(runtime, row, 1);
  }

  // Step 1: the session pins an account (or a set: the newest ACTIVE one of it runs). It wins even
  // when authConfigs pins another auth config, which then only decides where new connections go.
  if (pinnedAccounts.length > 0) {
    const rows = await store.query<ConnectedAccountRow>(
      `SELECT * FROM connected_accounts WHERE id IN (${pinnedAccounts.map(() => '?').join(', ')})
       ORDER BY status = 'ACTIVE' DESC, connected_at DESC, created_at DESC, id DESC`,
      pinnedAccounts,
    );
    const missing = pinnedAccounts.find((id) => !rows.some((row) => row.id === id));
    if (missing !== undefined) throw new ConnectedAccountNotFoundError({ connectedAccountId: missing });
    const foreign = rows.find((row) => row.user_id !== input.userId);
    if (foreign)
      throw new ConnectedAccountOwnershipError({ connectedAccountId: foreign.id, userId: input.userId });
    return usable(runtime, rows[0]!, 1);
  }

  // Step 2: the session pins an auth config.
  // Steps 2 and 3 take one round trip each: the auth config joined with the user's newest ACTIVE
  // account on it, found by an index probe (ACTIVE accounts always have connected_at).
  if (pinnedAuthConfigId !== undefined) {
    const [pinnedRow] = await store.query<AuthConfigWithAccountRow>(PINNED_WITH_NEWEST_ACTIVE, [
      input.userId,
      pinnedAuthConfigId,
    ]);
    if (!pinnedRow) throw new AuthConfigNotFoundError({ authConfigId: pinnedAuthConfigId });
    return joinedResolution(runtime, pinnedRow, 2);
  }

  // Step 3: the toolkit's default auth config (operator-marked, or the one the router made).
  const [defaultRow] = await store.query<AuthConfigWithAccountRow>(DEFAULT_WITH_NEWEST_ACTIVE, [
    input.userId,
    toolkit.slug,
  ]);
  if (defaultRow) return joinedResolution(runtime, defaultRow, 3);

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

function joinedResolution(
  runtime: RouterRuntime,
  row: AuthConfigWithAccountRow,
  step: 2 | 3,
): Promise<AccountResolution> | AccountResolution {
  const authConfig = toAuthConfig(authConfigPart(row));
  if (row.id !== null) return usable(runtime, row as ConnectedAccountRow, step, authConfig);
  return noActiveAccountOn(authConfig, step);
}

/** A connection is needed: the user has no ACTIVE account on `authConfig`. */
function noActiveAccountOn(authConfig: AuthConfig, step: 2 | 3 | 4): AccountResolution {
  return {
    kind: 'connection_required',
    toolkit: authConfig.toolkit,
    authConfig,
    step,
    reason: `no ACTIVE ${authConfig.toolkit} account on auth config ${authConfig.id}`,
  };
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
  return noActiveAccountOn(authConfig, step);
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
      accountId: row.id,
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
