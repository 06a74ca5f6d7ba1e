import type { ConnectionRequest } from '../connect/authorize-connection.ts';
import type { ConnectedAccount } from '../connected-account/connected-account.ts';
import { DEFAULT_CONNECTION_TIMEOUT_MS } from '../connected-account/wait-for-connection.ts';
import { ConnectionRequestTimeoutError } from '../errors/connection-request-timeout-error.ts';
import { type RestClient, segment } from './rest-client.ts';

/** Longest single wait the server is asked for; the client asks again until its own timeout. */
const LONG_POLL_MS = 25_000;

/** A ConnectionRequest as the REST API returns it, without its function. */
export type ConnectionRequestJson = Omit<ConnectionRequest, 'waitForConnection'>;

/** The REST answer plus `waitForConnection`, which long-polls the server. */
export function toRemoteConnectionRequest(
  client: RestClient,
  json: ConnectionRequestJson,
): ConnectionRequest {
  return {
    ...json,
    waitForConnection: (timeoutMs = DEFAULT_CONNECTION_TIMEOUT_MS) =>
      waitForRemoteConnection(client, json.id, timeoutMs),
  };
}

/**
 * `waitForConnection` over REST: `GET /connected-accounts/:id/wait?timeoutMs=` answers as soon as
 * the account's status event fires on the server (ACTIVE, or a failure as its typed error), so the
 * client learns at once without polling. A wait longer than one request is a chain of requests.
 */
export async function waitForRemoteConnection(
  client: RestClient,
  connectedAccountId: string,
  timeoutMs: number = DEFAULT_CONNECTION_TIMEOUT_MS,
  signal?: AbortSignal,
): Promise<ConnectedAccount> {
  const path = `/connected-accounts/${segment(connectedAccountId)}/wait`;
  // Not a usable number: the server's validation answers, with the same error as embedded.
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) {
    return client.request('GET', path, { query: { timeoutMs }, ...(signal ? { signal } : {}) });
  }
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const remaining = Math.max(0, Math.ceil(deadline - performance.now()));
    try {
      return await client.request<ConnectedAccount>('GET', path, {
        query: { timeoutMs: Math.min(remaining, LONG_POLL_MS) },
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (!ConnectionRequestTimeoutError.isInstance(error)) throw error;
      if (performance.now() >= deadline)
        throw new ConnectionRequestTimeoutError({ connectedAccountId, timeoutMs });
    }
  }
}
