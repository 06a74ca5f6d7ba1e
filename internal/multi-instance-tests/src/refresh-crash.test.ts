import type { ConnectedAccountRow } from '@toolrouter/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeOAuthInBrowser, connectThings } from './cluster/connect-things.ts';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';
import type { Instance } from './cluster/start-instance.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(2);
});
afterAll(() => cluster?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const accountRow = async (accountId: string) =>
  (await cluster.sql<ConnectedAccountRow>('SELECT * FROM connected_accounts WHERE id = $1', [accountId]))[0]!;

/** Where in a refresh the instance dies. */
type Step = 'request held before the provider' | 'provider rotated, answer not stored' | 'answer stored';

describe('kill -9 at each step of a token refresh', () => {
  it('the account survives when the provider did not rotate, and is reported as an interrupted refresh when it did', async () => {
    const [, survivor] = cluster.instances as [Instance, Instance];
    const { provider } = cluster.oauth;
    const outcomes: string[] = [];
    let index = 0;
    for (const step of [
      'request held before the provider',
      'provider rotated, answer not stored',
      'answer stored',
    ] as Step[]) {
      const victim = index === 0 ? cluster.instances[0]! : await cluster.startInstance(`A${index}`);
      index++;
      provider.settings.accessTokenTtlSeconds = 1;
      const { sessionId, accountId } = await connectThings(cluster, `crash-${index}`, [
        victim,
        survivor,
        survivor,
      ]);
      provider.settings.accessTokenTtlSeconds = 3600;
      await sleep(1200);
      const execute = (instance: Instance) =>
        cluster.rest(instance, 'POST', `/sessions/${sessionId}/execute`, {
          toolSlug: 'THINGS_WHOAMI',
          arguments: {},
        });

      if (step === 'answer stored') {
        expect((await execute(victim)).body).toMatchObject({ successful: true });
        await victim.kill();
      } else {
        if (step === 'request held before the provider') cluster.tokenGate.hold();
        else cluster.tokenGate.holdAnswers();
        const call = execute(victim).catch(() => 'connection lost');
        await cluster.tokenGate.held();
        await victim.kill();
        expect(await call).toBe('connection lost');
        cluster.tokenGate.drop();
        const [marker] = await cluster.sql<{ holder: string | null }>(
          'SELECT holder FROM credential_refreshes WHERE connected_account_id = $1',
          [accountId],
        );
        // The marker of the refresh in flight outlives the process.
        expect(marker!.holder).toEqual(expect.any(String));
        // Its lease runs out (30 s); the test does not wait for it.
        await cluster.sql(
          'UPDATE credential_refreshes SET lease_until = $1 WHERE connected_account_id = $2',
          [new Date(Date.now() - 1000).toISOString(), accountId],
        );
      }

      const after = await execute(survivor);
      const row = await accountRow(accountId);
      outcomes.push(`${step}: ${row.status}${after.body.successful ? ', call served' : ''}`);
      if (step === 'provider rotated, answer not stored') {
        expect(after.body.successful).toBe(false);
        expect(row.status).toBe('EXPIRED');
        expect(row.status_reason).toMatch(
          /token refresh started at .* was interrupted before its answer was stored/,
        );
        expect(after.body.error).toMatch(/was interrupted/);
      } else {
        expect(after.body).toMatchObject({ successful: true, data: { subject: `crash-${index}` } });
        expect(row.status).toBe('ACTIVE');
      }
    }
    console.info(`[figures] kill -9 during refresh: ${outcomes.join('; ')}`);
  });
});

describe('kill -9 at each step of an OAuth callback', () => {
  it('an account never ends ACTIVE without its tokens, and the user can connect again', async () => {
    const survivor = cluster.instances[1]!;
    const outcomes: string[] = [];
    let index = 0;
    for (const step of ['provider answered, tokens not stored', 'tokens stored'] as const) {
      index++;
      const victim = await cluster.startInstance(`C${index}`);
      const userId = `callback-${index}`;
      const session = await cluster.rest(survivor, 'POST', '/sessions', {
        userId,
        config: { toolkits: ['things'] },
      });
      const request = await cluster.rest(survivor, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
        toolkit: 'things',
      });
      if (step === 'provider answered, tokens not stored') cluster.tokenGate.holdAnswers();
      const callback = completeOAuthInBrowser({
        linkId: request.body.linkId,
        pageOn: survivor,
        callbackOn: victim,
        login: userId,
      }).then(
        ({ callback }) => callback.status,
        () => 'connection lost',
      );
      if (step === 'provider answered, tokens not stored') {
        await cluster.tokenGate.held();
        await victim.kill();
        cluster.tokenGate.drop();
        expect(await callback).toBe('connection lost');
      } else {
        expect(await callback).toBe(200);
        await victim.kill();
      }
      const row = await accountRow(request.body.id);
      outcomes.push(`${step}: ${row.status}${row.credentials ? ' with tokens' : ' without tokens'}`);
      if (step === 'tokens stored') {
        expect(row.status).toBe('ACTIVE');
        expect(cluster.decryptCredentials(row)).toMatchObject({ accessToken: expect.any(String) });
      } else {
        expect(row).toMatchObject({ status: 'INITIATED', credentials: null });
        // The user starts over on a surviving instance.
        const again = await cluster.rest(survivor, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
          toolkit: 'things',
        });
        const { callback: done } = await completeOAuthInBrowser({
          linkId: again.body.linkId,
          pageOn: survivor,
          callbackOn: survivor,
          login: userId,
        });
        expect(done.status).toBe(200);
      }
      const result = await cluster.rest(survivor, 'POST', `/sessions/${session.body.sessionId}/execute`, {
        toolSlug: 'THINGS_WHOAMI',
        arguments: {},
      });
      expect(result.body).toMatchObject({ successful: true, data: { subject: userId } });
    }
    console.info(`[figures] kill -9 during OAuth callback: ${outcomes.join('; ')}`);
  });
});
