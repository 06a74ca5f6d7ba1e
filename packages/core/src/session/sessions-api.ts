import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AuthConfigNotFoundError } from '../errors/auth-config-not-found-error.ts';
import { ConnectedAccountNotFoundError } from '../errors/connected-account-not-found-error.ts';
import { ConnectedAccountOwnershipError } from '../errors/connected-account-ownership-error.ts';
import { SessionConfigConflictError } from '../errors/session-config-conflict-error.ts';
import { SessionNotFoundError } from '../errors/session-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { createId } from '../ids/create-id.ts';
import type { Provider } from '../provider/provider.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import {
  pinnedAccountIds,
  type SessionConfig,
  type SessionConfigUpdate,
} from '../session-config/session-config.ts';
import { mcpTokenAssociatedData, type SessionRow } from '../session-config/session-row.ts';
import { findAuthConfig } from '../store/auth-configs/read-auth-configs.ts';
import { findConnectedAccount } from '../store/connected-accounts/read-connected-accounts.ts';
import { LocalSessionHost } from './local-session-host.ts';
import { SessionCache } from './session-cache.ts';
import type { SessionConfigHistoryEntry, SessionData, SessionHost } from './session-host.ts';
import { ToolRouterSession } from './tool-router-session.ts';
import { validateSessionConfig } from './validate-session-config.ts';

/**
 * `router.sessions`: create, reopen, list and delete users' sessions.
 *
 * @example
 * const session = await router.sessions.create('user_123', { toolkits: ['github', 'gmail'] });
 * const again = await router.sessions.use(session.sessionId);
 */
export interface SessionsApi<TProvider extends Provider = Provider> {
  /** Creates a session for one of your users; the config is validated and stored. */
  create(userId: string, config?: SessionConfig): Promise<ToolRouterSession<TProvider>>;
  /** Reopens a session by id (after a restart, in another process, on another instance). */
  use(sessionId: string): Promise<ToolRouterSession<TProvider>>;
  /** Sessions, newest first, optionally of one user. */
  list(filter?: { userId?: string }): Promise<ToolRouterSession<TProvider>[]>;
  delete(sessionId: string): Promise<void>;
  /** Gives the session a new MCP token; the old one stops working at once. */
  rotateToken(sessionId: string): Promise<ToolRouterSession<TProvider>>;
  /** The session when `token` is its MCP token, else undefined. */
  authenticate(sessionId: string, token: string): Promise<ToolRouterSession<TProvider> | undefined>;
}

/** `SessionsApi` over the router's own store (embedded mode). */
export class LocalSessionsApi<TProvider extends Provider = Provider> implements SessionsApi<TProvider> {
  readonly #runtime: () => Promise<RouterRuntime>;
  readonly #host: SessionHost;
  readonly #cache = new SessionCache();

