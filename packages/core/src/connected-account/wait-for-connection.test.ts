import { afterEach, describe, expect, it } from 'vitest';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { migrateStore } from '../store/migrate-store.ts';
import { sqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { waitForConnection } from './wait-for-connection.ts';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** A store with one INITIATED account (no link, so nothing settles it) and the parts of a runtime a wait uses. */
async function waitingAccount(onSubscribed: () => void): Promise<RouterRuntime> {
  store = sqliteStore(':memory:');
  await migrateStore(store);
  const now = new Date().toISOString();
  await store.execute(
    `INSERT INTO connected_accounts (id, user_id, toolkit, auth_config_id, status, created_at, updated_at)
     VALUES ('ca_waiting', 'alice', 'echo', 'ac_1', 'INITIATED', ?, ?)`,
    [now, now],
  );
  const inner = store;
  const watched: Store = {
    ...inner,
    subscribe: async (channel, listener) => {
      const unsubscribe = await inner.subscribe(channel, listener);
      onSubscribed();
      return unsubscribe;
    },
  };
  return { store: watched, now: () => new Date() } as unknown as RouterRuntime;
}

describe('waitForConnection', () => {
  it('rejects with the abort reason when the signal aborts while the first read runs', async () => {
    const controller = new AbortController();
    const runtime = await waitingAccount(() => controller.abort(new Error('the user left')));
    await expect(waitForConnection(runtime, 'ca_waiting', 60_000, controller.signal)).rejects.toThrow(
      'the user left',
    );
  });
});
