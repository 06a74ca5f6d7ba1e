import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteStore } from '@toolrouter/core';
import { createEchoRouter, startEchoApi } from '@toolrouter/core/test';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIo } from '../test-support/capture-io.ts';
import { runCli } from './run-cli.ts';

let directory: string;
let database: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'toolrouter-cli-'));
  database = join(directory, 'toolrouter.db');
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

const key = () => randomBytes(32).toString('base64');

describe('toolrouter help and usage errors', () => {
  it('prints usage for help, and exits 2 on an unknown command or option', async () => {
    const help = captureIo({});
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.out.join('\n')).toContain('sessions create --user <id>');
    const unknown = captureIo({});
    expect(await runCli(['frobnicate'], unknown)).toBe(2);
    expect(unknown.err.join('\n')).toContain("unknown command 'frobnicate'");
    const badOption = captureIo({});
    expect(await runCli(['migrate', '--force'], badOption)).toBe(2);
    const badPort = captureIo({});
    expect(await runCli(['serve', '--port', 'eighty'], badPort)).toBe(2);
    const badGrace = captureIo({
      TOOLROUTER_SHUTDOWN_GRACE_MS: 'ten seconds',
      TOOLROUTER_API_KEY: 'cli-test-admin-key',
      TOOLROUTER_DATABASE_URL: `sqlite:${database}`,
    });
    expect(await runCli(['serve', '--port', '0'], badGrace)).toBe(2);
    expect(badGrace.err.join('\n')).toContain(
      "TOOLROUTER_SHUTDOWN_GRACE_MS must be a whole number of milliseconds, not 'ten seconds'",
    );
    expect(badGrace.out).toEqual([]);
  });
});

describe('toolrouter migrate', () => {
  it('migrates the database TOOLROUTER_DATABASE_URL names, once', async () => {
    const env = { TOOLROUTER_DATABASE_URL: `sqlite:${database}` };
    const first = captureIo(env);
    expect(await runCli(['migrate'], first)).toBe(0);
    expect(first.out[0]).toMatch(
      /^Applied [1-9]\d* migrations? to sqlite:.*toolrouter\.db; schema at version \d+\.$/,
    );
    const second = captureIo(env);
    expect(await runCli(['migrate'], second)).toBe(0);
    expect(second.out[0]).toMatch(/^Applied 0 migrations/);
  });

  it('names what is wrong with a database URL it does not understand', async () => {
    const io = captureIo({ TOOLROUTER_DATABASE_URL: 'mysql://user:secret@db/toolrouter' });
    expect(await runCli(['migrate'], io)).toBe(1);
    expect(io.err[0]).toContain('is not understood');
    expect(io.err[0]).not.toContain('secret');
  });
});

describe('toolrouter sessions create', () => {
  it('creates a session and prints its MCP URL, headers and a client config', async () => {
    const env = {
      TOOLROUTER_DATABASE_URL: `sqlite:${database}`,
      TOOLROUTER_ENCRYPTION_KEYS: key(),
      TOOLROUTER_BASE_URL: 'https://tools.example.com',
    };
    const io = captureIo(env);
    expect(
      await runCli(['sessions', 'create', '--user', 'alice', '--toolkits', 'hackernews, github'], io),
    ).toBe(0);
    const text = io.out.join('\n');
    const sessionId = /Session (ses_\w+) for user alice \(toolkits: hackernews, github\)/.exec(text)?.[1];
    expect(sessionId).toBeDefined();
    expect(text).toContain(`MCP URL:     https://tools.example.com/mcp/${sessionId}`);
    const config = JSON.parse(text.slice(text.indexOf('{')));
    expect(config.mcpServers.toolrouter).toMatchObject({
      type: 'http',
      url: `https://tools.example.com/mcp/${sessionId}`,
    });
    expect(config.mcpServers.toolrouter.headers.Authorization).toMatch(/^Bearer trs_/);
    expect(text).toContain(
      `MCP headers: Authorization: ${config.mcpServers.toolrouter.headers.Authorization}`,
    );

    const router = createEchoRouter('http://127.0.0.1:9', {
      store: sqliteStore(database),
      encryptionKeys: [env.TOOLROUTER_ENCRYPTION_KEYS],
    });
    try {
      const session = await router.sessions.use(sessionId!);
      expect(session.config).toEqual({ toolkits: ['hackernews', 'github'] });
    } finally {
      await router.close();
    }
  });

  it('exits 2 without --user and 1 for an unknown toolkit', async () => {
    const env = { TOOLROUTER_DATABASE_URL: `sqlite:${database}`, TOOLROUTER_ENCRYPTION_KEYS: key() };
    const missing = captureIo(env);
    expect(await runCli(['sessions', 'create'], missing)).toBe(2);
    expect(missing.err[0]).toContain('--user');
    const unknown = captureIo(env);
    expect(await runCli(['sessions', 'create', '--user', 'alice', '--toolkits', 'nosuchkit'], unknown)).toBe(
      1,
    );
    expect(unknown.err[0]).toContain('nosuchkit');
  });
});

