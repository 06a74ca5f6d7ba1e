import { randomBytes } from 'node:crypto';
import { type Store, ToolRouter } from '@toolrouter/core';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUpTestStores, createTestSchema, postgresTestStore } from './test-support/test-stores.ts';

afterAll(() => cleanUpTestStores());

function routerOn(store: Store) {
  return new ToolRouter({
    store,
    builtinToolkits: false,
    encryptionKeys: [randomBytes(32).toString('base64')],
  });
}

describe('router.rateLimits on PostgreSQL', () => {
  it('counts one bucket together across instances, and answers when the window ends', async () => {
    const schema = createTestSchema();
    const a = routerOn(postgresTestStore(schema));
    const b = routerOn(postgresTestStore(schema));
    const limit = { limit: 10, windowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, index) => (index % 2 ? a : b).rateLimits.hit('session:ses_1', limit)),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    const refused = results.find((result) => !result.allowed)!;
    expect(refused.remaining).toBe(0);
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
    // Another bucket is counted apart.
    expect((await a.rateLimits.hit('session:ses_2', limit)).allowed).toBe(true);
    await a.close();
    await b.close();
  });
});
