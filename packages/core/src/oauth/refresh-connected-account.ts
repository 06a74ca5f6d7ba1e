import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Credentials } from '@toolrouter/toolkits';
import { toAuthConfig } from '../auth-config/auth-config-row.ts';
import { readAuthConfigApp } from '../auth-config/auth-configs-api.ts';
import { connectedAccountAssociatedData } from '../connected-account/connected-account-row.ts';
import { OAuthTokenError } from '../errors/oauth-token-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { findAuthConfigOfAccount } from '../store/auth-configs/read-auth-configs.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';
import {
  findAccountOwner,
  findConnectedAccount,
} from '../store/connected-accounts/read-connected-accounts.ts';
import {
  expireAccount,
  setAccountStatusReason,
  storeRefreshedCredentials,
} from '../store/connected-accounts/write-connected-accounts.ts';
import type { SqlExecutor } from '../store/store.ts';
import type { OAuthRefreshes, RefreshOutcome } from './refresh-outcome.ts';
import { requestToken } from './request-token.ts';

export type { RefreshOutcome } from './refresh-outcome.ts';

/** Refresh when the access token has less than this left (or less than a fifth of its lifetime). */
export const REFRESH_AHEAD_MS = 60_000;
/** The share of a token's lifetime kept as refresh-ahead window when that is under a minute. */
export const REFRESH_AHEAD_FRACTION = 0.2;

/** At most this long for one token request, whatever the tool timeout. */
export const TOKEN_REQUEST_TIMEOUT_MS = 15_000;
/**
 * How long a refresh lease lasts: past the token request's own timeout, so a live holder has
 * always written or given up before another instance may take over.
 */
export const REFRESH_LEASE_MS = TOKEN_REQUEST_TIMEOUT_MS + 15_000;
/** After the provider refused the OAuth app itself (invalid_client), no new attempt for this long. */
export const OAUTH_APP_REJECTED_COOLDOWN_MS = 5 * 60_000;
/** How often a caller waiting for another instance's refresh looks again. */
const LEASE_POLL_MS = 100;

type OAuthCredentials = Extract<Credentials, { accessToken: string }> & { obtainedAt?: string };

interface LeaseRow {
  connected_account_id: string;
  version: number | string;
  holder: string | null;
  started_at: string | null;
  lease_until: string | null;
  blocked_until: string | null;
  blocked_reason: string | null;
}

/**
 * Whether OAuth credentials are past, or close to, their expiry: within a minute, or within a fifth
 * of the token's lifetime when that is shorter (a token that lives 30 s is not refreshed on every
 * call).
 */
export function isExpiring(credentials: Credentials | undefined, now: Date): boolean {
  const { expiresAt, obtainedAt } = (credentials ?? {}) as Partial<OAuthCredentials>;
  if (!expiresAt) return false;
  const expires = Date.parse(expiresAt);
  const lifetime = obtainedAt ? expires - Date.parse(obtainedAt) : Number.NaN;
  const window =
    lifetime > 0 ? Math.min(REFRESH_AHEAD_MS, lifetime * REFRESH_AHEAD_FRACTION) : REFRESH_AHEAD_MS;
  return expires - now.getTime() < window;
}

/** Whether OAuth credentials are past their expiry: sending them upstream is pointless. */
export function isExpired(credentials: Credentials | undefined, now: Date): boolean {
  const expiresAt = (credentials as Partial<OAuthCredentials> | undefined)?.expiresAt;
  return expiresAt !== undefined && Date.parse(expiresAt) <= now.getTime();
}

/**
 * Refreshes an OAuth account's access token, once however many callers ask at the same time,
 * without holding a database connection across the token request:
 * 1. callers in this process share one promise;
 * 2. a short transaction (advisory-locked on PostgreSQL) re-reads the credentials (another
 *    instance may have refreshed them), then takes a lease on the account's `credential_refreshes`
 *    row: holder, start time, lease end and a fencing `version` — the "refresh in flight" marker,
 *    committed before the token request. Callers elsewhere that find a live lease wait for it;
 * 3. the token request runs with no connection held;
 * 4. a second short transaction stores the answer (the rotated refresh token with the new access
 *    token) if the credentials did not change meanwhile, and releases the lease if its version
 *    is still ours.
 * A marker found past its lease is a refresh that never finished (the process died between the
 * provider's answer and our write): if the provider then refuses the stored refresh token, the
 * account's reason says so. `invalid_grant` makes the account EXPIRED; `invalid_client` /
 * `unauthorized_client` block refreshes of the account for a cooldown and say an operator must act.
 *
 * @param rejectedAccessToken the token an API just answered 401 to: refresh unless the stored token
 *   already differs. Without it, refresh only when the stored token is expiring.
 */
