import {
  findStaleConnections,
  settleStaleConnection,
} from '../connected-account/settle-stale-connections.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';

/** What one sweep settled. */
export interface SweepStaleConnectionsResult {
  /** Accounts whose link was used up but that were never activated (the instance died midway): now FAILED. */
  failed: number;
  /** Accounts whose link expired unused: now EXPIRED. */
  expired: number;
}

const BATCH = 200;

/**
 * Settles every INITIATED account that no link can finish any more (see `settleStaleConnection`)
 * and tells their waiters. Reads and decisions already settle such accounts on the way
 * (`waitForConnection`, `authorize`); the sweep puts lists and dashboards right too. Safe to run
 * on every instance at once: each account is settled by one conditional UPDATE.
 */
export async function sweepStaleConnections(runtime: RouterRuntime): Promise<SweepStaleConnectionsResult> {
  const result: SweepStaleConnectionsResult = { failed: 0, expired: 0 };
  for (;;) {
    const stale = await findStaleConnections(runtime, runtime.store, { limit: BATCH });
    const changed: string[] = [];
    for (const account of stale) {
      const progress = await settleStaleConnection(runtime, runtime.store, account);
      if (!progress.settled) continue;
      changed.push(account.id);
      if (progress.status === 'FAILED') result.failed++;
      else result.expired++;
    }
    await publishAccountChanges(runtime, changed);
    // A batch that settled nothing (others did meanwhile) ends the sweep, so it always ends.
    if (stale.length < BATCH || changed.length === 0) return result;
  }
}
