import type { AuthMode, Credentials } from '@toolrouter/toolkits';
import type { AuthConfig } from '../auth-config/auth-config.ts';
import { toAuthConfig } from '../auth-config/auth-config-row.ts';
import { AuthConfigNotFoundError } from '../errors/auth-config-not-found-error.ts';
import { ConflictError } from '../errors/conflict-error.ts';
import { ConnectedAccountNotFoundError } from '../errors/connected-account-not-found-error.ts';
import { CredentialsUnavailableError } from '../errors/credentials-unavailable-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { createId } from '../ids/create-id.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { findAuthConfig } from '../store/auth-configs/read-auth-configs.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';
import {
  findConnectedAccount,
  listConnectedAccounts,
} from '../store/connected-accounts/read-connected-accounts.ts';
import {
  deleteConnectedAccount,
  insertActiveAccount,
  setConnectedAccountStatus,
} from '../store/connected-accounts/write-connected-accounts.ts';
import { isUniqueViolation } from '../store/is-unique-violation.ts';
import { type CredentialCheckResult, checkCredentials } from './check-credentials.ts';
import {
  CONNECTED_ACCOUNT_STATUSES,
  type ConnectedAccount,
  type ConnectedAccountStatus,
  type CreateConnectedAccountInput,
  type ListConnectedAccountsFilter,
} from './connected-account.ts';
import {
  type ConnectedAccountRow,
  connectedAccountAssociatedData,
  toConnectedAccount,
} from './connected-account-row.ts';
import { validateAccountCredentials } from './validate-account-credentials.ts';
import { DEFAULT_CONNECTION_TIMEOUT_MS, waitForConnection } from './wait-for-connection.ts';

/** What an alias may look like: 1-64 letters, digits, or `. _ @ -`, starting with a letter or digit. */
export const ALIAS_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;

/**
 * `router.connectedAccounts`: users' accounts at toolkits. Credentials go in, never come out.
 *
 * @example
 * const account = await router.connectedAccounts.create({ userId: 'u1', authConfigId: ac.id, credentials: { apiKey: 'k1' }, alias: 'work' });
 * account.status; // 'ACTIVE'
 */
export interface ConnectedAccountsApi {
  /** Stores credentials the user already holds as an ACTIVE account, after the toolkit's check. */
  create(input: CreateConnectedAccountInput): Promise<ConnectedAccount>;
  /** Same as `create`: import credentials you already hold. */
  import(input: CreateConnectedAccountInput): Promise<ConnectedAccount>;
  list(filter?: ListConnectedAccountsFilter): Promise<ConnectedAccount[]>;
  get(id: string): Promise<ConnectedAccount>;
  delete(id: string): Promise<void>;
  /** Waits until the account is ACTIVE; rejects when it fails, on timeout or when `signal` aborts. */
  waitForConnection(
    id: string,
    timeoutMs?: number,
    options?: { signal?: AbortSignal },
  ): Promise<ConnectedAccount>;
  /** Makes a disabled (INACTIVE) account usable again. */
  enable(id: string): Promise<ConnectedAccount>;
  /** Keeps the account but stops every session from using it. */
  disable(id: string): Promise<ConnectedAccount>;
}

/** `ConnectedAccountsApi` over the router's own store (embedded mode). */
export class LocalConnectedAccountsApi implements ConnectedAccountsApi {
  readonly #runtime: () => Promise<RouterRuntime>;

  constructor(runtime: () => Promise<RouterRuntime>) {
    this.#runtime = runtime;
  }

