import type { Credentials } from '@toolrouter/toolkits';
import { type AuthConfigRow, toAuthConfig } from '../auth-config/auth-config-row.ts';
import { readAuthConfigApp } from '../auth-config/auth-configs-api.ts';
import { publishAccountChanges } from '../connect/connected-account-events.ts';
import {
  type ConnectedAccountRow,
  connectedAccountAssociatedData,
} from '../connected-account/connected-account-row.ts';
import { OAuthTokenError } from '../errors/oauth-token-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { requestToken } from './request-token.ts';

/** Refresh when the access token has less than this left. */
export const REFRESH_AHEAD_MS = 60_000;

/** At most this long for one token request, whatever the tool timeout. */
const TOKEN_REQUEST_TIMEOUT_MS = 15_000;

export type RefreshOutcome =
  /** Credentials to use now: refreshed here, or already refreshed by someone else. */
  | { kind: 'fresh'; credentials: Credentials; refreshed: boolean }
  /** The provider rejected the refresh token (`invalid_grant`): the account is now EXPIRED. */
  | { kind: 'expired'; reason: string }
  /** No refresh possible now (no refresh token, provider down); the account keeps its status. */
  | { kind: 'unavailable'; reason: string };

type OAuthCredentials = Extract<Credentials, { accessToken: string }>;

const inFlight = new WeakMap<RouterRuntime, Map<string, Promise<RefreshOutcome>>>();

/** Whether OAuth credentials are past, or within a minute of, their expiry. */
export function isExpiring(credentials: Credentials | undefined, now: Date): boolean {
  const expiresAt = (credentials as OAuthCredentials | undefined)?.expiresAt;
  if (!expiresAt) return false;
  return Date.parse(expiresAt) - now.getTime() < REFRESH_AHEAD_MS;
}

/**
 * Refreshes an OAuth account's access token, once however many callers ask at the same time:
 * callers in this process share one promise, and the work runs under a store lock (`withLock`) on
 * `refresh:<accountId>` (an advisory lock on PostgreSQL, so instances take turns) that first
 * re-reads the credentials and skips the token request when another caller already refreshed.
 * A rotated refresh token is stored with the new access token. `invalid_grant` makes the account
 * EXPIRED at once, with a reason, and tells waiters.
 *
 * @param rejectedAccessToken the token an API just answered 401 to: refresh unless the stored token
 *   already differs. Without it, refresh only when the stored token is expiring.
 */
export function refreshConnectedAccount(
  runtime: RouterRuntime,
  accountId: string,
  rejectedAccessToken?: string,
): Promise<RefreshOutcome> {
  let running = inFlight.get(runtime);
  if (!running) {
    running = new Map();
    inFlight.set(runtime, running);
  }
  const existing = running.get(accountId);
  if (existing) return existing;
  const work = refreshLocked(runtime, accountId, rejectedAccessToken).finally(() =>
    running.delete(accountId),
  );
  running.set(accountId, work);
  return work;
}

async function refreshLocked(
  runtime: RouterRuntime,
  accountId: string,
  rejectedAccessToken: string | undefined,
): Promise<RefreshOutcome> {
  const [authRow] = await runtime.store.query<AuthConfigRow>(
    'SELECT auth_configs.* FROM auth_configs JOIN connected_accounts ON connected_accounts.auth_config_id = auth_configs.id WHERE connected_accounts.id = ?',
    [accountId],
  );
  const authConfig = authRow ? toAuthConfig(authRow) : undefined;
  const app = authConfig ? await readAuthConfigApp(runtime, authConfig) : undefined;
  const toolkit = authConfig ? runtime.catalog.findToolkit(authConfig.toolkit) : undefined;
  const scheme = toolkit?.auth.find((candidate) => candidate.mode === 'oauth2');
  let expired = false;
  // A lock, not a transaction: the token request may take seconds and other statements go on.
  // After acquiring it, the credentials are read again: another instance may have refreshed them.
  const outcome = await runtime.store.withLock(
    `refresh:${accountId}`,
    async (executor): Promise<RefreshOutcome> => {
      const [row] = await executor.query<ConnectedAccountRow>(
        'SELECT * FROM connected_accounts WHERE id = ?',
        [accountId],
      );
      if (!row) return { kind: 'unavailable', reason: `Connected account '${accountId}' no longer exists.` };
      if (row.status !== 'ACTIVE') {
        return {
          kind: 'expired',
          reason: row.status_reason ?? `Connected account '${accountId}' is ${row.status}.`,
        };
      }
      const associatedData = connectedAccountAssociatedData(row.id, row.user_id);
      const credentials = row.credentials
        ? runtime.cipher.decryptJson<OAuthCredentials>(row.credentials, associatedData)
        : undefined;
      if (!credentials?.accessToken)
        return { kind: 'unavailable', reason: 'The account holds no OAuth access token.' };
      const now = runtime.now();
      const stillGood =
        rejectedAccessToken === undefined
          ? !isExpiring(credentials, now)
          : credentials.accessToken !== rejectedAccessToken;
      if (stillGood) return { kind: 'fresh', credentials, refreshed: false };
      if (!credentials.refreshToken) {
        return {
          kind: 'unavailable',
          reason: 'The access token expired and the provider issued no refresh token; reconnect the account.',
        };
      }
      if (!toolkit || scheme?.mode !== 'oauth2' || !app?.clientId) {
        return {
          kind: 'unavailable',
          reason: "The account's OAuth app or toolkit is gone, so its token cannot be refreshed.",
        };
      }
      try {
        const tokens = await requestToken({
          scheme,
          app,
          params: { grant_type: 'refresh_token', refresh_token: credentials.refreshToken },
          providerName: toolkit.name,
          fetch: runtime.execution.fetch,
          timeoutMs: Math.min(runtime.execution.timeoutMs, TOKEN_REQUEST_TIMEOUT_MS),
          now,
        });
        const next: OAuthCredentials = {
          accessToken: tokens.accessToken,
          // Providers that do not rotate return no refresh token: keep the one we have.
          refreshToken: tokens.refreshToken ?? credentials.refreshToken,
          ...(tokens.expiresAt ? { expiresAt: tokens.expiresAt } : {}),
          ...((tokens.tokenType ?? credentials.tokenType)
            ? { tokenType: tokens.tokenType ?? credentials.tokenType }
            : {}),
          ...((tokens.scope ?? credentials.scope) ? { scope: tokens.scope ?? credentials.scope } : {}),
        };
        await executor.execute(
          'UPDATE connected_accounts SET credentials = ?, expires_at = ?, updated_at = ? WHERE id = ?',
          [
            runtime.cipher.encryptJson(next, associatedData),
            next.expiresAt ?? null,
            runtime.now().toISOString(),
            accountId,
          ],
        );
        return { kind: 'fresh', credentials: next, refreshed: true };
      } catch (error) {
        if (!OAuthTokenError.isInstance(error)) throw error;
        if (error.error !== 'invalid_grant') return { kind: 'unavailable', reason: error.message };
        const reason = `${toolkit.name} rejected the refresh token (invalid_grant): the user revoked access or it was used elsewhere. Reconnect the account.`;
        await executor.execute(
          `UPDATE connected_accounts SET status = 'EXPIRED', status_reason = ?, updated_at = ? WHERE id = ? AND status = 'ACTIVE'`,
          [reason, runtime.now().toISOString(), accountId],
        );
        expired = true;
        return { kind: 'expired', reason };
      }
    },
  );
  if (expired) await publishAccountChanges(runtime, [accountId]);
  return outcome;
}
