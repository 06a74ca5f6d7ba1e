import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecutionLogNotFoundError } from '../errors/execution-log-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { Store } from '../store/store.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { explainQuery } from '../test-support/explain-query.ts';
import { type EchoApi, startEchoApi } from '../test-support/start-echo-api.ts';
import { testStore } from '../test-support/test-store.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';

const API_KEY = 'key-alice-0123456789';

let api: EchoApi;
beforeAll(async () => {
  api = await startEchoApi({ [API_KEY]: 'alice' });
});
afterAll(() => api.close());

/** A router with alice's echo account, and its store for reading raw rows. */
async function connectedRouter(options: ToolRouterOptions = {}) {
  const store = testStore();
  const router = createEchoRouter(api.url, { ...options, store });
  const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
  await router.connectedAccounts.create({
    userId: 'alice',
    authConfigId: authConfig.id,
    credentials: { apiKey: API_KEY },
  });
  return { router, store };
}

async function rawRow(store: Store, id: string): Promise<Record<string, unknown>> {
  const [row] = await store.query<Record<string, unknown>>('SELECT * FROM execution_logs WHERE id = ?', [id]);
  return row!;
}

describe('router.logs.get: arguments and result, redacted', () => {
  it('keeps what the call got and gave, never a secret: credential values and secret-looking keys', async () => {
    const { router, store } = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo'] });
    const result = await session.execute('ECHO_CREATE', {
      name: `copy of ${API_KEY}`,
      password: 'hunter2-hunter2',
      nested: { Authorization: 'Bearer abcdefgh12345678', max_tokens: 5 },
    });
    expect(result.successful).toBe(true);

    const log = await router.logs.get(result.logId);
    expect(log).toMatchObject({ id: result.logId, toolSlug: 'ECHO_CREATE', successful: true });
    expect(log.arguments).toEqual({
      truncated: false,
      value: {
        name: 'copy of [REDACTED]',
        password: '[REDACTED]',
        nested: { Authorization: '[REDACTED]', max_tokens: 5 },
      },
    });
    // The result is the echo API's answer: the body it got, also masked.
    expect(log.result).toMatchObject({
      truncated: false,
      value: { account: 'alice', path: '/things', body: { password: '[REDACTED]' } },
    });

    const stored = JSON.stringify(await rawRow(store, result.logId));
    for (const secret of [
      API_KEY,
      Buffer.from(API_KEY).toString('base64'),
      'hunter2-hunter2',
      'abcdefgh12345678',
    ]) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).toContain('[REDACTED]');
  });

  it('parses arguments sent as a JSON string, and logs meta-tool calls with theirs', async () => {
    const { router } = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo'] });
    const direct = await session.execute('ECHO_GET', '{"id":"7","api_key":"zzzzzzzz"}' as never);
    expect((await router.logs.get(direct.logId)).arguments).toEqual({
      truncated: false,
      value: { id: '7', api_key: '[REDACTED]' },
    });
    const search = await session.execute('TOOLROUTER_SEARCH_TOOLS', {
      queries: [{ use_case: 'get a thing' }],
    });
    const meta = await router.logs.get(search.logId);
    expect(meta.arguments).toEqual({ truncated: false, value: { queries: [{ use_case: 'get a thing' }] } });
    expect(meta.result).not.toBeNull();
  });

  it('cuts a payload past the cap and says so', async () => {
    const { router } = await connectedRouter({ logs: { maxPayloadBytes: 64 } });
    const session = await router.create('alice', { toolkits: ['echo'] });
    const name = 'é'.repeat(100);
    const result = await session.execute('ECHO_CREATE', { name });
    const log = await router.logs.get(result.logId);
    const whole = JSON.stringify({ name });
    expect(log.arguments).toMatchObject({ truncated: true, bytes: Buffer.byteLength(whole) });
    const preview = (log.arguments as { preview: string }).preview;
    expect(Buffer.byteLength(preview)).toBeLessThanOrEqual(64);
    expect(Buffer.byteLength(preview)).toBeGreaterThan(60);
    expect(whole.startsWith(preview)).toBe(true);
    expect(log.result).toMatchObject({ truncated: true });
  });

  it.each([
    ['the logs option', { logs: { payloads: false } }],
    ['TOOLROUTER_LOG_PAYLOADS=off', { env: { TOOLROUTER_LOG_PAYLOADS: 'off' } }],
  ] as const)('keeps no arguments or result when turned off by %s', async (_how, options) => {
    const { router, store } = await connectedRouter(options);
    const session = await router.create('alice', { toolkits: ['echo'] });
    const result = await session.execute('ECHO_GET', { id: 'secret-looking-id' });
    expect(result.successful).toBe(true);
    expect(await router.logs.get(result.logId)).toMatchObject({ arguments: null, result: null });
    const row = await rawRow(store, result.logId);
    expect([row.arguments, row.result]).toEqual([null, null]);
    expect(JSON.stringify(row)).not.toContain('secret-looking-id');
  });

  it('list stays light, and an unknown id is an ExecutionLogNotFoundError', async () => {
    const { router } = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo'] });
    await session.execute('ECHO_GET', { id: '1' });
    const [item] = (await router.logs.list()).items;
    expect(item).not.toHaveProperty('arguments');
    expect(item).not.toHaveProperty('result');
    const missing = router.logs.get('log_missing');
    await expect(missing).rejects.toSatisfy(ExecutionLogNotFoundError.isInstance);
    await expect(missing).rejects.toThrow(/log_missing/);
  });
});

