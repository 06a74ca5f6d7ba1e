import { ConnectedAccountNotFoundError } from '../errors/connected-account-not-found-error.ts';
import { ConnectionFailedError } from '../errors/connection-failed-error.ts';
import { ConnectionRequestTimeoutError } from '../errors/connection-request-timeout-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { CONNECTED_ACCOUNT_CHANNEL, publishAccountChanges } from '../store/connected-account-events.ts';
import { findConnectedAccount } from '../store/connected-accounts/read-connected-accounts.ts';
import type { ConnectedAccount } from './connected-account.ts';
import { toConnectedAccount } from './connected-account-row.ts';
import { settleStaleConnection } from './settle-stale-connections.ts';

/** Default wait of `waitForConnection`. */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 60_000;

/**
 * A safety net only: waiters wake on the account's event; this re-check covers an event lost while
 * a PostgreSQL LISTEN connection was reconnecting.
 */
const RECHECK_MS = 5_000;

const FAILED_STATUSES = new Set(['FAILED', 'EXPIRED', 'REVOKED', 'INACTIVE']);

/**
 * Resolves with the account once it is ACTIVE. It subscribes to the account's status events first
 * and then reads the state once, so an event that fires in between is never missed; each event for
 * this account triggers one read. An INITIATED account that no link can finish any more (its link
 * was used up by an instance that died before activating it, or expired unused, more than
 * `CONNECTION_FINISH_GRACE_MS` ago) is settled on the spot, and a waiter wakes when that grace runs
 * out, so the wait ends then instead of at its timeout.
 *
 * @throws ConnectionFailedError when the account ends FAILED, EXPIRED, REVOKED or INACTIVE;
 *   ConnectionRequestTimeoutError after `timeoutMs`; ConnectedAccountNotFoundError when it is deleted.
 */
export async function waitForConnection(
  runtime: RouterRuntime,
  connectedAccountId: string,
  timeoutMs: number = DEFAULT_CONNECTION_TIMEOUT_MS,
  signal?: AbortSignal,
): Promise<ConnectedAccount> {
  if (typeof connectedAccountId !== 'string' || connectedAccountId === '') {
    throw new ValidationError({
      field: 'connectedAccountId',
      message: 'connectedAccountId (a ca_... id) is required.',
    });
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) {
    throw new ValidationError({
      field: 'timeoutMs',
      message: 'timeoutMs must be a number of milliseconds, 0 or more.',
    });
  }
  signal?.throwIfAborted();
  let resolve!: (account: ConnectedAccount) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<ConnectedAccount>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  // It may settle during the first read, before `return await promise` below listens: mark it handled
  // so that is not an unhandled rejection (the await still rethrows it).
  promise.catch(() => undefined);
  let settled = false;
  let checking: Promise<void> | undefined;
  let again = false;

  let staleCheck: ReturnType<typeof setTimeout> | undefined;
  const read = () => findConnectedAccount(runtime.store, connectedAccountId);
  const check = async (): Promise<void> => {
    let row = await read();
    if (settled) return;
    if (row?.status === 'INITIATED') {
      // Its link may have been used up by an instance that died before activating it, or have
      // expired: then it is settled here (and everyone told); else look again when that could change.
      const progress = await settleStaleConnection(runtime, runtime.store, row);
      if (progress.settled) {
        await publishAccountChanges(runtime, [connectedAccountId]);
        row = await read();
      } else if (progress.recheckAt !== undefined && !settled) {
        clearTimeout(staleCheck);
        staleCheck = setTimeout(wake, Math.max(0, progress.recheckAt - runtime.now().getTime()) + 10);
      }
      if (settled) return;
    }
    if (!row) return fail(new ConnectedAccountNotFoundError({ connectedAccountId }));
    if (row.status === 'ACTIVE') {
      settled = true;
      resolve(toConnectedAccount(row));
    } else if (FAILED_STATUSES.has(row.status)) {
      fail(
        new ConnectionFailedError({
          connectedAccountId,
          status: row.status,
          message: `Connected account '${connectedAccountId}' ended ${row.status}${row.status_reason ? `: ${row.status_reason}` : ''}. Start a new connection with session.authorize().`,
        }),
      );
    }
  };
  // One read at a time; an event during a read asks for one more read after it.
  const wake = () => {
    if (settled) return;
    if (checking) {
      again = true;
      return;
    }
    checking = check()
      .catch((error: unknown) => fail(error))
      .finally(() => {
        checking = undefined;
        if (again) {
          again = false;
          wake();
        }
      });
  };
  const fail = (error: unknown) => {
    if (settled) return;
    settled = true;
    reject(error);
  };

  const unsubscribe = await runtime.store.subscribe(CONNECTED_ACCOUNT_CHANNEL, (payload) => {
    if (payload === connectedAccountId) wake();
  });
  // The first read happens before the clock starts: an account that is already settled answers
  // even with a tiny timeout.
  wake();
  await checking;
  const timeout = setTimeout(
    () => fail(new ConnectionRequestTimeoutError({ connectedAccountId, timeoutMs })),
    timeoutMs,
  );
  const recheck = setInterval(wake, RECHECK_MS);
  const onAbort = () => fail(signal!.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  // An abort during the first read fired no event for the listener added after it.
  if (signal?.aborted) onAbort();
  try {
    return await promise;
  } finally {
    clearTimeout(timeout);
    clearTimeout(staleCheck);
    clearInterval(recheck);
    signal?.removeEventListener('abort', onAbort);
    await unsubscribe();
  }
}
