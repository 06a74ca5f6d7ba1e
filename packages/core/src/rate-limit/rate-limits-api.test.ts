import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../store/memory-store.ts';
import { ToolRouter } from '../tool-router.ts';

describe('router.rateLimits', () => {
  it('allows `limit` hits per window and bucket, then refuses with the time left', async () => {
    const router = new ToolRouter({
      store: memoryStore(),
      builtinToolkits: false,
      encryptionKeys: [randomBytes(32).toString('base64')],
    });
    const limit = { limit: 3, windowMs: 60_000 };
    const results = [];
    for (let index = 0; index < 5; index++) results.push(await router.rateLimits.hit('user:alice', limit));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((result) => result.remaining)).toEqual([2, 1, 0, 0, 0]);
    expect(results[4]!.retryAfterMs).toBeGreaterThan(0);
    expect((await router.rateLimits.hit('user:bob', limit)).allowed).toBe(true);
    await router.close();
  });
});