  constructor(runtime: () => Promise<RouterRuntime>) {
    this.#runtime = runtime;
    this.#host = new LocalSessionHost(runtime, {
      update: (sessionId, partial, options) => this.#update(sessionId, partial, options),
      listConfigHistory: (sessionId) => this.#listConfigHistory(sessionId),
      delete: (sessionId) => this.delete(sessionId),
    });
  }

  async create(userId: string, config: SessionConfig = {}): Promise<ToolRouterSession<TProvider>> {
    const runtime = await this.#runtime();
    if (typeof userId !== 'string' || userId.trim() === '') {
      throw new ValidationError({
        field: 'userId',
        message: 'userId (a non-empty string naming your user) is required.',
      });
    }
    const validated = validateSessionConfig(config, runtime.catalog);
    await checkSessionReferences(runtime, userId, validated);
    const id = createId('ses');
    const token = `trs_${randomBytes(32).toString('base64url')}`;
    const now = runtime.now().toISOString();
    await runtime.store.execute(
      `INSERT INTO sessions (id, user_id, config, config_version, mcp_token, mcp_token_hash, created_at, updated_at)
       VALUES (?, ?, ?, 1, ?, ?, ?, ?)`,
      [
        id,
        userId,
        JSON.stringify(validated),
        runtime.cipher.encrypt(token, mcpTokenAssociatedData(id)),
        hashToken(token),
        now,
        now,
      ],
    );
    await recordConfigVersion(runtime, id, 1, validated, now);
    const data: SessionData = {
      sessionId: id,
      userId,
      config: validated,
      configVersion: 1,
      mcpToken: token,
      createdAt: now,
      updatedAt: now,
    };
    await this.#cache.created(runtime.store, data);
    return this.#wrap(runtime, data);
  }

  /** Reopens a session by id (after a restart, in another process, on another instance). */
  async use(sessionId: string): Promise<ToolRouterSession<TProvider>> {
    const runtime = await this.#runtime();
    const data = await this.#cache.get(runtime.store, sessionId, () => readSession(runtime, sessionId));
    return this.#wrap(runtime, data);
  }

  async list(filter: { userId?: string } = {}): Promise<ToolRouterSession<TProvider>[]> {
    const runtime = await this.#runtime();
    const rows = filter.userId
      ? await runtime.store.query<SessionRow>(
          'SELECT * FROM sessions WHERE user_id = ? ORDER BY created_at DESC, id DESC',
          [filter.userId],
        )
      : await runtime.store.query<SessionRow>('SELECT * FROM sessions ORDER BY created_at DESC, id DESC');
    return rows.map((row) => this.#wrap(runtime, toSessionData(runtime, row)));
  }

  async delete(sessionId: string): Promise<void> {
    const runtime = await this.#runtime();
    const changed = await runtime.store.execute('DELETE FROM sessions WHERE id = ?', [sessionId]);
    await this.#cache.changed(runtime.store, sessionId);
    if (changed === 0) throw new SessionNotFoundError({ sessionId });
    await runtime.store.execute('DELETE FROM session_config_history WHERE session_id = ?', [sessionId]);
  }

  /**
   * Gives the session a new MCP token: the old one stops working at once (revoke a leaked token by
   * rotating it). Returns the session with the new token in `mcp.headers`.
   *
   * @example
   * const session = await router.sessions.rotateToken('ses_1');
   */
  async rotateToken(sessionId: string): Promise<ToolRouterSession<TProvider>> {
    const runtime = await this.#runtime();
    const token = `trs_${randomBytes(32).toString('base64url')}`;
    const now = runtime.now().toISOString();
    const changed = await runtime.store.execute(
      'UPDATE sessions SET mcp_token = ?, mcp_token_hash = ?, updated_at = ? WHERE id = ?',
      [runtime.cipher.encrypt(token, mcpTokenAssociatedData(sessionId)), hashToken(token), now, sessionId],
    );
    // Every instance's cached copy holds the old token: drop them before anyone reads it again.
    await this.#cache.changed(runtime.store, sessionId);
    if (changed === 0) throw new SessionNotFoundError({ sessionId });
    return this.use(sessionId);
  }

  /**
   * The session when `token` is its MCP token, else undefined (constant-time comparison). Another
   * session's token, the admin key, a deleted session and one older than `sessionTtlMs` all fail.
   * One primary-key read on every call (never cached, so a deleted session fails at once on every
   * instance), and only the hash is compared: the stored token is not decrypted, the session
   * carries the one presented.
   */
  async authenticate(sessionId: string, token: string): Promise<ToolRouterSession<TProvider> | undefined> {
    const runtime = await this.#runtime();
    const [row] = await runtime.store.query<Omit<SessionRow, 'mcp_token'>>(AUTHENTICATE_SESSION, [sessionId]);
    if (!row) return undefined;
    const expected = Buffer.from(row.mcp_token_hash, 'hex');
    const actual = Buffer.from(hashToken(token), 'hex');
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
    // An expired session answers as a wrong token does.
    if (
      runtime.sessionTtlMs !== undefined &&
      runtime.now().getTime() - Date.parse(row.created_at) > runtime.sessionTtlMs
    ) {
      return undefined;
    }
    return this.#wrap(runtime, { ...toSessionData(runtime, { ...row, mcp_token: '' }), mcpToken: token });
  }

  async #listConfigHistory(sessionId: string): Promise<SessionConfigHistoryEntry[]> {
    const runtime = await this.#runtime();
    const current = await readSession(runtime, sessionId);
    const rows = await runtime.store.query<{ config_version: number; config: string; created_at: string }>(
      'SELECT config_version, config, created_at FROM session_config_history WHERE session_id = ? ORDER BY config_version DESC',
      [sessionId],
    );
    const entries = rows.map((row) => ({
      configVersion: Number(row.config_version),
      config: JSON.parse(row.config) as SessionConfig,
      createdAt: row.created_at,
    }));
    // Sessions made before the history existed: their current config is the one known version.
    if (!entries.some((entry) => entry.configVersion === current.configVersion)) {
      entries.unshift({
        configVersion: current.configVersion,
        config: current.config,
        createdAt: current.updatedAt,
      });
    }
    return entries;
  }

  async #update(
    sessionId: string,
    partial: SessionConfigUpdate,
    options: { expectedConfigVersion?: number },
  ): Promise<SessionData> {
    const runtime = await this.#runtime();
    const current = await readSession(runtime, sessionId);
    if (
      options.expectedConfigVersion !== undefined &&
      options.expectedConfigVersion !== current.configVersion
    ) {
      throw new SessionConfigConflictError({
        sessionId,
        expectedConfigVersion: options.expectedConfigVersion,
        actualConfigVersion: current.configVersion,
      });
    }
    if (!partial || typeof partial !== 'object')
      throw new ValidationError({ field: 'config', message: 'update() needs a config object.' });
    const combined: Record<string, unknown> = { ...current.config, ...partial };
    // `null` removes a key (back to its default).
    for (const [key, value] of Object.entries(combined)) if (value === null) delete combined[key];
    const merged = validateSessionConfig(combined, runtime.catalog);
    await checkSessionReferences(runtime, current.userId, merged);
    const now = runtime.now().toISOString();
    const changed = await runtime.store.execute(
      'UPDATE sessions SET config = ?, config_version = config_version + 1, updated_at = ? WHERE id = ? AND config_version = ?',
      [JSON.stringify(merged), now, sessionId, current.configVersion],
    );
    await this.#cache.changed(runtime.store, sessionId);
    if (changed === 0) {
      const latest = await readSession(runtime, sessionId);
      throw new SessionConfigConflictError({
        sessionId,
        expectedConfigVersion: options.expectedConfigVersion ?? current.configVersion,
        actualConfigVersion: latest.configVersion,
      });
    }
    await recordConfigVersion(runtime, sessionId, current.configVersion + 1, merged, now);
    return { ...current, config: merged, configVersion: current.configVersion + 1, updatedAt: now };
  }

  #wrap(runtime: RouterRuntime, data: SessionData): ToolRouterSession<TProvider> {
    return new ToolRouterSession<TProvider>(data, this.#host, runtime.baseUrl);
  }
}