export function refreshConnectedAccount(
  runtime: RouterRuntime,
  accountId: string,
  rejectedAccessToken?: string,
): Promise<RefreshOutcome> {
  const running = runtime.oauthRefreshes.inFlight;
  const existing = running.get(accountId);
  if (existing) return existing;
  const work = refreshWithLease(runtime, accountId, rejectedAccessToken).finally(() =>
    running.delete(accountId),
  );
  running.set(accountId, work);
  return work;
}

/**
 * Resolves once every refresh this router has in flight has stored its answer (or failed), or after
 * `timeoutMs`: shutdown calls it before closing the store, so a rotated refresh token the provider
 * already issued is not lost. Resolves with how many were still running at the deadline.
 */
export async function settleRefreshes(runtime: RouterRuntime, timeoutMs: number): Promise<number> {
  const running = [...runtime.oauthRefreshes.inFlight.values()];
  if (running.length === 0) return 0;
  let left = running.length;
  const all = Promise.allSettled(running.map((work) => work.finally(() => left--)));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([all, deadline]);
  clearTimeout(timer);
  return left;
}

type Step =
  | { kind: 'done'; outcome: RefreshOutcome }
  | { kind: 'wait'; leaseUntil: number }
  | {
      kind: 'go';
      credentials: OAuthCredentials & { refreshToken: string };
      sealed: string;
      version: number;
      /** When a refresh that never finished had started, if the lease we took over was one. */
      interruptedAt: string | undefined;
    };

