import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EncryptionError } from '../errors/encryption-error.ts';
import { StoreError } from '../errors/store-error.ts';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { echoToolkit } from '../test-support/echo-toolkits.ts';
import { type EchoApi, startEchoApi } from '../test-support/start-echo-api.ts';
import { ToolRouter } from '../tool-router.ts';
import { migrateStore } from './migrate-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { sqliteStore } from './sqlite-store.ts';

let directory: string;
let api: EchoApi;
const key = randomBytes(32).toString('base64');
const SECRET = 'sk-live-0123456789-very-secret-value';

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'toolrouter-store-'));
  api = await startEchoApi({ [SECRET]: 'alice-work' });
});
afterAll(async () => {
  await api.close();
  rmSync(directory, { recursive: true, force: true });
});

function routerOn(file: string, encryptionKeys = [key]) {
  return new ToolRouter({
    store: sqliteStore(file),
    builtinToolkits: false,
    toolkits: [echoToolkit],
    toolkitBaseUrls: { echo: api.url },
    encryptionKeys,
  });
}

describe('sqliteStore', () => {
  it('keeps accounts and sessions across a restart', async () => {
    const file = join(directory, 'restart.db');
    const first = routerOn(file);
    const [account] = await connectEchoAccounts(first, [{ userId: 'alice', apiKey: SECRET, alias: 'work' }]);
    const session = await first.create('alice', { toolkits: ['echo'] });
    await first.close();

    const second = routerOn(file);
    expect(await second.connectedAccounts.get(account.id)).toEqual(account);
    const reopened = await second.sessions.use(session.sessionId);
    expect(reopened.config).toEqual({ toolkits: ['echo'] });
    expect(reopened.mcp).toEqual(session.mcp);
    const result = await reopened.execute('ECHO_GET', { id: '7' });
    expect(result.data).toMatchObject({ account: 'alice-work', path: '/things/7' });
    await second.close();
  });

  it('stores no secret in plain text: the raw database file never contains it', async () => {
    const file = join(directory, 'plaintext.db');
    const router = routerOn(file);
    const oauthSecret = 'oauth-client-secret-value-42';
    await connectEchoAccounts(router, [{ userId: 'alice', apiKey: SECRET }]);
    const session = await router.create('alice');
    await router.close();
    // An oauth app secret too, on a toolkit that takes one.
    const oauthRouter = new ToolRouter({
      store: sqliteStore(file),
      builtinToolkits: false,
      toolkits: [
        {
          ...echoToolkit,
          auth: [
            { mode: 'oauth2', authorizationUrl: 'https://a.invalid/a', tokenUrl: 'https://a.invalid/t' },
          ],
        },
      ],
      encryptionKeys: [key],
    });
    await oauthRouter.authConfigs.create({
      toolkit: 'echo',
      mode: 'oauth2',
      credentials: { clientId: 'cid', clientSecret: oauthSecret },
    });
    await oauthRouter.close();

    const bytes = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`, { flag: 'a+' })]).toString(
      'latin1',
    );
    expect(bytes).not.toContain(SECRET);
    expect(bytes).not.toContain(oauthSecret);
    const token = session.mcp.headers.Authorization.replace('Bearer ', '');
    expect(bytes).not.toContain(token);
    expect(bytes).toContain('alice');
  });

  it('rejects a tampered ciphertext and one moved to another row', async () => {
    const file = join(directory, 'tamper.db');
    const router = routerOn(file);
    const [alice, mallory] = await connectEchoAccounts(router, [
      { userId: 'alice', apiKey: SECRET },
      { userId: 'mallory', apiKey: 'mallory-key-0000' },
    ]);
    await router.close();

    // Move alice's sealed credentials onto mallory's row.
    const raw = new DatabaseSync(file);
    const row = raw.prepare('SELECT credentials FROM connected_accounts WHERE id = ?').get(alice.id) as {
      credentials: string;
    };
    raw
      .prepare('UPDATE connected_accounts SET credentials = ? WHERE id = ?')
      .run(row.credentials, mallory.id);
    raw.close();
    const reopened = routerOn(file);
    const stolen = await (await reopened.create('mallory')).execute('ECHO_GET', { id: '1' });
    expect(stolen.successful).toBe(false);
    expect(stolen.error).toMatch(/failed authentication/);
    expect(api.calls.some((call) => call.account === 'alice-work' && call.path === '/things/1')).toBe(false);

    // Flip a byte of alice's own ciphertext.
    await reopened.close();
    const raw2 = new DatabaseSync(file);
    const sealed = row.credentials.split(':');
    sealed[3] = (sealed[3]![0] === 'A' ? 'B' : 'A') + sealed[3]!.slice(1);
    raw2
      .prepare('UPDATE connected_accounts SET credentials = ? WHERE id = ?')
      .run(sealed.join(':'), alice.id);
    raw2.close();
    const third = routerOn(file);
    const tampered = await (await third.create('alice')).execute('ECHO_GET', { id: '2' });
    expect(tampered.successful).toBe(false);
    expect(tampered.error).toMatch(/failed authentication/);
    expect(tampered.error).not.toContain(SECRET);
    await third.close();
  });

  it('rotates keys: a new first key encrypts, the old one still decrypts', async () => {
    const file = join(directory, 'rotate.db');
    const oldKey = `old:${randomBytes(32).toString('base64')}`;
    const newKey = `new:${randomBytes(32).toString('base64')}`;
    const before = routerOn(file, [oldKey]);
    await connectEchoAccounts(before, [{ userId: 'alice', apiKey: SECRET }]);
    await before.close();

    const after = routerOn(file, [newKey, oldKey]);
    const result = await (await after.create('alice')).execute('ECHO_GET', { id: '1' });
    expect(result.data).toMatchObject({ account: 'alice-work' });
    await after.close();
    const raw = new DatabaseSync(file);
    const sessionRow = raw.prepare('SELECT mcp_token FROM sessions').get() as { mcp_token: string };
    raw.close();
    expect(sessionRow.mcp_token.split(':')[1]).toBe('new');

    const withoutOld = routerOn(file, [newKey]);
    const failed = await (await withoutOld.create('alice')).execute('ECHO_GET', { id: '1' });
    expect(failed.error).toMatch(/key 'old'.*not among the configured encryption keys/);
    await withoutOld.close();
  });

  it('refuses to start in production without a key, and generates a development key otherwise', async () => {
    const file = join(directory, 'keys.db');
    const env: Record<string, string> = { NODE_ENV: 'production' };
    const production = new ToolRouter({
      store: sqliteStore(file),
      builtinToolkits: false,
      env,
    });
    await expect(production.ready()).rejects.toSatisfy(EncryptionError.isInstance);
    await expect(production.ready()).rejects.toThrow(/TOOLROUTER_ENCRYPTION_KEYS/);
    // A failed start is not kept: once the key is there, the same router starts.
    env.TOOLROUTER_ENCRYPTION_KEYS = key;
    await expect(production.ready()).resolves.toBeUndefined();
    await production.close();

    const warnings: string[] = [];
    const keyFile = join(directory, 'dev.key');
    const development = new ToolRouter({
      store: sqliteStore(file),
      builtinToolkits: false,
      env: {},
      keyFile,
      warn: (message) => warnings.push(message),
    });
    await development.ready();
    expect(warnings.join('\n')).toMatch(/generated a development key/);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^dev:/);
    await development.close();
  });

  it('refuses a schema newer than the code', async () => {
    const store = sqliteStore(join(directory, 'newer.db'));
    await migrateStore(store, [
      ...MIGRATIONS,
      { version: 99, name: 'future', statements: ['CREATE TABLE future (id TEXT)'] },
    ]);
    await expect(migrateStore(store)).rejects.toSatisfy(StoreError.isInstance);
    await expect(migrateStore(store)).rejects.toThrow(/schema is at version 99, newer than this toolrouter/);
    await store.close();
  });

  it('closes a store it opened from TOOLROUTER_DATABASE_URL when the start fails', async () => {
    const file = join(directory, 'failed-start.db');
    const future = sqliteStore(file);
    await migrateStore(future, [
      ...MIGRATIONS,
      { version: 99, name: 'future', statements: ['CREATE TABLE future (id TEXT)'] },
    ]);
    await future.close();
    const router = new ToolRouter({
      builtinToolkits: false,
      env: { TOOLROUTER_DATABASE_URL: `sqlite:${file}`, TOOLROUTER_ENCRYPTION_KEYS: key },
    });
    await expect(router.ready()).rejects.toThrow(/newer than this toolrouter/);
    // SQLite removes a WAL database's -wal file when its last connection closes.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('serialises transactions on its one connection without taking in other statements', async () => {
    const store = sqliteStore(':memory:');
    await store.execute('CREATE TABLE t (v INTEGER)');
    const failing = store.transaction(async (transaction) => {
      await transaction.execute('INSERT INTO t (v) VALUES (1)');
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('roll back');
    });
    const outside = store.execute('INSERT INTO t (v) VALUES (2)');
    await expect(failing).rejects.toThrow('roll back');
    await outside;
    expect(await store.query('SELECT v FROM t')).toEqual([{ v: 2 }]);
    await store.close();
  });
});

describe('sqliteStore.withLock', () => {
  it('runs work on one key one at a time, while other statements go on', async () => {
    const store = sqliteStore(':memory:');
    await store.execute('CREATE TABLE t (v INTEGER)');
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = store.withLock('k', async () => {
      order.push('first start');
      await held;
      order.push('first end');
    });
    const second = store.withLock('k', async () => {
      order.push('second');
    });
    const other = store.withLock('other', async () => {
      order.push('other key');
    });
    await other;
    // A plain statement does not wait for the lock holder.
    await store.execute('INSERT INTO t (v) VALUES (1)');
    expect(order).toEqual(['first start', 'other key']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first start', 'other key', 'first end', 'second']);
    await expect(store.withLock('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(store.withLock('k', async () => 'after a failure')).resolves.toBe('after a failure');
    await store.close();
  });
});
