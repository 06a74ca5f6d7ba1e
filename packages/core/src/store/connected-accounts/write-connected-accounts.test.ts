import { afterEach, describe, expect, it } from 'vitest';
import { insertAuthConfig } from '../auth-configs/write-auth-configs.ts';
import { memoryStore } from '../memory-store.ts';
import { migrateStore } from '../migrate-store.ts';
import type { Store } from '../store.ts';
import { findConnectedAccount, listConnectedAccounts } from './read-connected-accounts.ts';
import {
  activateAccount,
  expireAccount,
  failAccount,
  insertInitiatedAccount,
  reinitiateAccount,
  setConnectedAccountStatus,
  storeRefreshedCredentials,
} from './write-connected-accounts.ts';

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

/** A migrated store with one auth config and INITIATED accounts `ca_1`, `ca_2` (alice) and `ca_3` (bob). */
async function seeded(): Promise<Store> {
  // SQLite only: the PostgreSQL package reruns the router suites that run these statements there.
  const store = memoryStore();
  stores.push(store);
  await migrateStore(store);
  await insertAuthConfig(store, {
    id: 'ac_1',
    toolkit: 'github',
    mode: 'api_key',
    name: 'GitHub',
    isManaged: false,
    isDefault: true,
    scopes: [],
    sealedCredentials: null,
    verifyCredentials: true,
    now: '2026-01-01T00:00:00.000Z',
  });
  for (const [id, userId, minute] of [
    ['ca_1', 'alice', 1],
    ['ca_2', 'alice', 2],
    ['ca_3', 'bob', 3],
  ] as const) {
    await insertInitiatedAccount(store, {
      id,
      userId,
      toolkit: 'github',
      authConfigId: 'ac_1',
      alias: null,
      now: `2026-01-01T00:0${minute}:00.000Z`,
    });
  }
  return store;
}

const LATER = '2026-01-02T00:00:00.000Z';

describe('connected_accounts repository', () => {
  it('lists by user and status, newest first', async () => {
    const store = await seeded();
    await activateAccount(store, 'ca_1', { sealedCredentials: 'sealed-1', expiresAt: null, now: LATER });
    const ids = async (filter: Parameters<typeof listConnectedAccounts>[1]) =>
      (await listConnectedAccounts(store, filter)).map((row) => row.id);
    expect(await ids({})).toEqual(['ca_3', 'ca_2', 'ca_1']);
    expect(await ids({ userId: 'alice' })).toEqual(['ca_2', 'ca_1']);
    expect(await ids({ userId: 'alice', statuses: ['ACTIVE'] })).toEqual(['ca_1']);
    expect(await ids({ statuses: ['INITIATED', 'FAILED'] })).toEqual(['ca_3', 'ca_2']);
  });

  it('keeps an account that works: failing or reinitiating an ACTIVE one changes nothing', async () => {
    const store = await seeded();
    await activateAccount(store, 'ca_1', {
      sealedCredentials: 'sealed-1',
      expiresAt: null,
      label: 'octo',
      now: LATER,
    });
    await failAccount(store, 'ca_1', 'denied', LATER);
    await reinitiateAccount(store, 'ca_1', LATER);
    expect(await findConnectedAccount(store, 'ca_1')).toMatchObject({
      status: 'ACTIVE',
      credentials: 'sealed-1',
      label: 'octo',
      connected_at: LATER,
    });
    await failAccount(store, 'ca_2', 'denied', LATER);
    expect(await findConnectedAccount(store, 'ca_2')).toMatchObject({
      status: 'FAILED',
      status_reason: 'denied',
    });
    await reinitiateAccount(store, 'ca_2', LATER);
    expect(await findConnectedAccount(store, 'ca_2')).toMatchObject({
      status: 'INITIATED',
      status_reason: null,
    });
    await setConnectedAccountStatus(store, 'ca_3', { status: 'INACTIVE', reason: null, now: LATER });
    await reinitiateAccount(store, 'ca_3', LATER);
    expect((await findConnectedAccount(store, 'ca_3'))?.status).toBe('INACTIVE');
  });

  it('expires an account only from the status it is expected in', async () => {
    const store = await seeded();
    const expire = (id: string, from: 'INITIATED' | 'ACTIVE', reason: string) =>
      expireAccount(store, id, { from, reason, now: LATER });
    expect(await expire('ca_1', 'ACTIVE', 'token revoked')).toBe(false);
    expect((await findConnectedAccount(store, 'ca_1'))?.status).toBe('INITIATED');
    expect(await expire('ca_1', 'INITIATED', 'link expired')).toBe(true);
    expect(await findConnectedAccount(store, 'ca_1')).toMatchObject({
      status: 'EXPIRED',
      status_reason: 'link expired',
    });
    expect(await expire('ca_1', 'INITIATED', 'again')).toBe(false);
    expect(await expire('ca_missing', 'INITIATED', 'link expired')).toBe(false);
  });

  it('stores refreshed credentials only over the ones they were refreshed from', async () => {
    const store = await seeded();
    await activateAccount(store, 'ca_1', { sealedCredentials: 'sealed-1', expiresAt: null, now: LATER });
    const refresh = { sealedCredentials: 'sealed-2', expiresAt: LATER, now: LATER };
    expect(await storeRefreshedCredentials(store, 'ca_1', { ...refresh, previous: 'sealed-0' })).toBe(false);
    expect((await findConnectedAccount(store, 'ca_1'))?.credentials).toBe('sealed-1');
    expect(await storeRefreshedCredentials(store, 'ca_1', { ...refresh, previous: 'sealed-1' })).toBe(true);
    expect(await findConnectedAccount(store, 'ca_1')).toMatchObject({
      credentials: 'sealed-2',
      expires_at: LATER,
    });
  });
});