async function refreshWithLease(
  runtime: RouterRuntime,
  accountId: string,
  rejectedAccessToken: string | undefined,
): Promise<RefreshOutcome> {
  const authRow = await findAuthConfigOfAccount(runtime.store, accountId);
  const authConfig = authRow ? toAuthConfig(authRow) : undefined;
  const app = authConfig ? await readAuthConfigApp(runtime, authConfig) : undefined;
  const toolkit = authConfig ? runtime.catalog.findToolkit(authConfig.toolkit) : undefined;
  const scheme = toolkit?.auth.find((candidate) => candidate.mode === 'oauth2');
  const holder = holderOf(runtime);
  const waitUntil = Date.now() + Math.max(runtime.execution.timeoutMs, REFRESH_LEASE_MS);

  let step: Step;
  for (;;) {
    step = await runtime.store.transaction(
      (transaction) => takeLease(runtime, transaction, accountId, rejectedAccessToken, holder),
      { lockKey: `refresh:${accountId}` },
    );
    if (step.kind === 'done') return step.outcome;
    if (step.kind === 'go') break;
    if (Date.now() >= waitUntil) {
      return {
        kind: 'unavailable',
        reason:
          'Another toolrouter instance is refreshing this account and has not finished; retry in a moment.',
      };
    }
    const pause = Math.max(1, Math.min(LEASE_POLL_MS, step.leaseUntil - runtime.now().getTime()));
    await new Promise((resolve) => setTimeout(resolve, pause));
  }

  const { credentials, sealed, version, interruptedAt } = step;
  const release = (work: (transaction: SqlExecutor, mine: boolean) => Promise<void>): Promise<void> =>
    runtime.store.transaction(
      async (transaction) => {
        const [lease] = await transaction.query<LeaseRow>(
          'SELECT * FROM credential_refreshes WHERE connected_account_id = ?',
          [accountId],
        );
        const mine = lease !== undefined && Number(lease.version) === version;
        await work(transaction, mine);
        if (mine) {
          await transaction.execute(
            'UPDATE credential_refreshes SET holder = NULL, started_at = NULL, lease_until = NULL WHERE connected_account_id = ? AND version = ?',
            [accountId, version],
          );
        }
      },
      { lockKey: `refresh:${accountId}` },
    );

  if (!toolkit || scheme?.mode !== 'oauth2' || !app?.clientId) {
    await release(async () => {});
    return {
      kind: 'unavailable',
      reason: "The account's OAuth app or toolkit is gone, so its token cannot be refreshed.",
    };
  }
  const now = runtime.now();
  let tokens: Awaited<ReturnType<typeof requestToken>>;
  try {
    tokens = await requestToken({
      scheme,
      app,
      params: { grant_type: 'refresh_token', refresh_token: credentials.refreshToken },
      providerName: toolkit.name,
      fetch: runtime.execution.fetch,
      timeoutMs: Math.min(runtime.execution.timeoutMs, TOKEN_REQUEST_TIMEOUT_MS),
      now,
    });
  } catch (error) {
    if (!OAuthTokenError.isInstance(error)) {
      await release(async () => {}).catch(() => undefined);
      throw error;
    }
    return refused(runtime, { accountId, toolkitName: toolkit.name, error, interruptedAt, release });
  }
  const next: OAuthCredentials = {
    accessToken: tokens.accessToken,
    // Providers that do not rotate return no refresh token: keep the one we have.
    refreshToken: tokens.refreshToken ?? credentials.refreshToken,
    ...(tokens.expiresAt ? { expiresAt: tokens.expiresAt } : {}),
    ...(tokens.obtainedAt ? { obtainedAt: tokens.obtainedAt } : {}),
    ...((tokens.tokenType ?? credentials.tokenType)
      ? { tokenType: tokens.tokenType ?? credentials.tokenType }
      : {}),
    ...((tokens.scope ?? credentials.scope) ? { scope: tokens.scope ?? credentials.scope } : {}),
  };
  const userId = await findAccountOwner(runtime.store, accountId);
  let stored = false;
  await release(async (transaction) => {
    if (userId === undefined) return;
    // Only over the credentials we refreshed from: a newer write (a reconnection) is never undone.
    stored = await storeRefreshedCredentials(transaction, accountId, {
      sealedCredentials: runtime.cipher.encryptJson(next, connectedAccountAssociatedData(accountId, userId)),
      expiresAt: next.expiresAt ?? null,
      previous: sealed,
      now: runtime.now().toISOString(),
    });
  });
  if (!stored) {
    runtime.warn(
      `toolrouter: the refreshed token of connected account '${accountId}' was not stored: the account changed meanwhile.`,
    );
  }
  return { kind: 'fresh', credentials: next, refreshed: true };
}

/** Step 2: in a short transaction, decide whether to refresh and, if so, take the lease. */
async function takeLease(
  runtime: RouterRuntime,
  transaction: SqlExecutor,
  accountId: string,
  rejectedAccessToken: string | undefined,
  holder: string,
): Promise<Step> {
  const done = (outcome: RefreshOutcome): Step => ({ kind: 'done', outcome });
  const row = await findConnectedAccount(transaction, accountId);
  if (!row)
    return done({ kind: 'unavailable', reason: `Connected account '${accountId}' no longer exists.` });
  if (row.status !== 'ACTIVE') {
    return done({
      kind: 'expired',
      reason: row.status_reason ?? `Connected account '${accountId}' is ${row.status}.`,
    });
  }
  const credentials = row.credentials
    ? runtime.cipher.decryptJson<OAuthCredentials>(
        row.credentials,
        connectedAccountAssociatedData(row.id, row.user_id),
      )
    : undefined;
  if (!credentials?.accessToken)
    return done({ kind: 'unavailable', reason: 'The account holds no OAuth access token.' });
  const now = runtime.now();
  const stillGood =
    rejectedAccessToken === undefined
      ? !isExpiring(credentials, now)
      : credentials.accessToken !== rejectedAccessToken;
  if (stillGood) return done({ kind: 'fresh', credentials, refreshed: false });
  if (!credentials.refreshToken) {
    return done({
      kind: 'unavailable',
      reason: 'The access token expired and the provider issued no refresh token; reconnect the account.',
    });
  }
  const [lease] = await transaction.query<LeaseRow>(
    'SELECT * FROM credential_refreshes WHERE connected_account_id = ?',
    [accountId],
  );
  if (lease?.blocked_until && Date.parse(lease.blocked_until) > now.getTime()) {
    return done({
      kind: 'operator',
      reason: lease.blocked_reason ?? 'The provider refused the OAuth app.',
      retryAt: lease.blocked_until,
    });
  }
  if (lease?.holder && lease.lease_until && Date.parse(lease.lease_until) > now.getTime()) {
    return { kind: 'wait', leaseUntil: Date.parse(lease.lease_until) };
  }
  const interruptedAt = lease?.holder ? (lease.started_at ?? undefined) : undefined;
  if (interruptedAt) {
    runtime.warn(
      `toolrouter: a token refresh of connected account '${accountId}' started at ${interruptedAt} never finished (its process stopped); refreshing again with the stored refresh token.`,
    );
  }
  const version = Number(lease?.version ?? 0) + 1;
  const leaseUntil = new Date(now.getTime() + REFRESH_LEASE_MS).toISOString();
  if (lease) {
    await transaction.execute(
      'UPDATE credential_refreshes SET version = ?, holder = ?, started_at = ?, lease_until = ?, blocked_until = NULL, blocked_reason = NULL WHERE connected_account_id = ?',
      [version, holder, now.toISOString(), leaseUntil, accountId],
    );
  } else {
    await transaction.execute(
      'INSERT INTO credential_refreshes (connected_account_id, version, holder, started_at, lease_until) VALUES (?, ?, ?, ?, ?)',
      [accountId, version, holder, now.toISOString(), leaseUntil],
    );
  }
  return {
    kind: 'go',
    credentials: credentials as OAuthCredentials & { refreshToken: string },
    sealed: row.credentials!,
    version,
    interruptedAt,
  };
}

