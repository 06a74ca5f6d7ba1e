import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors/store-error.ts';
import { sqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { echoToolkit } from '../test-support/echo-toolkits.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';
import { ToolRouter } from '../tool-router.ts';

const api = useEchoApi({ 'key-1': 'alice-1' });

describe('store failures in tool results', () => {
  it('give the agent a generic message and the operator the real one', async () => {
    const real = sqliteStore(':memory:');
    let failing = false;
    // A store whose queries fail like an unreachable database would, naming its host.
    const store: Store = {
      ...real,
      query: async (sql, params) => {
        if (failing) {
          throw new StoreError({
            message: 'Cannot connect to PostgreSQL at db.internal:5432/prod as user admin',
          });
        }
        return real.query(sql, params);
      },
    };
    const warnings: string[] = [];
    // Embedded only (not the shared suites): over REST a server that lost its database cannot load the
    // session at all, and says so as an HTTP error.
    const router = new ToolRouter({
      store,
      builtinToolkits: false,
      toolkits: [echoToolkit],
      toolkitBaseUrls: { echo: api.url },
      warn: (message) => warnings.push(message),
    });
    const session = await router.create('alice', { toolkits: ['echo'] });
    failing = true;
    const result = await session.execute('ECHO_GET', { id: '1' });
    expect(result.successful).toBe(false);
    expect(result.error).toBe("toolrouter's database is unavailable right now; try again in a moment.");
    expect(JSON.stringify(result)).not.toContain('db.internal');
    expect(warnings.join('\n')).toContain('db.internal:5432');
    failing = false;
    await router.close();
  });
});
