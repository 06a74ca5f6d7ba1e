import type { AuthMode } from '@toolrouter/toolkits';
import { AuthConfigNotFoundError } from '../errors/auth-config-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { createId } from '../ids/create-id.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';
import type { SqlExecutor } from '../store/store.ts';
import type {
  AuthConfig,
  AuthConfigCredentials,
  CreateAuthConfigInput,
  UpdateAuthConfigInput,
} from './auth-config.ts';
import { type AuthConfigRow, authConfigAssociatedData, toAuthConfig } from './auth-config-row.ts';

const SELECT = 'SELECT * FROM auth_configs';

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
        if (isDefault === undefined) isDefault = !(await findDefault(transaction, toolkit.slug));
        else if (isDefault) await clearDefault(transaction, toolkit.slug);
        await transaction.execute(
          `INSERT INTO auth_configs (id, toolkit, mode, name, is_managed, is_default, created_by, scopes, credentials, verify_credentials, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'operator', ?, ?, ?, ?, ?)`,
          [
            id,
            toolkit.slug,
            input.mode,
            input.name ?? `${toolkit.name} ${input.mode}`,
            isManaged ? 1 : 0,
            isDefault ? 1 : 0,
            JSON.stringify(input.scopes ?? []),
            input.credentials
              ? runtime.cipher.encryptJson(input.credentials, authConfigAssociatedData(id))
              : null,
            input.verifyCredentials === false ? 0 : 1,
            now,
            now,
          ],
        );
      },
      { lockKey: `auth-config-default:${toolkit.slug}` },
    );
    return this.get(id);
  }

  async list(filter: { toolkit?: string } = {}): Promise<AuthConfig[]> {
    const runtime = await this.#runtime();
    const rows = filter.toolkit
      ? await runtime.store.query<AuthConfigRow>(`${SELECT} WHERE toolkit = ? ORDER BY created_at, id`, [
          filter.toolkit,
        ])
      : await runtime.store.query<AuthConfigRow>(`${SELECT} ORDER BY created_at, id`);
    return rows.map(toAuthConfig);
  }

  async get(id: string): Promise<AuthConfig> {
    const runtime = await this.#runtime();
    const [row] = await runtime.store.query<AuthConfigRow>(`${SELECT} WHERE id = ?`, [id]);
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
        if (patch.isDefault === true) await clearDefault(transaction, current.toolkit);
        const now = runtime.now().toISOString();
        await transaction.execute(
          `UPDATE auth_configs SET name = ?, scopes = ?, is_default = ?, verify_credentials = ?, updated_at = ?${patch.credentials ? ', credentials = ?' : ''} WHERE id = ?`,
          [
            patch.name ?? current.name,
            JSON.stringify(patch.scopes ?? current.scopes),
            (patch.isDefault ?? current.isDefault) ? 1 : 0,
            (patch.verifyCredentials ?? current.verifyCredentials) ? 1 : 0,
            now,
            ...(patch.credentials
              ? [runtime.cipher.encryptJson(patch.credentials, authConfigAssociatedData(id))]
              : []),
            id,
          ],
        );
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
      const accounts = await transaction.query<{ id: string }>(
        'SELECT id FROM connected_accounts WHERE auth_config_id = ?',
        [id],
      );
      await transaction.execute('DELETE FROM connected_accounts WHERE auth_config_id = ?', [id]);
      await transaction.execute('DELETE FROM auth_configs WHERE id = ?', [id]);
      return accounts.map((account) => account.id);
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
  const [row] = await runtime.store.query<AuthConfigRow>(`${SELECT} WHERE id = ?`, [authConfig.id]);
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
  await runtime.store.execute(
    `INSERT INTO auth_configs (id, toolkit, mode, name, is_managed, is_default, created_by, scopes, credentials, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, 'router', ?, NULL, ?, ?) ON CONFLICT DO NOTHING`,
    [
      createId('ac'),
      toolkit.slug,
      mode,
      `${toolkit.name} (toolrouter)`,
      isManaged ? 1 : 0,
      JSON.stringify(scopes),
      now,
      now,
    ],
  );
  const [row] = await runtime.store.query<AuthConfigRow>(
    `${SELECT} WHERE toolkit = ? AND (is_default = 1 OR created_by = 'router') ORDER BY is_default DESC LIMIT 1`,
    [toolkit.slug],
  );
  return toAuthConfig(row!);
}

async function findDefault(executor: SqlExecutor, toolkit: string): Promise<AuthConfigRow | undefined> {
  const [row] = await executor.query<AuthConfigRow>(`${SELECT} WHERE toolkit = ? AND is_default = 1`, [
    toolkit,
  ]);
  return row;
}

async function clearDefault(executor: SqlExecutor, toolkit: string): Promise<void> {
  await executor.execute('UPDATE auth_configs SET is_default = 0 WHERE toolkit = ? AND is_default = 1', [
    toolkit,
  ]);
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