describe('router.logs.list by time', () => {
  async function seeded() {
    const { router, store } = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo'] });
    await session.execute('ECHO_GET', { id: '1' }); // the router's own row: now
    const times = ['2026-01-01T10:00:00.000Z', '2026-01-02T10:00:00.000Z', '2026-01-03T10:00:00.000Z'];
    for (const [index, time] of times.entries()) {
      await store.execute(
        `INSERT INTO execution_logs (id, session_id, user_id, toolkit, tool_slug, connected_account_id, successful, error, status_code, duration_ms, created_at)
         VALUES (?, NULL, 'alice', 'echo', 'ECHO_GET', NULL, 1, NULL, 200, 1, ?)`,
        [`log_seeded${index}`, time],
      );
    }
    return { router, store };
  }
  const ids = (page: { items: Array<{ id: string }> }) => page.items.map((item) => item.id);

  it('takes since (inclusive) and until (exclusive) as ISO text or a Date, with the other filters', async () => {
    const { router } = await seeded();
    expect(
      ids(await router.logs.list({ since: '2026-01-02T10:00:00Z', until: '2026-01-03T10:00:00Z' })),
    ).toEqual(['log_seeded1']);
    expect(ids(await router.logs.list({ until: new Date('2026-01-02T10:00:00Z') }))).toEqual(['log_seeded0']);
    expect(
      ids(await router.logs.list({ since: '2026-01-02', until: '2026-02-01', userId: 'alice' })),
    ).toEqual(['log_seeded2', 'log_seeded1']);
    const page = await router.logs.list({ since: '2026-01-01', until: '2026-02-01', limit: 2 });
    expect(ids(page)).toEqual(['log_seeded2', 'log_seeded1']);
    expect(ids(await router.logs.list({ since: '2026-01-01', cursor: page.nextCursor! }))).toEqual([
      'log_seeded0',
    ]);
    expect((await router.logs.list({ since: new Date(Date.now() - 60_000) })).items).toHaveLength(1);
  });

  it('refuses a time it cannot read, naming the field', async () => {
    const { router } = await seeded();
    const refused = router.logs.list({ since: 'yesterday' });
    await expect(refused).rejects.toSatisfy(ValidationError.isInstance);
    await expect(refused).rejects.toMatchObject({ field: 'since' });
  });

  it('answers a time window newest first from an index, not by sorting the table', async () => {
    const { store } = await seeded();
    if (store.dialect !== 'sqlite') {
      // PostgreSQL picks by table statistics (a 4-row table is scanned); the index must be there.
      const indexes = await store.query(
        'SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?',
        ['execution_logs_created'],
      );
      expect(indexes).toHaveLength(1);
      return;
    }
    const plan = await explainQuery(
      store,
      'SELECT id FROM execution_logs WHERE created_at >= ? AND created_at < ? ORDER BY created_at DESC, id DESC LIMIT ?',
      ['2026-01-01', '2026-02-01', 51],
    );
    expect(plan).toEqual([expect.objectContaining({ kind: 'index', index: 'execution_logs_created' })]);
  });
});
