import type { ConnectedAccountRow } from '@toolrouter/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectThings } from './cluster/connect-things.ts';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';
import type { Instance } from './cluster/start-instance.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(3);
});
afterAll(() => cluster?.close());

const PER_INSTANCE = 100;

describe('refreshing one expired token from three instances at once', () => {
  it('3 × 100 concurrent executes: one token request, no invalid_grant, 300 successes', async () => {
    const { provider } = cluster.oauth;
    const instances = cluster.instances as [Instance, Instance, Instance];
    provider.settings.accessTokenTtlSeconds = 1;
    const { sessionId, accountId } = await connectThings(cluster, 'carol', instances);
    provider.settings.accessTokenTtlSeconds = 3600;
    const [connected] = await cluster.sql<ConnectedAccountRow>(
      'SELECT * FROM connected_accounts WHERE id = $1',
      [accountId],
    );
    const before = cluster.decryptCredentials(connected!) as { accessToken: string; expiresAt: string };
    // Let the access token really expire, at the provider too.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, Date.parse(before.expiresAt) - Date.now()) + 200),
    );

    const refreshesBefore = provider.tokenRequests.refresh_token;
    const onTheWireBefore = cluster.tokenGate.requests.refresh_token ?? 0;
    const rejectedBefore = cluster.oauth.api.calls.filter((call) => call.rejected).length;
    const results = await Promise.all(
      instances.flatMap((instance) =>
        Array.from({ length: PER_INSTANCE }, () =>
          cluster.rest(instance, 'POST', `/sessions/${sessionId}/execute`, {
            toolSlug: 'THINGS_WHOAMI',
            arguments: {},
          }),
        ),
      ),
    );

    expect(results.map((result) => result.status)).toEqual(Array(3 * PER_INSTANCE).fill(200));
    const failures = results.filter((result) => !result.body.successful);
    expect(failures.map((result) => result.body.error)).toEqual([]);
    for (const result of results) expect(result.body.data).toMatchObject({ subject: 'carol' });
    expect(JSON.stringify(results)).not.toContain('invalid_grant');
    const refreshes = provider.tokenRequests.refresh_token - refreshesBefore;
    console.info(
      `[figures] refresh race: ${refreshes} token request(s) for ${results.length} concurrent executes`,
    );
    expect(refreshes).toBe(1);
    expect(cluster.tokenGate.requests.refresh_token! - onTheWireBefore).toBe(1);
    // Nobody sent the expired token: the refresh happened before the calls, not after a 401.
    expect(cluster.oauth.api.calls.filter((call) => call.rejected).length).toBe(rejectedBefore);

    const [after] = await cluster.sql<ConnectedAccountRow>('SELECT * FROM connected_accounts WHERE id = $1', [
      accountId,
    ]);
    expect(after!.status).toBe('ACTIVE');
    const refreshed = cluster.decryptCredentials(after!) as { accessToken: string; expiresAt: string };
    expect(refreshed.accessToken).not.toBe(before.accessToken);
    expect(Date.parse(refreshed.expiresAt) - Date.now()).toBeGreaterThan(3000_000);
  });
});
