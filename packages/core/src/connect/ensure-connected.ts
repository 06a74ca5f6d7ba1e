import { isNoAuthToolkit } from '../catalog/tool.ts';
import type { ConnectedAccount } from '../connected-account/connected-account.ts';
import { toConnectedAccount } from '../connected-account/connected-account-row.ts';
import { DEFAULT_CONNECTION_TIMEOUT_MS } from '../connected-account/wait-for-connection.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { resolveConnectedAccount } from '../precedence/resolve-connected-account.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import {
  type AuthorizeOptions,
  authorizeConnection,
  type ConnectionRequest,
} from './authorize-connection.ts';

export interface EnsureConnectedOptions extends AuthorizeOptions {
  /** How long to wait for the user, in ms. Default 60 000. */
  timeoutMs?: number;
  /** Composio's name for `timeoutMs` (milliseconds); give one of the two. */
  timeout?: number;
  /**
   * Called with the connect link when the user must act (show it to them); without it, waiting
   * only makes sense when the link reaches the user another way.
   */
  onRedirect?: (request: ConnectionRequest) => void | Promise<void>;
}

export interface EnsureConnectedResult {
  toolkit: string;
  /** True when an ACTIVE account (or no auth) was there already. */
  wasConnected: boolean;
  /** The account the toolkit runs with; absent for no-auth toolkits. */
  connectedAccount?: ConnectedAccount;
}

/**
 * Returns at once when the toolkit can run (an ACTIVE account by precedence, or no auth needed);
 * otherwise starts (or re-uses) a connection, hands its link to `onRedirect` and waits for it.
 *
 * @throws ConnectionFailedError, ConnectionRequestTimeoutError as `waitForConnection` does.
 */
export async function ensureConnected(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolkit: string,
  options: EnsureConnectedOptions = {},
): Promise<EnsureConnectedResult> {
  if (typeof toolkit !== 'string' || toolkit === '') {
    throw new ValidationError({
      field: 'toolkit',
      message: "toolkit (a toolkit slug such as 'github') is required.",
    });
  }
  connectionTimeoutOf(options);
  const definition = runtime.catalog.getToolkit(toolkit);
  if (isNoAuthToolkit(definition)) return { toolkit: definition.slug, wasConnected: true };
  const resolution = await resolveConnectedAccount(runtime, {
    userId: session.userId,
    toolkit: definition.slug,
    config: session.config,
    allowCreate: false,
  });
  if (resolution.kind === 'account') {
    return {
      toolkit: definition.slug,
      wasConnected: true,
      connectedAccount: toConnectedAccount(resolution.account),
    };
  }
  const { onRedirect, timeout: _timeout, timeoutMs: _timeoutMs, ...authorizeOptions } = options ?? {};
  const timeoutMs = connectionTimeoutOf(options) ?? DEFAULT_CONNECTION_TIMEOUT_MS;
  const request = await authorizeConnection(runtime, session, definition.slug, authorizeOptions);
  await onRedirect?.(request);
  const connectedAccount = await request.waitForConnection(timeoutMs);
  return { toolkit: definition.slug, wasConnected: false, connectedAccount };
}

/**
 * The wait of `ensureConnected` from `timeoutMs` or Composio's `timeout` (both milliseconds).
 *
 * @throws ValidationError when both are given and differ, or one is not a non-negative number.
 */
export function connectionTimeoutOf(options: EnsureConnectedOptions | undefined): number | undefined {
  const { timeout, timeoutMs } = options ?? {};
  for (const [field, value] of [
    ['timeout', timeout],
    ['timeoutMs', timeoutMs],
  ] as const) {
    if (value !== undefined && (typeof value !== 'number' || !(value >= 0))) {
      throw new ValidationError({ field, message: `${field} must be a number of milliseconds (0 or more).` });
    }
  }
  if (timeout !== undefined && timeoutMs !== undefined && timeout !== timeoutMs) {
    throw new ValidationError({
      field: 'timeout',
      message: 'Give timeout or timeoutMs (both in milliseconds), not two different values.',
    });
  }
  return timeoutMs ?? timeout;
}
