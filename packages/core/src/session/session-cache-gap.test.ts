import { describe, expect, it } from 'vitest';
import type { Store, SubscribeOptions } from '../store/store.ts';
import { SessionCache } from './session-cache.ts';
import type { SessionData } from './tool-router-session.ts';

/** A PostgreSQL-like store whose notification gaps the test drives. */
function gappingStore() {
  let onGap: SubscribeOptions['onGap'];
  const store = {
    dialect: 'postgres',
    async subscribe(_channel: string, _listener: (payload: string) => void, options?: SubscribeOptions) {
      onGap = options?.onGap;
      return () => {};
    },
    async publish() {},
  } as unknown as Store;
  return { store, gap: (phase: 'start' | 'end') => onGap?.(phase) };
}

const session = (configVersion: number): SessionData => ({
  sessionId: 'trs_1',
  userId: 'alice',
  config: {},
  configVersion,
  mcpToken: 'token',
  createdAt: '2026-12-04T00:00:00.000Z',
  updatedAt: '2026-12-04T00:00:00.000Z',
});

describe('session cache across a gap in the change notifications', () => {
  it('drops what it kept when the LISTEN connection goes down, keeps nothing during the gap, caches again after', async () => {
    const { store, gap } = gappingStore();
    const cache = new SessionCache();
    let version = 1;
    let reads = 0;
    const read = async () => {
      reads++;
      return session(version);
    };
    expect((await cache.get(store, 'trs_1', read)).configVersion).toBe(1);
    expect((await cache.get(store, 'trs_1', read)).configVersion).toBe(1);
    expect(reads).toBe(1);

    // A change whose notification falls into the gap must not leave the old copy being served.
    gap('start');
    version = 2;
    expect((await cache.get(store, 'trs_1', read)).configVersion).toBe(2);
    version = 3;
    expect((await cache.get(store, 'trs_1', read)).configVersion).toBe(3);
    await cache.created(store, session(3));
    version = 4;
    expect((await cache.get(store, 'trs_1', read)).configVersion).toBe(4);

    gap('end');
    const readsBefore = reads;
    expect((await cache.get(store, 'trs_1', read)).configVersion).toBe(4);
    expect((await cache.get(store, 'trs_1', read)).configVersion).toBe(4);
    expect(reads).toBe(readsBefore + 1);
  });
});
