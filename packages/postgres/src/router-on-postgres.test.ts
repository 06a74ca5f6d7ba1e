import { randomBytes } from 'node:crypto';
import { type Store, StoreError, type ToolkitDefinition, ToolRouter } from '@toolrouter/core';
import { MIGRATIONS, migrateStore } from '@toolrouter/core/internal';
import { type EchoApi, echoToolkit, startEchoApi } from '@toolrouter/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from './test-support/test-database.ts';
import { createTestSchema, postgresTestStore } from './test-support/test-stores.ts';

let api: EchoApi;
const key = randomBytes(32).toString('base64');
const SECRET = 'sk-live-0123456789-very-secret-value';

beforeAll(async () => {
  api = await startEchoApi({ [SECRET]: 'alice-work' });
});
afterAll(() => api.close());

function routerOn(store: Store, toolkit: ToolkitDefinition = echoToolkit) {
  return new ToolRouter({
    store,
    builtinToolkits: false,
    toolkits: [toolkit],
    toolkitBaseUrls: { echo: api.url },
    encryptionKeys: [key],
  });
}

/** Every value of every text column in a schema. */
async function allText(schema: string): Promise<string> {
  return withAdminClient(async (client) => {
    const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 AND data_type = 'text'",
      [schema],
    );
    expect(columns.length).toBeGreaterThan(10);
    const values: string[] = [];
    for (const { table_name, column_name } of columns) {
      const { rows } = await client.query(
        `SELECT "${column_name}" AS value FROM "${schema}"."${table_name}"`,
      );
      for (const row of rows) if (row.value !== null) values.push(row.value as string);
    }
    return values.join('\n');
  });
}

describe('a ToolRouter on PostgreSQL', () => {
  it('keeps accounts and sessions across a restart', async () => {
    const schema = createTestSchema();
    const first = routerOn(postgresTestStore(schema));
    const authConfig = await first.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const account = await first.connectedAccounts.create({
      userId: 'alice',
      authConfigId: authConfig.id,
      credentials: { apiKey: SECRET },
      alias: 'work',
    });
    const session = await first.create('alice', { toolkits: ['echo'] });
    await first.close();

    const second = routerOn(postgresTestStore(schema));
    expect(await second.connectedAccounts.get(account.id)).toEqual(account);
    expect(await second.authConfigs.get(authConfig.id)).toEqual(authConfig);
    const reopened = await second.sessions.use(session.sessionId);
    expect(reopened.config).toEqual({ toolkits: ['echo'] });
    expect(reopened.mcp).toEqual(session.mcp);
    const result = await reopened.execute('ECHO_GET', { id: '7' });
    expect(result.data).toMatchObject({ account: 'alice-work', path: '/things/7' });
    expect((await second.logs.list()).items.map((log) => log.id)).toContain(result.logId);
    await second.close();
  });

  it('stores no secret in plain text: no text column of any table holds one', async () => {
    const schema = createTestSchema();
    const router = routerOn(postgresTestStore(schema));
    const oauthSecret = 'oauth-client-secret-value-42';
    const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    await router.connectedAccounts.create({
      userId: 'alice',
      authConfigId: authConfig.id,
      credentials: { apiKey: SECRET },
    });
    const session = await router.create('alice');
    await session.execute('ECHO_GET', { id: '1' });
    await router.close();
    const oauthRouter = routerOn(postgresTestStore(schema), {
      ...echoToolkit,
      auth: [{ mode: 'oauth2', authorizationUrl: 'https://a.invalid/a', tokenUrl: 'https://a.invalid/t' }],
    });
    await oauthRouter.authConfigs.create({
      toolkit: 'echo',
      mode: 'oauth2',
      credentials: { clientId: 'cid', clientSecret: oauthSecret },
    });
    await oauthRouter.close();

    const text = await allText(schema);
    expect(text).toContain('alice');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(oauthSecret);
    expect(text).not.toContain(session.mcp.headers.Authorization.replace('Bearer ', ''));
  });

  it('rejects ciphertext moved to another row', async () => {
    const schema = createTestSchema();
    const router = routerOn(postgresTestStore(schema));
    const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const alice = await router.connectedAccounts.create({
      userId: 'alice',
      authConfigId: authConfig.id,
      credentials: { apiKey: SECRET },
    });
    const mallory = await router.connectedAccounts.create({
      userId: 'mallory',
      authConfigId: authConfig.id,
      credentials: { apiKey: 'mallory-key-0000' },
    });
    await withAdminClient((client) =>
      client.query(
        `UPDATE "${schema}".connected_accounts SET credentials = (SELECT credentials FROM "${schema}".connected_accounts WHERE id = $1) WHERE id = $2`,
        [alice.id, mallory.id],
      ),
    );
    const stolen = await (await router.create('mallory')).execute('ECHO_GET', { id: 'stolen' });
    expect(stolen.successful).toBe(false);
    expect(stolen.error).toMatch(/failed authentication/);
    expect(api.calls.some((call) => call.path === '/things/stolen')).toBe(false);
  });

  it('refuses a schema newer than the code', async () => {
    const store = postgresTestStore();
    await migrateStore(store, [
      ...MIGRATIONS,
      { version: 99, name: 'future', statements: ['CREATE TABLE future (id TEXT)'] },
    ]);
    await expect(migrateStore(store)).rejects.toSatisfy(StoreError.isInstance);
    await expect(migrateStore(store)).rejects.toThrow(/schema is at version 99, newer than this toolrouter/);
  });

  it('migrates once when several instances start together', async () => {
    const schema = createTestSchema();
    // The first instance creates the schema before the race (creating it is not what is tested).
    await postgresTestStore(schema).query('SELECT 1');
    const stores = Array.from({ length: 4 }, () => postgresTestStore(schema));
    const applied = await Promise.all(stores.map((store) => migrateStore(store)));
    // Each migration is its own locked transaction, so the instances may share the work; every
    // migration is applied exactly once in all.
    expect(applied.reduce((sum, count) => sum + count, 0)).toBe(MIGRATIONS.length);
    expect(await stores[0]!.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual(
      MIGRATIONS.map((migration) => ({ version: migration.version })),
    );
  });

  it("creates the router's own auth config exactly once when two routers race for it", async () => {
    const schema = createTestSchema();
    const first = routerOn(postgresTestStore(schema));
    const second = routerOn(postgresTestStore(schema));
    await first.ready();
    await second.ready();
    const sessions = [
      await first.create('alice', { toolkits: ['echo'] }),
      await second.create('bob', { toolkits: ['echo'] }),
    ];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        sessions[index % 2]!.execute('ECHO_GET', { id: String(index) }),
      ),
    );
    for (const result of results)
      expect(result.data).toMatchObject({ connection_required: true, toolkit: 'echo' });
    const configs = await first.authConfigs.list({ toolkit: 'echo' });
    expect(configs).toHaveLength(1);
    expect(configs[0]).toMatchObject({ createdBy: 'router', isDefault: true });
    expect(await second.authConfigs.list()).toEqual(configs);
    expect(
      new Set(results.map((result) => (result.data as { auth_config_id: string }).auth_config_id)),
    ).toEqual(new Set([configs[0]!.id]));
  });
});