async function recordConfigVersion(
  runtime: RouterRuntime,
  sessionId: string,
  configVersion: number,
  config: SessionConfig,
  at: string,
): Promise<void> {
  await runtime.store.execute(
    'INSERT INTO session_config_history (session_id, config_version, config, created_at) VALUES (?, ?, ?, ?)',
    [sessionId, configVersion, JSON.stringify(config), at],
  );
}

/** What authentication reads: everything but the encrypted token, by primary key. */
export const AUTHENTICATE_SESSION =
  'SELECT id, user_id, config, config_version, mcp_token_hash, created_at, updated_at FROM sessions WHERE id = ?';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function readSession(runtime: RouterRuntime, sessionId: string): Promise<SessionData> {
  const [row] = await runtime.store.query<SessionRow>('SELECT * FROM sessions WHERE id = ?', [sessionId]);
  if (!row) throw new SessionNotFoundError({ sessionId });
  return toSessionData(runtime, row);
}

function toSessionData(runtime: RouterRuntime, row: SessionRow): SessionData {
  return {
    sessionId: row.id,
    userId: row.user_id,
    config: JSON.parse(row.config) as SessionConfig,
    configVersion: Number(row.config_version),
    // Decrypted when the session's `mcp` is read, not on every reopen (REST calls never read it).
    mcpToken: () => runtime.cipher.decrypt(row.mcp_token, mcpTokenAssociatedData(row.id)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Pinned accounts must be the user's own and of the right toolkit; pinned auth configs must exist. */
async function checkSessionReferences(
  runtime: RouterRuntime,
  userId: string,
  config: SessionConfig,
): Promise<void> {
  for (const [toolkit, id] of Object.entries(config.authConfigs ?? {})) {
    const row = await findAuthConfig(runtime.store, id);
    if (!row) throw new AuthConfigNotFoundError({ authConfigId: id });
    if (row.toolkit !== toolkit) {
      throw new ValidationError({
        field: `authConfigs.${toolkit}`,
        message: `authConfigs.${toolkit} names '${id}', an auth config of '${row.toolkit}'.`,
      });
    }
  }
  for (const toolkit of Object.keys(config.connectedAccounts ?? {})) {
    for (const id of pinnedAccountIds(config, toolkit)) {
      const row = await findConnectedAccount(runtime.store, id);
      if (!row) throw new ConnectedAccountNotFoundError({ connectedAccountId: id });
      if (row.user_id !== userId)
        throw new ConnectedAccountOwnershipError({ connectedAccountId: id, userId });
      if (row.toolkit !== toolkit) {
        throw new ValidationError({
          field: `connectedAccounts.${toolkit}`,
          message: `connectedAccounts.${toolkit} names '${id}', an account of '${row.toolkit}'.`,
        });
      }
      // An account on another auth config than authConfigs[toolkit] is fine: the pinned account runs
      // (DESIGN §4 step 1) and the authConfigs pin decides where new connections are made.
    }
  }
}
