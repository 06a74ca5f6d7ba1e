import { describe, expect, it } from 'vitest';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi();

describe('session.execute of an HTTP tool', () => {
  it('answers arguments the request cannot carry with a result and a log, not an exception', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['publicecho'] });
    const before = api.calls.length;
    const result = await session.execute('PUBLICECHO_GET', { id: '..' });
    expect(result.successful).toBe(false);
    expect(result.error).toMatch(/field 'id' must not be '\.' or '\.\.'/);
    expect(api.calls.length).toBe(before);
    const logs = await router.logs.list({ sessionId: session.sessionId });
    expect(logs.items[0]).toMatchObject({ id: result.logId, toolSlug: 'PUBLICECHO_GET', successful: false });
  });

  it('keeps the other calls of a multi-execute when one cannot be sent', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['publicecho'] });
    const result = await session.execute('TOOLROUTER_MULTI_EXECUTE_TOOL', {
      tools: [
        { tool_slug: 'PUBLICECHO_GET', arguments: { id: '..' } },
        { tool_slug: 'PUBLICECHO_GET', arguments: { id: '7' } },
      ],
    });
    expect(result.error).toBeNull();
    const { results } = result.data as { results: Array<{ successful: boolean; data: unknown }> };
    expect(results.map((item) => item.successful)).toEqual([false, true]);
    expect(results[1]!.data).toMatchObject({ path: '/things/7' });
  });
});
