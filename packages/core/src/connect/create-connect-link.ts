import { createHash } from 'node:crypto';
import {
  EXPIRED_LINK_REASON,
  findStaleConnections,
  settleStaleConnection,
} from '../connected-account/settle-stale-connections.ts';
import { ConflictError } from '../errors/conflict-error.ts';
import { createId } from '../ids/create-id.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';
import {
  expireAccount,
  insertInitiatedAccount,
  reinitiateAccount,
} from '../store/connected-accounts/write-connected-accounts.ts';
import { isUniqueViolation } from '../store/is-unique-violation.ts';
import type { SqlExecutor } from '../store/store.ts';
import { CONNECT_LINK_TTL_MS, type ConnectLinkRow } from './connect-link-row.ts';
import type { ConnectionTarget } from './pick-connection-target.ts';

export interface CreateConnectLinkInput {
  sessionId: string | null;
  userId: string;
  toolkit: string;
  target: ConnectionTarget;
  callbackUrl?: string;
  alias?: string;
}

/**
 * The pending connect link for this user, toolkit and auth config, made (with its INITIATED
 * account) only when none is pending. One transaction, locked on the link's key, inserts with
 * `ON CONFLICT DO NOTHING` against the unique `pending_key` and reads back the row that holds it,
 * so concurrent calls, in this process or on other instances, all get the same link. An expired
 * pending link is retired first (its account becomes EXPIRED), and an earlier attempt whose link
 * was used up but never finished becomes FAILED (see `settleStaleConnection`).
 */
export async function createConnectLink(
  runtime: RouterRuntime,
  input: CreateConnectLinkInput,
): Promise<ConnectLinkRow> {
  const { target } = input;
  const pendingKey = createHash('sha256')
    .update(
      JSON.stringify([
        input.userId,
        input.toolkit,
        target.authConfig.id,
        input.alias ?? null,
        target.reconnectAccountId ?? null,
      ]),
    )
    .digest('hex');
  const now = runtime.now();
  const nowText = now.toISOString();
  const changed: string[] = [];
  let link: ConnectLinkRow;
  try {
    link = await runtime.store.transaction(
      async (transaction) => {
        const [stale] = await transaction.query<ConnectLinkRow>(
          'SELECT * FROM connect_links WHERE pending_key = ? AND expires_at <= ?',
          [pendingKey, nowText],
        );
        if (stale && (await retireConnectLink(transaction, stale, nowText)))
          changed.push(stale.connected_account_id);
        // Earlier attempts no link can finish any more (an instance died between using up the
        // link and activating the account) end FAILED here, not INITIATED forever beside the new one.
        const unfinished = await findStaleConnections(runtime, transaction, {
          limit: 50,
          userId: input.userId,
          toolkit: input.toolkit,
          authConfigId: target.authConfig.id,
        });
        for (const account of unfinished) {
          if ((await settleStaleConnection(runtime, transaction, account)).settled) changed.push(account.id);
        }

        const linkId = createId('lnk');
        const accountId = target.reconnectAccountId ?? createId('ca');
        const inserted = await transaction.execute(
          `INSERT INTO connect_links (id, session_id, user_id, connected_account_id, toolkit, auth_config_id, pending_key, state_hash, pkce_verifier, callback_url, expires_at, used_at, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, NULL, ?) ON CONFLICT DO NOTHING`,
          [
            linkId,
            input.sessionId,
            input.userId,
            accountId,
            input.toolkit,
            target.authConfig.id,
            pendingKey,
            input.callbackUrl ?? null,
            new Date(now.getTime() + CONNECT_LINK_TTL_MS).toISOString(),
            nowText,
          ],
        );
        if (inserted === 1) {
          changed.push(accountId);
          if (target.reconnectAccountId) {
            // Reconnecting a pinned account: it waits for the user unless it still works (ACTIVE)
            // or the operator disabled it (INACTIVE).
            await reinitiateAccount(transaction, accountId, nowText);
          } else {
            await insertInitiatedAccount(transaction, {
              id: accountId,
              userId: input.userId,
              toolkit: input.toolkit,
              authConfigId: target.authConfig.id,
              alias: input.alias ?? null,
              now: nowText,
            });
          }
        }
        const [pending] = await transaction.query<ConnectLinkRow>(
          'SELECT * FROM connect_links WHERE pending_key = ?',
          [pendingKey],
        );
        return pending!;
      },
      { lockKey: `connect:${pendingKey}` },
    );
  } catch (error) {
    if (isUniqueViolation(error) && input.alias !== undefined) {
      throw new ConflictError({
        field: 'alias',
        message: `User '${input.userId}' already has a ${input.toolkit} account with alias '${input.alias}'. Pick another alias, or delete that account first.`,
        cause: error,
      });
    }
    throw error;
  }
  await publishAccountChanges(runtime, changed);
  return link;
}

/**
 * Takes an unused link out of service (expired, or replaced): it stops being the pending link and
 * its account, if still waiting, becomes EXPIRED. Resolves to whether the account changed.
 */
export async function retireConnectLink(
  executor: SqlExecutor,
  link: ConnectLinkRow,
  nowText: string,
): Promise<boolean> {
  await executor.execute('UPDATE connect_links SET pending_key = NULL WHERE id = ?', [link.id]);
  return expireAccount(executor, link.connected_account_id, {
    from: 'INITIATED',
    reason: EXPIRED_LINK_REASON,
    now: nowText,
  });
}
