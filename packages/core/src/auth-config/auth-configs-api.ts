import type { AuthMode } from '@toolrouter/toolkits';
import { AuthConfigNotFoundError } from '../errors/auth-config-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { createId } from '../ids/create-id.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import {
  findAuthConfig,
  findDefaultAuthConfig,
  findDefaultOrRouterAuthConfig,
  listAuthConfigs,
} from '../store/auth-configs/read-auth-configs.ts';
import {
  clearDefaultAuthConfig,
  deleteAuthConfig,
  insertAuthConfig,
  insertRouterAuthConfig,
  updateAuthConfig,
} from '../store/auth-configs/write-auth-configs.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';
import { listAccountIdsOfAuthConfig } from '../store/connected-accounts/read-connected-accounts.ts';
import { deleteAccountsOfAuthConfig } from '../store/connected-accounts/write-connected-accounts.ts';
import type {
  AuthConfig,
  AuthConfigCredentials,
  CreateAuthConfigInput,
  UpdateAuthConfigInput,
} from './auth-config.ts';
import { authConfigAssociatedData, toAuthConfig } from './auth-config-row.ts';

/**
 * `router.authConfigs`: how a toolkit's users authenticate (an OAuth app, or API keys they type in).
 *
 * @example
 * const authConfig = await router.authConfigs.create({ toolkit: 'github', mode: 'oauth2', credentials: { clientId, clientSecret } });
 */
export interface AuthConfigsApi {
  create(input: CreateAuthConfigInput): Promise<AuthConfig>;
  list(filter?: { toolkit?: string }): Promise<AuthConfig[]>;
  get(id: string): Promise<AuthConfig>;
  update(id: string, patch: UpdateAuthConfigInput): Promise<AuthConfig>;
  /** Deletes the auth config and every connected account on it. */
  delete(id: string): Promise<void>;
}

/** `AuthConfigsApi` over the router's own store (embedded mode). */
export class LocalAuthConfigsApi implements AuthConfigsApi {
  readonly #runtime: () => Promise<RouterRuntime>;

  constructor(runtime: () => Promise<RouterRuntime>) {
    this.#runtime = runtime;
  }

  async create(input: CreateAuthConfigInput): Promise<AuthConfig> {
    const runtime = await this.#runtime();
    if (!input || typeof input.toolkit !== 'string' || !input.toolkit) {
      throw new ValidationError({
        field: 'toolkit',
        message: "toolkit (a toolkit slug such as 'github') is required.",
      });
    }
    if (typeof input.mode !== 'string') {
      throw new ValidationError({
        field: 'mode',
        message: "mode is required: 'oauth2', 'api_key', 'bearer' or 'basic'.",
      });
    }
    const toolkit = runtime.catalog.getToolkit(input.toolkit);
    const modes = toolkit.auth.map((scheme) => scheme.mode);
    if (!modes.includes(input.mode) || input.mode === 'none') {
      throw new ValidationError({
        field: 'mode',
        message: `Toolkit '${toolkit.slug}' does not accept auth mode '${input.mode}'. It accepts: ${modes.join(', ')}.`,
      });
    }
    const isManaged =
      input.mode === 'oauth2' && !input.credentials && Boolean(runtime.managedAuth[toolkit.slug]);
    if (input.mode === 'oauth2' && !input.credentials && !isManaged) {
      throw new ValidationError({
        field: 'credentials',
        message: `An oauth2 auth config for '${toolkit.slug}' needs credentials { clientId, clientSecret } of your OAuth app, or managedAuth.${toolkit.slug} (TOOLROUTER_${toolkit.slug.toUpperCase()}_CLIENT_ID/_CLIENT_SECRET).`,
      });
    }
    validateCredentials(input.credentials);
    validateVerifyFlag(input.verifyCredentials);
    const id = createId('ac');
    const now = runtime.now().toISOString();
    await runtime.store.transaction(
      async (transaction) => {
        let isDefault = input.isDefault;
        if (isDefault === undefined) isDefault = !(await findDefaultAuthConfig(transaction, toolkit.slug));
        else if (isDefault) await clearDefaultAuthConfig(transaction, toolkit.slug);
        await insertAuthConfig(transaction, {
          id,
          toolkit: toolkit.slug,
          mode: input.mode,
          name: input.name ?? `${toolkit.name} ${input.mode}`,
          isManaged,
          isDefault,
          scopes: input.scopes ?? [],
          sealedCredentials: input.credentials
            ? runtime.cipher.encryptJson(input.credentials, authConfigAssociatedData(id))
            : null,
          verifyCredentials: input.verifyCredentials !== false,
          now,
        });
      },
      { lockKey: `auth-config-default:${toolkit.slug}` },
    );
    return this.get(id);
  }

