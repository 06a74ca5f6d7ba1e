import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectThings } from './cluster/connect-things.ts';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';
import type { Instance } from './cluster/start-instance.ts';

const POOL = 3;
const REFRESHING = 4;
const BYSTANDER_CALLS = 20;

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(2, { env: { TEST_PG_POOL_MAX: String(POOL) } });
});
afterAll(() => cluster?.close());

describe('a slow token endpoint and the PostgreSQL pool', () => {
  it(`${REFRESHING} refreshes waiting on the provider hold no connection: unrelated calls on a pool of ${POOL} all succeed, and each account is refreshed once`, async () => {
    const [a, b] = cluster.instances as [Instance, Instance];
    const { provider } = cluster.oauth;
    provider.settings.accessTokenTtlSeconds = 1;
    const accounts = [];
    for (let index = 0; index < REFRESHING; index++) {
      accounts.push(await connectThings(cluster, `slow-${index}`, [a, b, b]));
    }
    provider.settings.accessTokenTtlSeconds = 3600;
    const authConfig = await cluster.rest(a, 'POST', '/auth-configs', {
      toolkit: 'echo',
      mode: 'api_key',
      isDefault: true,
    });
    cluster.echoAccounts['bystander-key'] = 'bystander';
    await cluster.rest(a, 'POST', '/connected-accounts', {
      userId: 'bystander',
      authConfigId: authConfig.body.id,
      credentials: { apiKey: 'bystander-key' },
    });
    const bystander = await cluster.rest(a, 'POST', '/sessions', {
      userId: 'bystander',
      config: { toolkits: ['echo'] },
    });
    await new Promise((resolve) => setTimeout(resolve, 1200));

    const refreshesBefore = provider.tokenRequests.refresh_token;
    cluster.tokenGate.hold();
    // Each account refreshed from both instances at once: the lease lets one token request through.
    const refreshing = accounts.flatMap(({ sessionId }) =>
      [a, b, a].map((instance) =>
        cluster.rest(instance, 'POST', `/sessions/${sessionId}/execute`, {
          toolSlug: 'THINGS_WHOAMI',
          arguments: {},
        }),
      ),
    );
    while ((cluster.tokenGate.requests.refresh_token ?? 0) < REFRESHING) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));

    const started = Date.now();
    const unrelated = await Promise.all(
      Array.from({ length: BYSTANDER_CALLS }, () =>
        cluster.rest(a, 'POST', `/sessions/${bystander.body.sessionId}/execute`, {
          toolSlug: 'ECHO_GET',
          arguments: { id: '1' },
        }),
      ),
    );
    const unrelatedMs = Date.now() - started;
    cluster.tokenGate.release();
    const refreshed = await Promise.all(refreshing);

    const served = unrelated.filter((result) => result.status === 200 && result.body.successful).length;
    const refreshes = provider.tokenRequests.refresh_token - refreshesBefore;
    console.info(
      `[figures] slow token endpoint, pool ${POOL}: ${served}/${BYSTANDER_CALLS} unrelated executes served (in ${unrelatedMs} ms) while ${REFRESHING} refreshes waited; ${refreshes} token request(s) for ${refreshing.length} executes on ${REFRESHING} accounts`,
    );
    expect(unrelated.map((result) => result.status)).toEqual(Array(BYSTANDER_CALLS).fill(200));
    expect(served).toBe(BYSTANDER_CALLS);
    expect(refreshed.map((result) => result.body.successful)).toEqual(Array(refreshing.length).fill(true));
    expect(refreshes).toBe(REFRESHING);
  });
});
