import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(3);
});
afterAll(() => cluster?.close());

describe('creating auth configs and connect links from three instances at once', () => {
  it('one user, concurrent executes and authorize calls on every instance: one auth config, one pending link', async () => {
    const session = await cluster.rest(cluster.instances[0]!, 'POST', '/sessions', {
      userId: 'dave',
      config: { toolkits: ['notes'] },
    });
    const calls = cluster.instances.flatMap((instance) => [
      ...Array.from({ length: 10 }, () =>
        cluster.rest(instance, 'POST', `/sessions/${session.body.sessionId}/execute`, {
          toolSlug: 'NOTES_GET',
          arguments: { id: 'n1' },
        }),
      ),
      ...Array.from({ length: 5 }, () =>
        cluster.rest(instance, 'POST', `/sessions/${session.body.sessionId}/authorize`, { toolkit: 'notes' }),
      ),
    ]);
    const results = await Promise.all(calls);

    const executes = results.filter((result) => result.status === 200);
    const authorizations = results.filter((result) => result.status === 201);
    expect(executes).toHaveLength(30);
    expect(authorizations).toHaveLength(15);
    const links = new Set([
      ...executes.map((result) => {
        expect(result.body).toMatchObject({ successful: false, data: { connection_required: true } });
        return result.body.data.redirect_url as string;
      }),
      ...authorizations.map((result) => result.body.redirectUrl as string),
    ]);
    expect(links.size).toBe(1);
    expect(new Set(authorizations.map((result) => result.body.id)).size).toBe(1);

    const authConfigs = await cluster.sql('SELECT id, created_by FROM auth_configs WHERE toolkit = $1', [
      'notes',
    ]);
    expect(authConfigs).toEqual([{ id: expect.any(String), created_by: 'router' }]);
    const pending = await cluster.sql(
      'SELECT id, connected_account_id FROM connect_links WHERE user_id = $1 AND used_at IS NULL',
      ['dave'],
    );
    expect(pending).toHaveLength(1);
    expect(`${cluster.env.TOOLROUTER_BASE_URL}/connect/${(pending[0] as { id: string }).id}`).toBe(
      [...links][0],
    );
    const accounts = await cluster.sql(
      'SELECT id, status, auth_config_id FROM connected_accounts WHERE user_id = $1',
      ['dave'],
    );
    expect(accounts).toEqual([
      {
        id: (pending[0] as { connected_account_id: string }).connected_account_id,
        status: 'INITIATED',
        auth_config_id: (authConfigs[0] as { id: string }).id,
      },
    ]);
  });

  it('twelve users at once on every instance: still one auth config, and one pending link each', async () => {
    const users = Array.from({ length: 12 }, (_, index) => `user-${index}`);
    const sessions = await Promise.all(
      users.map((userId, index) =>
        cluster.rest(cluster.instances[index % 3]!, 'POST', '/sessions', {
          userId,
          config: { toolkits: ['echo'] },
        }),
      ),
    );
    const results = await Promise.all(
      sessions.flatMap((session) =>
        cluster.instances.map((instance) =>
          cluster.rest(instance, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
            toolkit: 'echo',
          }),
        ),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array(36).fill(201));

    expect(await cluster.sql('SELECT created_by FROM auth_configs WHERE toolkit = $1', ['echo'])).toEqual([
      { created_by: 'router' },
    ]);
    const pending = await cluster.sql<{ user_id: string; count: number }>(
      'SELECT user_id, count(*)::int AS count FROM connect_links WHERE toolkit = $1 AND used_at IS NULL GROUP BY user_id ORDER BY user_id',
      ['echo'],
    );
    expect(pending).toEqual([...users].sort().map((user_id) => ({ user_id, count: 1 })));
    const accounts = await cluster.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM connected_accounts WHERE toolkit = $1',
      ['echo'],
    );
    expect(accounts).toEqual([{ count: 12 }]);
  });
});