  async list(filter: { toolkit?: string } = {}): Promise<AuthConfig[]> {
    const runtime = await this.#runtime();
    const rows = await listAuthConfigs(runtime.store, filter.toolkit ? { toolkit: filter.toolkit } : {});
    return rows.map(toAuthConfig);
  }

  async get(id: string): Promise<AuthConfig> {
    const runtime = await this.#runtime();
    const row = await findAuthConfig(runtime.store, id);
    if (!row) throw new AuthConfigNotFoundError({ authConfigId: id });
    return toAuthConfig(row);
  }

  async update(id: string, patch: UpdateAuthConfigInput): Promise<AuthConfig> {
    const runtime = await this.#runtime();
    if (!patch || typeof patch !== 'object') {
      throw new ValidationError({
        field: 'patch',
        message: 'update(id, patch) needs a patch object, e.g. { isDefault: true }.',
      });
    }
    const current = await this.get(id);
    validateCredentials(patch.credentials);
    validateVerifyFlag(patch.verifyCredentials);
    const allowed = new Set(['name', 'credentials', 'scopes', 'isDefault', 'verifyCredentials']);
    for (const key of Object.keys(patch ?? {})) {
      if (!allowed.has(key))
        throw new ValidationError({
          field: key,
          message: `Unknown auth config field '${key}'. Updatable: ${[...allowed].join(', ')}.`,
        });
    }
    await runtime.store.transaction(
      async (transaction) => {
        if (patch.isDefault === true) await clearDefaultAuthConfig(transaction, current.toolkit);
        await updateAuthConfig(transaction, id, {
          name: patch.name ?? current.name,
          scopes: patch.scopes ?? current.scopes,
          isDefault: patch.isDefault ?? current.isDefault,
          verifyCredentials: patch.verifyCredentials ?? current.verifyCredentials,
          ...(patch.credentials
            ? {
                sealedCredentials: runtime.cipher.encryptJson(
                  patch.credentials,
                  authConfigAssociatedData(id),
                ),
              }
            : {}),
          now: runtime.now().toISOString(),
        });
      },
      { lockKey: `auth-config-default:${current.toolkit}` },
    );
    return this.get(id);
  }

  /** Deletes the auth config and every connected account on it. */
  async delete(id: string): Promise<void> {
    const runtime = await this.#runtime();
    await this.get(id);
    const removed = await runtime.store.transaction(async (transaction) => {
      const accounts = await listAccountIdsOfAuthConfig(transaction, id);
      await deleteAccountsOfAuthConfig(transaction, id);
      await deleteAuthConfig(transaction, id);
      return accounts;
    });
    // Waiters on those accounts (a pending connection) learn at once that they are gone.
    await publishAccountChanges(runtime, removed);
  }
}

/**
 * The OAuth app of an auth config: its stored credentials, or the operator's managed app. Internal;
 * never returned by any API.
 */
export async function readAuthConfigApp(
  runtime: RouterRuntime,
  authConfig: AuthConfig,
): Promise<AuthConfigCredentials | undefined> {
  if (authConfig.isManaged) return runtime.managedAuth[authConfig.toolkit];
  const row = await findAuthConfig(runtime.store, authConfig.id);
  if (!row?.credentials) return undefined;
  return runtime.cipher.decryptJson<AuthConfigCredentials>(row.credentials, authConfigAssociatedData(row.id));
}

/**
 * Precedence step 4: the router's own auth config for a toolkit, created at most once even when
 * many calls (or instances) race, because a unique index admits one and the losers read the winner.
 */
export async function ensureRouterAuthConfig(
  runtime: RouterRuntime,
  toolkitSlug: string,
  mode: AuthMode,
  isManaged: boolean,
): Promise<AuthConfig> {
  const toolkit = runtime.catalog.getToolkit(toolkitSlug);
  const now = runtime.now().toISOString();
  const scheme = toolkit.auth.find((candidate) => candidate.mode === mode);
  const scopes = scheme?.mode === 'oauth2' ? (scheme.scopes ?? []) : [];
  await insertRouterAuthConfig(runtime.store, {
    id: createId('ac'),
    toolkit: toolkit.slug,
    mode,
    name: `${toolkit.name} (toolrouter)`,
    isManaged,
    scopes,
    now,
  });
  return toAuthConfig((await findDefaultOrRouterAuthConfig(runtime.store, toolkit.slug))!);
}

function validateCredentials(credentials: AuthConfigCredentials | undefined): void {
  if (credentials === undefined) return;
  if (
    typeof credentials !== 'object' ||
    credentials === null ||
    typeof credentials.clientId !== 'string' ||
    !credentials.clientId
  ) {
    throw new ValidationError({
      field: 'credentials.clientId',
      message: 'Auth config credentials need a clientId (and usually a clientSecret) of your OAuth app.',
    });
  }
}

function validateVerifyFlag(value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new ValidationError({
      field: 'verifyCredentials',
      message: 'verifyCredentials must be true or false.',
    });
  }
}
