import { randomBytes } from 'node:crypto';
import { migrateStore } from '@toolrouter/core/internal';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';

const DATABASE_URL = process.env.TOOLROUTER_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('openStore', () => {
  it('opens PostgreSQL through the bundled @toolrouter/postgres, in TOOLROUTER_DATABASE_SCHEMA', async () => {
    const schema = `toolrouter_open_store_${randomBytes(4).toString('hex')}`;
    const store = await openStore({
      TOOLROUTER_DATABASE_URL: DATABASE_URL,
      TOOLROUTER_DATABASE_SCHEMA: schema,
    });
    try {
      expect(store.dialect).toBe('postgres');
      await migrateStore(store);
      const [row] = await store.query<{ schema: string }>('SELECT current_schema() AS schema');
      expect(row?.schema).toBe(schema);
    } finally {
      await store.execute(`DROP SCHEMA ${schema} CASCADE`);
      await store.close();
    }
  });

  it('opens SQLite for sqlite: URLs', async () => {
    const store = await openStore({ TOOLROUTER_DATABASE_URL: 'sqlite::memory:' });
    expect(store.dialect).toBe('sqlite');
    await store.close();
  });
});