/** The provider refused the refresh: record what it means and release the lease. */
async function refused(
  runtime: RouterRuntime,
  {
    accountId,
    toolkitName,
    error,
    interruptedAt,
    release,
  }: {
    accountId: string;
    toolkitName: string;
    error: OAuthTokenError;
    interruptedAt: string | undefined;
    release: (work: (transaction: SqlExecutor, mine: boolean) => Promise<void>) => Promise<void>;
  },
): Promise<RefreshOutcome> {
  const now = runtime.now();
  if (error.error === 'invalid_grant') {
    const reason = interruptedAt
      ? `${toolkitName} rejected the stored refresh token (invalid_grant) after a token refresh started at ${interruptedAt} was interrupted before its answer was stored (the process stopped): the provider had already rotated the refresh token. Reconnect the account.`
      : `${toolkitName} rejected the refresh token (invalid_grant): the user revoked access or it was used elsewhere. Reconnect the account.`;
    await release(async (transaction) => {
      await expireAccount(transaction, accountId, { from: 'ACTIVE', reason, now: now.toISOString() });
    });
    await publishAccountChanges(runtime, [accountId]);
    return { kind: 'expired', reason };
  }
  if (error.error === 'invalid_client' || error.error === 'unauthorized_client') {
    const retryAt = new Date(now.getTime() + OAUTH_APP_REJECTED_COOLDOWN_MS).toISOString();
    const reason = `${toolkitName} refused toolrouter's OAuth app (${error.error}) when refreshing the token: an operator must fix the auth config's client id and secret (or the app's permissions). No new refresh attempt before ${retryAt}.`;
    await release(async (transaction, mine) => {
      if (mine) {
        await transaction.execute(
          'UPDATE credential_refreshes SET blocked_until = ?, blocked_reason = ? WHERE connected_account_id = ?',
          [retryAt, reason, accountId],
        );
      }
      await setAccountStatusReason(transaction, accountId, reason, now.toISOString());
    });
    runtime.warn(`toolrouter: connected account '${accountId}': ${reason}`);
    return { kind: 'operator', reason, retryAt };
  }
  await release(async () => {});
  return { kind: 'unavailable', reason: error.message };
}

/** Who holds a lease: this router in this process, for messages and the marker. */
function holderOf(runtime: RouterRuntime): string {
  return runtime.oauthRefreshes.holderId;
}

/** A router's empty OAuth refresh state, with a lease holder id unique to this router in this process. */
export function createOAuthRefreshes(): OAuthRefreshes {
  return { inFlight: new Map(), holderId: `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}` };
}
