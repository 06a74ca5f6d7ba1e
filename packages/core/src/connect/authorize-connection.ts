import type { ConnectedAccount } from '../connected-account/connected-account.ts';
import { ALIAS_PATTERN } from '../connected-account/connected-accounts-api.ts';
import {
  DEFAULT_CONNECTION_TIMEOUT_MS,
  waitForConnection,
} from '../connected-account/wait-for-connection.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { DEFAULT_MAX_ACCOUNTS_PER_TOOLKIT } from '../session-config/session-config.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { findAccountByAlias, listHeldAccounts } from '../store/connected-accounts/read-connected-accounts.ts';
import { assertAllowedCallbackUrl } from './assert-allowed-callback-url.ts';
import type { ConnectLinkRow } from './connect-link-row.ts';
import { createConnectLink } from './create-connect-link.ts';
import { type ConnectionTarget, pickConnectionTarget } from './pick-connection-target.ts';

export interface AuthorizeOptions {
  /** Where the user lands after connecting (must be allow-listed). Default: the session's `manageConnections.callbackUrl`. */
  callbackUrl?: string;
  /** An alias for the new account, e.g. `work`; unique per user and toolkit. */
  alias?: string;
}

/**
 * A connection the user still has to finish: send them to `redirectUrl` (the hosted connect page),
 * then `waitForConnection()`.
 */
export interface ConnectionRequest {
  /** The connected account (`ca_...`) that becomes ACTIVE once the user finishes. */
  id: string;
  status: 'INITIATED';
  /** `<baseUrl>/connect/<linkId>`: valid for 10 minutes, single use. */
  redirectUrl: string;
  linkId: string;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
  /** Resolves with the ACTIVE account; rejects with ConnectionFailedError or ConnectionRequestTimeoutError. */
  waitForConnection(timeoutMs?: number): Promise<ConnectedAccount>;
}

/**
 * Starts (or re-uses) a connection for a session's user on the auth config precedence picks, and
 * returns the link to send them to. A still-valid pending link for the same user, toolkit and auth
 * config is returned instead of a new one.
 */
export async function authorizeConnection(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolkit: string,
  options: AuthorizeOptions = {},
): Promise<ConnectionRequest> {
  if (typeof toolkit !== 'string' || toolkit === '') {
    throw new ValidationError({
      field: 'toolkit',
      message: 'toolkit (a toolkit slug such as "github") is required.',
    });
  }
  const { alias } = options;
  if (alias !== undefined && (typeof alias !== 'string' || !ALIAS_PATTERN.test(alias))) {
    throw new ValidationError({
      field: 'alias',
      message: 'alias must be 1-64 letters, digits, or . _ @ - and start with a letter or digit.',
    });
  }
  const requested = options.callbackUrl ?? sessionCallbackUrl(session);
  const callbackUrl =
    requested === undefined
      ? undefined
      : assertAllowedCallbackUrl(requested, [...runtime.allowedCallbackUrls, runtime.baseUrl]);
  const picked = await pickConnectionTarget(runtime, session, toolkit);
  const target =
    alias === undefined ? picked : await reconnectByAlias(runtime, session.userId, picked, alias);
  if (target.reconnectAccountId === undefined) await assertRoomForAnotherAccount(runtime, session, toolkit);
  const link = await createConnectLink(runtime, {
    sessionId: session.sessionId,
    userId: session.userId,
    toolkit,
    target,
    ...(callbackUrl !== undefined ? { callbackUrl } : {}),
    ...(alias !== undefined ? { alias } : {}),
  });
  return toConnectionRequest(runtime, link);
}

/**
 * In a multi-account session a user may hold `maxAccountsPerToolkit` accounts of a toolkit (ACTIVE
 * or disabled); a new connection beyond that is refused with a message that names the accounts.
 */
async function assertRoomForAnotherAccount(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolkit: string,
): Promise<void> {
  const multiAccount = session.config.multiAccount;
  if (multiAccount?.enable !== true) return;
  const max = multiAccount.maxAccountsPerToolkit ?? DEFAULT_MAX_ACCOUNTS_PER_TOOLKIT;
  const held = await listHeldAccounts(runtime.store, session.userId, toolkit);
  if (held.length < max) return;
  throw new ValidationError({
    field: 'toolkit',
    message: `This user already has ${held.length} ${toolkit} accounts (${held.map((row) => (row.alias ? `${row.id} (${row.alias})` : row.id)).join(', ')}), the most this session allows (multiAccount.maxAccountsPerToolkit = ${max}). Use one of them, or remove one first.`,
  });
}

/**
 * `authorize(toolkit, { alias })` for an alias the user already has on a finished attempt (FAILED,
 * EXPIRED, REVOKED) of the same auth config reconnects that account instead of colliding with it.
 * An ACTIVE or disabled account keeps its alias: the link's insert then reports the conflict.
 */
async function reconnectByAlias(
  runtime: RouterRuntime,
  userId: string,
  target: ConnectionTarget,
  alias: string,
): Promise<ConnectionTarget> {
  if (target.reconnectAccountId !== undefined) return target;
  const existing = await findAccountByAlias(runtime.store, {
    userId,
    toolkit: target.authConfig.toolkit,
    alias,
  });
  if (!existing || existing.auth_config_id !== target.authConfig.id) return target;
  if (!['FAILED', 'EXPIRED', 'REVOKED'].includes(existing.status)) return target;
  return { ...target, reconnectAccountId: existing.id };
}

export function toConnectionRequest(runtime: RouterRuntime, link: ConnectLinkRow): ConnectionRequest {
  const id = link.connected_account_id;
  return {
    id,
    status: 'INITIATED',
    redirectUrl: connectLinkUrl(runtime, link.id),
    linkId: link.id,
    expiresAt: link.expires_at,
    waitForConnection: (timeoutMs = DEFAULT_CONNECTION_TIMEOUT_MS) =>
      waitForConnection(runtime, id, timeoutMs),
  };
}

/** The hosted connect page of a link. */
export function connectLinkUrl(runtime: RouterRuntime, linkId: string): string {
  return `${runtime.baseUrl}/connect/${linkId}`;
}

function sessionCallbackUrl(session: SessionIdentity): string | undefined {
  const manage = session.config.manageConnections;
  return typeof manage === 'object' ? manage.callbackUrl : undefined;
}