  /**
   * Stores credentials the user already holds (an API key, a token) as an ACTIVE account. An API
   * key, token or password is first sent through the toolkit's check request (unless the auth
   * config has `verifyCredentials: false`); the answer's identity becomes the account's `label`.
   *
   * @throws CredentialsRejectedError when the check fails: nothing is stored.
   */
  async create(input: CreateConnectedAccountInput): Promise<ConnectedAccount> {
    const runtime = await this.#runtime();
    if (!input || typeof input.userId !== 'string' || !input.userId) {
      throw new ValidationError({ field: 'userId', message: 'userId (a non-empty string) is required.' });
    }
    if (typeof input.authConfigId !== 'string' || !input.authConfigId) {
      throw new ValidationError({
        field: 'authConfigId',
        message: 'authConfigId (an ac_… id from router.authConfigs) is required.',
      });
    }
    const authRow = await findAuthConfig(runtime.store, input.authConfigId);
    if (!authRow) throw new AuthConfigNotFoundError({ authConfigId: input.authConfigId });
    const authConfig = toAuthConfig(authRow);
    const credentials = validateAccountCredentials(authConfig.mode, input.credentials);
    if (input.alias !== undefined && !ALIAS_PATTERN.test(input.alias)) {
      throw new ValidationError({
        field: 'alias',
        message: 'alias must be 1-64 letters, digits, or . _ @ - and start with a letter or digit.',
      });
    }
    // Typed-in credentials pass the toolkit's check request first: a typo never becomes the newest
    // ACTIVE account that silently replaces a working one. The answer names the account (label).
    const { label } = await checkTypedCredentials(runtime, authConfig, credentials);
    const id = createId('ca');
    const now = runtime.now().toISOString();
    const expiresAt =
      'expiresAt' in credentials && credentials.expiresAt
        ? new Date(credentials.expiresAt).toISOString()
        : null;
    try {
      await insertActiveAccount(runtime.store, {
        id,
        userId: input.userId,
        toolkit: authConfig.toolkit,
        authConfigId: authConfig.id,
        alias: input.alias ?? null,
        label,
        sealedCredentials: runtime.cipher.encryptJson(
          credentials,
          connectedAccountAssociatedData(id, input.userId),
        ),
        expiresAt,
        now,
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError({
          field: 'alias',
          message: `User '${input.userId}' already has a ${authConfig.toolkit} account with alias '${input.alias}'. Pick another alias.`,
        });
      }
      throw error;
    }
    return this.get(id);
  }

  /** Same as `create`: import credentials you already hold. */
  import(input: CreateConnectedAccountInput): Promise<ConnectedAccount> {
    return this.create(input);
  }

  async list(filter: ListConnectedAccountsFilter = {}): Promise<ConnectedAccount[]> {
    const runtime = await this.#runtime();
    let statuses: ConnectedAccountStatus[] | undefined;
    if (filter.status !== undefined) {
      statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
      for (const status of statuses) {
        if (!CONNECTED_ACCOUNT_STATUSES.includes(status)) {
          throw new ValidationError({
            field: 'status',
            message: `Unknown status '${status}'. Use one of ${CONNECTED_ACCOUNT_STATUSES.join(', ')}.`,
          });
        }
      }
    }
    const rows = await listConnectedAccounts(runtime.store, {
      ...(filter.userId !== undefined ? { userId: filter.userId } : {}),
      ...(filter.toolkit !== undefined ? { toolkit: filter.toolkit } : {}),
      ...(filter.authConfigId !== undefined ? { authConfigId: filter.authConfigId } : {}),
      ...(statuses ? { statuses } : {}),
    });
    return rows.map(toConnectedAccount);
  }

  async get(id: string): Promise<ConnectedAccount> {
    const runtime = await this.#runtime();
    const row = await findConnectedAccount(runtime.store, id);
    if (!row) throw new ConnectedAccountNotFoundError({ connectedAccountId: id });
    return toConnectedAccount(row);
  }

  async delete(id: string): Promise<void> {
    const runtime = await this.#runtime();
    if (!(await deleteConnectedAccount(runtime.store, id)))
      throw new ConnectedAccountNotFoundError({ connectedAccountId: id });
    await publishAccountChanges(runtime, [id]);
  }

  /**
   * Waits until the account is ACTIVE (the user finished its connect link), pushed by the account's
   * status event rather than polling; works across instances on PostgreSQL.
   *
   * @throws ConnectionFailedError when it ends FAILED or EXPIRED; ConnectionRequestTimeoutError after
   *   `timeoutMs`; `signal.reason` when `signal` aborts (the wait stops listening at once).
   * @example
   * const request = await session.authorize('github');
   * const account = await router.connectedAccounts.waitForConnection(request.id, 120_000);
   */
  async waitForConnection(
    id: string,
    timeoutMs: number = DEFAULT_CONNECTION_TIMEOUT_MS,
    options: { signal?: AbortSignal } = {},
  ): Promise<ConnectedAccount> {
    return waitForConnection(await this.#runtime(), id, timeoutMs, options.signal);
  }

  /** Makes a disabled (INACTIVE) account usable again. */
  async enable(id: string): Promise<ConnectedAccount> {
    return this.#transition(id, ['INACTIVE', 'ACTIVE'], 'ACTIVE');
  }

  /** Keeps the account but stops every session from using it. */
  async disable(id: string): Promise<ConnectedAccount> {
    return this.#transition(id, ['ACTIVE', 'INACTIVE'], 'INACTIVE');
  }

  async #transition(
    id: string,
    from: ConnectedAccountStatus[],
    to: ConnectedAccountStatus,
  ): Promise<ConnectedAccount> {
    const runtime = await this.#runtime();
    const current = await this.get(id);
    if (!from.includes(current.status)) {
      throw new ValidationError({
        field: 'status',
        message: `Connected account '${id}' is ${current.status}; only ${from.join(' or ')} accounts can become ${to}. Reconnect it with session.authorize().`,
      });
    }
    await setAccountStatus(runtime, id, to, null);
    return this.get(id);
  }
}

/**
 * Sets an account's status; becoming ACTIVE stamps `connected_at` (precedence prefers the newest).
 * Publishes the change so waiters (`waitForConnection`) wake up.
 */
export async function setAccountStatus(
  runtime: RouterRuntime,
  id: string,
  status: ConnectedAccountStatus,
  reason: string | null,
): Promise<void> {
  await setConnectedAccountStatus(runtime.store, id, { status, reason, now: runtime.now().toISOString() });
  await publishAccountChanges(runtime, [id]);
}

/**
 * Decrypts an account's credentials for a call, failing closed: credentials that are missing,
 * empty, unreadable or lack what `mode` needs are a `CredentialsUnavailableError`, never "no
 * credential" (which would send the request upstream unauthenticated). Internal: only the executor
 * calls it.
 */
export function readAccountCredentials(
  runtime: RouterRuntime,
  row: ConnectedAccountRow,
  mode: AuthMode,
): Credentials | undefined {
  if (mode === 'none') return undefined;
  const unavailable = (what: string, cause?: unknown) =>
    new CredentialsUnavailableError({
      connectedAccountId: row.id,
      message: `Connected account '${row.id}' is ${row.status} but ${what}, so the call was not sent. Reconnect the account (or ask the operator to check it).`,
      ...(cause === undefined ? {} : { cause }),
    });
  if (!row.credentials) throw unavailable('holds no stored credentials');
  let credentials: unknown;
  try {
    credentials = runtime.cipher.decryptJson<unknown>(
      row.credentials,
      connectedAccountAssociatedData(row.id, row.user_id),
    );
  } catch (cause) {
    const detail = cause instanceof Error ? ` (${cause.message.replace(/\.$/, '')})` : '';
    throw unavailable(`its stored credentials cannot be read${detail}`, cause);
  }
  try {
    return validateAccountCredentials(mode, credentials);
  } catch (cause) {
    throw unavailable(`its stored credentials are empty or incomplete for ${mode}`, cause);
  }
}

/**
 * The credential check for typed-in credentials (API key, bearer token, basic) on an auth config
 * that keeps it on; OAuth tokens come from the provider and are not checked here.
 */
export async function checkTypedCredentials(
  runtime: RouterRuntime,
  authConfig: AuthConfig,
  credentials: Credentials,
): Promise<CredentialCheckResult> {
  if (authConfig.mode === 'oauth2' || authConfig.mode === 'none' || !authConfig.verifyCredentials) {
    return { checked: false, label: null };
  }
  const toolkit = runtime.catalog.getToolkit(authConfig.toolkit);
  const scheme = toolkit.auth.find((candidate) => candidate.mode === authConfig.mode);
  if (!scheme) return { checked: false, label: null };
  return checkCredentials(runtime, toolkit, scheme, credentials);
}
