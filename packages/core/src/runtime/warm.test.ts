import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../store/memory-store.ts';
import { echoToolkit, publicEchoToolkit } from '../test-support/echo-toolkits.ts';
import { ToolRouter } from '../tool-router.ts';

function router() {
  return new ToolRouter({
    store: memoryStore(),
    builtinToolkits: false,
    toolkits: [echoToolkit, publicEchoToolkit],
    encryptionKeys: [randomBytes(32).toString('base64')],
  });
}

describe('router.warm()', () => {
  it('builds the search index of every tool and reports what it took', async () => {
    const warmed = router();
    const { searchIndex, garbageCollectionMs } = await warmed.warm();
    const tools = await warmed.tools.list();
    expect(searchIndex).not.toBeNull();
    expect(searchIndex!.tools).toBeGreaterThanOrEqual(tools.length);
    expect(searchIndex!.buildMs).toBeGreaterThan(0);
    expect(searchIndex!.heapBytes).toBeGreaterThanOrEqual(0);
    expect(garbageCollectionMs).toBeGreaterThan(0);
  });

  it('builds the index once: the first search uses it, a second warm() reports the same build', async () => {
    const warmed = router();
    const first = await warmed.warm();
    const session = await warmed.create('alice', { toolkits: ['publicecho'] });
    const hits = await session.search({ query: 'get a thing by id' });
    expect(hits.map((hit) => hit.slug)).toContain('PUBLICECHO_GET');
    expect((await warmed.warm()).searchIndex).toEqual(first.searchIndex);
  });

  it('without warm() the first search builds the index, and warm() then reports that build', async () => {
    const lazy = router();
    const session = await lazy.create('alice', { toolkits: ['publicecho'] });
    await session.search({ query: 'delete a thing' });
    const { searchIndex } = await lazy.warm();
    expect(searchIndex?.tools).toBeGreaterThan(0);
  });

  it('runs the session search path once, on a throwaway session that leaves nothing in the store', async () => {
    const store = memoryStore();
    const statements: string[] = [];
    const watched = {
      ...store,
      query: ((sql, params) => {
        statements.push(sql);
        return store.query(sql, params);
      }) as typeof store.query,
      execute: ((sql, params) => {
        statements.push(sql);
        return store.execute(sql, params);
      }) as typeof store.execute,
    };
    const warmed = new ToolRouter({
      store: watched,
      builtinToolkits: false,
      toolkits: [echoToolkit, publicEchoToolkit],
      encryptionKeys: [randomBytes(32).toString('base64')],
    });
    await warmed.ready();
    statements.length = 0;
    await warmed.warm();
    // The toolkit description and account lookups of a search ran (their statements are prepared)...
    expect(statements.some((sql) => /FROM auth_configs/.test(sql))).toBe(true);
    // ...and only reads: no session, log or account was written.
    expect(statements.filter((sql) => !/^\s*SELECT/i.test(sql))).toEqual([]);
    expect(await warmed.sessions.list()).toEqual([]);
    await warmed.close();
  });
});
