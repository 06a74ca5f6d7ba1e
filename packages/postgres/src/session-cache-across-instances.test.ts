import { randomBytes } from 'node:crypto';
import { SessionNotFoundError, ToolRouter } from '@toolrouter/core';
import { echoToolkit, publicEchoToolkit } from '@toolrouter/core/test';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cleanUpTestStores, createTestSchema, postgresTestStore } from './test-support/test-stores.ts';

afterAll(cleanUpTestStores);

describe('reopened sessions across instances', () => {
  it("drops an instance's cached session when another instance updates or deletes it (NOTIFY)", async () => {
    const schema = createTestSchema();
    const options = {
      builtinToolkits: false,
      toolkits: [echoToolkit, publicEchoToolkit],
      encryptionKeys: [randomBytes(32).toString('base64')],
    };
    const instanceA = new ToolRouter({ ...options, store: postgresTestStore(schema) });
    const instanceB = new ToolRouter({ ...options, store: postgresTestStore(schema) });
    const session = await instanceA.create('alice', { toolkits: ['echo'] });
    // B reads and caches the session (and starts listening).
    expect((await instanceB.sessions.use(session.sessionId)).config).toEqual({ toolkits: ['echo'] });

    await session.update({ toolkits: ['publicecho'] });
    await vi.waitFor(async () => {
      expect((await instanceB.sessions.use(session.sessionId)).config).toEqual({ toolkits: ['publicecho'] });
    });
    await instanceA.sessions.delete(session.sessionId);
    await vi.waitFor(async () => {
      await expect(instanceB.sessions.use(session.sessionId)).rejects.toSatisfy(
        SessionNotFoundError.isInstance,
      );
    });
    // vi.waitFor gives up after 1 s, well within the 10 s expiry: the notification did it.
  }, 8_000);
});
