import { randomBytes } from 'node:crypto';
import { StoreError } from '@toolrouter/core';
import { ACCOUNT_REVISION_CHANNEL, migrateStore } from '@toolrouter/core/internal';
import { describe, expect, it, vi } from 'vitest';
import { withAdminClient } from './test-support/test-database.ts';
import { createTestSchema, postgresTestStore } from './test-support/test-stores.ts';

/** Collects the payloads a subscription receives. */
function inbox() {
  const payloads: string[] = [];
  return { payloads, listener: (payload: string) => payloads.push(payload) };
}

describe('postgresStore events (LISTEN/NOTIFY)', () => {
  it('delivers an event published on one store to subscribers of another store, and its own', async () => {
    const schema = createTestSchema();
    const publisher = postgresTestStore(schema);
    const subscriber = postgresTestStore(schema);
    const remote = inbox();
    const local = inbox();
    const secondRemote = inbox();
    await subscriber.subscribe('connection:ca_123', remote.listener);
    await subscriber.subscribe('connection:ca_123', secondRemote.listener);
    await publisher.subscribe('connection:ca_123', local.listener);

    await publisher.publish('connection:ca_123', JSON.stringify({ status: 'ACTIVE' }));
    await publisher.publish('connection:ca_123', 'second');
    await vi.waitFor(() => expect(remote.payloads).toEqual(['{"status":"ACTIVE"}', 'second']));
    await vi.waitFor(() => expect(local.payloads).toEqual(['{"status":"ACTIVE"}', 'second']));
    expect(secondRemote.payloads).toEqual(remote.payloads);
  });

  it('a second subscription to a channel hears what is published once it resolved', async () => {
    const schema = createTestSchema();
    const publisher = postgresTestStore(schema);
    const subscriber = postgresTestStore(schema);
    const first = inbox();
    const second = inbox();
    const firstSubscribed = subscriber.subscribe('race', first.listener);
    await subscriber.subscribe('race', second.listener);
    // Published right after the second subscription resolved: it must already be heard.
    await publisher.publish('race', 'heard');
    await firstSubscribed;
    await vi.waitFor(() => expect(second.payloads).toEqual(['heard']));
  });

  it('shares one LISTEN connection among all subscriptions of a store', async () => {
    const applicationName = `toolrouter_test_${randomBytes(4).toString('hex')}`;
    const store = postgresTestStore(createTestSchema(), { applicationName });
    for (const channel of ['a', 'b', 'c', 'd']) await store.subscribe(channel, () => {});
    const listeners = await withAdminClient(async (client) => {
      const { rows } = await client.query<{ count: string }>(
        "SELECT COUNT(*) AS count FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN%'",
        [applicationName],
      );
      return Number(rows[0]?.count);
    });
    expect(listeners).toBe(1);
  });

  it('stops delivering to a listener once it unsubscribes', async () => {
    const schema = createTestSchema();
    const store = postgresTestStore(schema);
    const other = postgresTestStore(schema);
    const gone = inbox();
    const kept = inbox();
    const marker = inbox();
    const unsubscribe = await other.subscribe('updates', gone.listener);
    await other.subscribe('updates', kept.listener);
    await other.subscribe('marker', marker.listener);
    await store.publish('updates', 'one');
    await vi.waitFor(() => expect(gone.payloads).toEqual(['one']));
    unsubscribe();
    unsubscribe();
    await store.publish('updates', 'two');
    await store.publish('marker', 'after two');
    await vi.waitFor(() => expect(marker.payloads).toEqual(['after two']));
    expect(gone.payloads).toEqual(['one']);
    expect(kept.payloads).toEqual(['one', 'two']);
  });

  it('keeps events within their schema: two deployments on one database do not hear each other', async () => {
    const first = postgresTestStore(createTestSchema());
    const second = postgresTestStore(createTestSchema());
    const firstInbox = inbox();
    const secondInbox = inbox();
    await first.subscribe('connection:ca_1', firstInbox.listener);
    await second.subscribe('connection:ca_1', secondInbox.listener);
    await first.publish('connection:ca_1', 'for first');
    await second.publish('connection:ca_1', 'for second');
    await vi.waitFor(() => expect(firstInbox.payloads).toEqual(['for first']));
    await vi.waitFor(() => expect(secondInbox.payloads).toEqual(['for second']));
  });

  it('carries channels of any name and length, and refuses a payload NOTIFY cannot carry', async () => {
    const schema = createTestSchema();
    const store = postgresTestStore(schema);
    const other = postgresTestStore(schema);
    const long = `connection:${'x'.repeat(100)}`;
    const odd = 'weird "channel"; DROP TABLE x; -- ünïcode';
    const longInbox = inbox();
    const oddInbox = inbox();
    const similar = inbox();
    await other.subscribe(long, longInbox.listener);
    await other.subscribe(odd, oddInbox.listener);
    await other.subscribe(`${long}y`, similar.listener);
    await store.publish(long, 'long');
    await store.publish(odd, 'odd ✓');
    await vi.waitFor(() => expect(longInbox.payloads).toEqual(['long']));
    await vi.waitFor(() => expect(oddInbox.payloads).toEqual(['odd ✓']));
    expect(similar.payloads).toEqual([]);

    await expect(store.publish('big', 'x'.repeat(8_000))).rejects.toSatisfy(StoreError.isInstance);
    await expect(store.publish('big', 'é'.repeat(4_000))).rejects.toThrow(/8000 bytes.*at most 7999/);
    await store.publish('big', 'x'.repeat(7_999));
  });

  it('keeps delivering to the other listeners when one throws', async () => {
    const store = postgresTestStore();
    const kept = inbox();
    await store.subscribe('c', () => {
      throw new Error('listener bug');
    });
    await store.subscribe('c', kept.listener);
    await store.publish('c', 'still delivered');
    await vi.waitFor(() => expect(kept.payloads).toEqual(['still delivered']));
  });

  it('reconnects its LISTEN connection when the server drops it, and listens again', async () => {
    const applicationName = `toolrouter_test_${randomBytes(4).toString('hex')}`;
    const schema = createTestSchema();
    const subscriber = postgresTestStore(schema, { applicationName });
    const publisher = postgresTestStore(schema);
    const received = inbox();
    const gaps: string[] = [];
    await subscriber.subscribe('after-drop', received.listener, { onGap: (phase) => gaps.push(phase) });
    const terminated = await withAdminClient(async (client) => {
      const { rows } = await client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
        [applicationName],
      );
      return rows.length;
    });
    expect(terminated).toBeGreaterThan(0);
    // Events published while it reconnects are lost (NOTIFY is not a queue), so keep publishing
    // until one arrives over the new connection.
    let sent = 0;
    await vi.waitFor(
      async () => {
        await publisher.publish('after-drop', `try ${++sent}`);
        expect(received.payloads.length).toBeGreaterThan(0);
      },
      { timeout: 15_000, interval: 100 },
    );
    // The subscriber heard of the gap: events may have been lost between its start and its end.
    expect(gaps).toEqual(['start', 'end']);
    // A new subscription on the same store works over the new connection too.
    const later = inbox();
    await subscriber.subscribe('later', later.listener);
    await publisher.publish('later', 'hello again');
    await vi.waitFor(() => expect(later.payloads).toEqual(['hello again']));
  });

  it("migration 10's triggers notify the account revision channel, for the store's writes and an operator's SQL alike", async () => {
    const schema = createTestSchema();
    const store = postgresTestStore(schema);
    await migrateStore(store);
    const received = inbox();
    await postgresTestStore(schema).subscribe(ACCOUNT_REVISION_CHANNEL, received.listener);
    const now = new Date().toISOString();
    await store.execute(
      `INSERT INTO auth_configs (id, toolkit, mode, name, is_managed, is_default, created_by, scopes, created_at, updated_at)
       VALUES ('ac_1', 'echo', 'api_key', 'echo', 0, 1, 'operator', '[]', ?, ?)`,
      [now, now],
    );
    await vi.waitFor(() => expect(received.payloads).toHaveLength(1));
    // A connection without the store's channel prefix (psql on the schema) still reaches it.
    await withAdminClient(async (client) => {
      await client.query(`SET search_path = ${schema}`);
      await client.query(`UPDATE auth_configs SET name = 'renamed' WHERE id = 'ac_1'`);
    });
    await vi.waitFor(() => expect(received.payloads).toHaveLength(2));
    // Statements that change nothing of an account or auth config notify nothing.
    await store.query('SELECT * FROM auth_configs');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.payloads).toHaveLength(2);
  });
});