describe('toolrouter keys rotate', () => {
  it('re-encrypts every kind of secret under the new key, only once, and the data stays usable', async () => {
    const api = await startEchoApi({ 'key-alice': 'alice' });
    const oldKey = `old:${key()}`;
    const newKey = `new:${key()}`;
    const before = createEchoRouter(api.url, { store: sqliteStore(database), encryptionKeys: [oldKey] });
    const authConfig = await before.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    await before.connectedAccounts.create({
      userId: 'alice',
      authConfigId: authConfig.id,
      credentials: { apiKey: 'key-alice' },
    });
    await before.authConfigs.create({
      toolkit: 'oauthecho',
      mode: 'oauth2',
      credentials: { clientId: 'client', clientSecret: 'app-secret' },
    });
    const session = await before.create('alice', { toolkits: ['echo', 'oauthecho'] });
    const pending = await session.authorize('oauthecho');
    await before.connect.startOAuth(pending.linkId);
    await before.close();

    const env = {
      TOOLROUTER_DATABASE_URL: `sqlite:${database}`,
      TOOLROUTER_ENCRYPTION_KEYS: `${newKey},${oldKey}`,
    };
    // Step 2 not done (no server encrypts with the new key yet): refused, with the safe order.
    const early = captureIo(env);
    expect(await runCli(['keys', 'rotate'], early)).toBe(2);
    expect(early.err.join('\n')).toMatch(
      /no stored secret is sealed with the new key 'new'.*\(1\) add 'new' AFTER/,
    );
    // Step 2: a server encrypting with the new key (and still reading the old) writes a secret.
    const switched = createEchoRouter(api.url, {
      store: sqliteStore(database),
      encryptionKeys: [newKey, oldKey],
    });
    await switched.create('bob');
    await switched.close();

    const io = captureIo(env);
    expect(await runCli(['keys', 'rotate'], io)).toBe(0);
    const report = io.out.join('\n');
    expect(report).toContain("with key 'new'");
    expect(report).toMatch(/auth config app credentials\s+1 re-encrypted, 0 already current/);
    expect(report).toMatch(/connected account credentials\s+1 re-encrypted, 0 already current/);
    expect(report).toMatch(/session MCP tokens\s+1 re-encrypted, 1 already current/);
    expect(report).toMatch(/OAuth PKCE verifiers\s+1 re-encrypted, 0 already current/);

    const store = sqliteStore(database);
    const sealed = [
      ...(await store.query<{ value: string }>(
        'SELECT credentials AS value FROM auth_configs WHERE credentials IS NOT NULL',
      )),
      ...(await store.query<{ value: string }>(
        'SELECT credentials AS value FROM connected_accounts WHERE credentials IS NOT NULL',
      )),
      ...(await store.query<{ value: string }>('SELECT mcp_token AS value FROM sessions')),
      ...(await store.query<{ value: string }>(
        'SELECT pkce_verifier AS value FROM connect_links WHERE pkce_verifier IS NOT NULL',
      )),
    ].map((row) => row.value);
    await store.close();
    expect(sealed).toHaveLength(5);
    for (const value of sealed) expect(value.startsWith('v1:new:')).toBe(true);

    const again = captureIo(env);
    expect(await runCli(['keys', 'rotate'], again)).toBe(0);
    expect(again.out.join('\n')).toMatch(/connected account credentials\s+0 re-encrypted, 1 already current/);

    const after = createEchoRouter(api.url, { store: sqliteStore(database), encryptionKeys: [newKey] });
    try {
      const reopened = await after.sessions.authenticate(
        session.sessionId,
        session.mcp.headers.Authorization.slice('Bearer '.length),
      );
      expect(reopened?.sessionId).toBe(session.sessionId);
      expect((await reopened!.execute('ECHO_GET', { id: '1' })).data).toMatchObject({ account: 'alice' });
    } finally {
      await after.close();
      await api.close();
    }
  });

  it('reports rows it cannot decrypt and exits 1; exits 2 without keys', async () => {
    const router = createEchoRouter('http://127.0.0.1:9', {
      store: sqliteStore(database),
      encryptionKeys: [`lost:${key()}`],
    });
    const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const account = await router.connectedAccounts.create({
      userId: 'alice',
      authConfigId: authConfig.id,
      credentials: { apiKey: 'k' },
    });
    await router.close();
    const io = captureIo({
      TOOLROUTER_DATABASE_URL: `sqlite:${database}`,
      TOOLROUTER_ENCRYPTION_KEYS: `new:${key()}`,
    });
    expect(await runCli(['keys', 'rotate'], io)).toBe(1);
    expect(io.out.join('\n')).toMatch(
      /connected account credentials\s+0 re-encrypted, 0 already current, 1 FAILED/,
    );
    expect(io.err.join('\n')).toContain(account.id);
    const none = captureIo({ TOOLROUTER_DATABASE_URL: `sqlite:${database}` });
    expect(await runCli(['keys', 'rotate'], none)).toBe(2);
  });

  it('--force re-encrypts before any server used the new key', async () => {
    const oldKey = `old:${key()}`;
    const router = createEchoRouter('http://127.0.0.1:9', {
      store: sqliteStore(database),
      encryptionKeys: [oldKey],
    });
    await router.create('alice');
    await router.close();
    const env = {
      TOOLROUTER_DATABASE_URL: `sqlite:${database}`,
      TOOLROUTER_ENCRYPTION_KEYS: `new:${key()},${oldKey}`,
    };
    expect(await runCli(['keys', 'rotate'], captureIo(env))).toBe(2);
    const forced = captureIo(env);
    expect(await runCli(['keys', 'rotate', '--force'], forced)).toBe(0);
    expect(forced.out.join('\n')).toMatch(/session MCP tokens\s+1 re-encrypted/);
  });
});
