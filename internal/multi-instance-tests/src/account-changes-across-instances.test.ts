import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(2);
});
afterAll(() => cluster?.close());

/**
 * Well under the account resolution cache's 5 s maximum age: an instance that sees a change within
 * it heard of it from migration 10's NOTIFY, not from its entry growing old.
 */
const WITHIN_MS = 1_500;

describe('account changes reach the account resolution cache of every instance', () => {
  it('another instance stops using a disabled or revoked account and picks up a newer one', async () => {
    const [a, b] = cluster.instances as [(typeof cluster.instances)[0], (typeof cluster.instances)[0]];
    cluster.echoAccounts['rita-home-key'] = 'rita-home';
    cluster.echoAccounts['rita-work-key'] = 'rita-work';
    const authConfig = await cluster.rest(a, 'POST', '/auth-configs', {
      toolkit: 'echo',
      mode: 'api_key',
      isDefault: true,
    });
    const connect = async (apiKey: string) =>
      (
        await cluster.rest(a, 'POST', '/connected-accounts', {
          userId: 'rita',
          authConfigId: authConfig.body.id,
          credentials: { apiKey },
        })
      ).body.id as string;
    const home = await connect('rita-home-key');
    const session = await cluster.rest(a, 'POST', '/sessions', {
      userId: 'rita',
      config: { toolkits: ['echo'] },
    });
    /** Which account ran a call on instance B: the echo API's label, or 'connection_required'. */
    const ranOnB = async () => {
      const result = await cluster.rest(b, 'POST', `/sessions/${session.body.sessionId}/execute`, {
        toolSlug: 'ECHO_GET',
        arguments: { id: '1' },
      });
      if (result.body.data?.connection_required) return 'connection_required';
      return String(result.body.data?.account);
    };
    const seenOnB = async (expected: string) => {
      const started = performance.now();
      await expect.poll(ranOnB, { timeout: WITHIN_MS, interval: 5 }).toBe(expected);
      return performance.now() - started;
    };

    // B resolves the account and keeps it.
    expect(await ranOnB()).toBe('rita-home');
    expect(await ranOnB()).toBe('rita-home');

    // Changed on A: a newer account wins on B.
    const work = await connect('rita-work-key');
    const newer = await seenOnB('rita-work');

    // Disabled on A: B falls back to the older one.
    expect((await cluster.rest(a, 'POST', `/connected-accounts/${work}/disable`)).status).toBe(200);
    const disabled = await seenOnB('rita-home');

    // Revoked by an operator's SQL, past every instance: B has no account left to run with.
    await cluster.sql(`UPDATE connected_accounts SET status = 'REVOKED' WHERE id = $1`, [home]);
    const revoked = await seenOnB('connection_required');
    console.info(
      `[figures] account changes seen on another instance after: newer ${newer.toFixed(0)} ms, disabled ${disabled.toFixed(0)} ms, revoked by SQL ${revoked.toFixed(0)} ms`,
    );
  });
});
