import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineToolkit, sqliteStore, ToolRouter } from '@toolrouter/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIo } from '../test-support/capture-io.ts';
import { cliTestEnv, runCliCaptured } from '../test-support/run-cli-captured.ts';
import { serveCommand } from './serve-command.ts';

let directory: string;
let env: Record<string, string>;

const NOTES_TOOLKIT = `{
  slug: 'notes',
  name: 'Notes',
  description: 'Local notes.',
  baseUrl: 'http://127.0.0.1:9',
  auth: [{ mode: 'api_key', in: 'header', name: 'x-api-key' }],
  tools: [{ slug: 'NOTES_GET', name: 'Get a note', description: 'Gets a note.', inputSchema: { type: 'object', properties: {} }, request: { method: 'GET', path: '/notes' } }],
}`;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'toolrouter-cli-commands-'));
  // Only the config's toolkits in the tables below; one test turns the generated catalog back on.
  env = cliTestEnv(directory);
  writeFileSync(
    join(directory, 'toolrouter.config.mjs'),
    `export default { toolkits: [${NOTES_TOOLKIT}] };\n`,
  );
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

const cli = (args: string[], extraEnv: Record<string, string> = {}) =>
  runCliCaptured(args, { ...env, ...extraEnv });

describe('toolrouter --version and --help', () => {
  it('prints the package version', async () => {
    const { code, out } = await cli(['--version']);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("answers --help on every command with that command's usage", async () => {
    for (const command of [
      ['serve'],
      ['migrate'],
      ['keys', 'rotate'],
      ['sessions', 'create'],
      ['sessions', 'list'],
      ['sessions', 'get'],
      ['toolkits', 'list'],
      ['toolkits', 'get'],
      ['toolkits', 'import'],
      ['toolkits', 'delete'],
      ['auth-configs', 'list'],
      ['auth-configs', 'get'],
      ['accounts', 'list'],
      ['accounts', 'get'],
      ['logs', 'list'],
      ['logs', 'get'],
    ]) {
      const { code, out } = await cli([...command, '--help']);
      expect(code, command.join(' ')).toBe(0);
      expect(out, command.join(' ')).toContain(`toolrouter ${command.join(' ')}`);
    }
  });
});

describe('toolrouter list and get commands on the local store', () => {
  it('lists and gets sessions, toolkits, auth configs, accounts and logs as tables and JSON', async () => {
    const config = ['--config', join(directory, 'toolrouter.config.mjs')];
    const created = await cli(['sessions', 'create', '--user', 'alice', '--toolkits', 'notes', ...config]);
    expect(created.code).toBe(0);
    const sessionId = /Session (ses_\w+)/.exec(created.out)![1]!;
    const token = /Bearer (trs_[\w-]+)/.exec(created.out)![1]!;

    const sessions = await cli(['sessions', 'list', ...config]);
    expect(sessions.out.split('\n')[0]).toMatch(/^ID\s+USER\s+VERSION\s+CONFIG$/);
    expect(sessions.out).toContain(sessionId);
    expect(sessions.out).not.toContain(token);
    const json = await cli(['sessions', 'list', '--json', '--user', 'alice', ...config]);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({ sessionId, userId: 'alice', config: { toolkits: ['notes'] } }),
    ]);
    expect(json.out).not.toContain(token);
    expect((await cli(['sessions', 'get', sessionId, ...config])).out).toContain(`/mcp/${sessionId}`);
    expect((await cli(['sessions', 'list', '--user', 'nobody', ...config])).out).toBe('(none)');

    const toolkits = await cli(['toolkits', 'list', '--search', 'note', ...config]);
    expect(toolkits.out).toMatch(/^SLUG\s+NAME\s+AUTH\s+TOOLS\nnotes\s+Notes\s+api_key\s+1$/);
    const toolkit = await cli(['toolkits', 'get', 'notes', '--json', ...config]);
    expect(JSON.parse(toolkit.out)).toMatchObject({ slug: 'notes', tools: [{ slug: 'NOTES_GET' }] });
    // Like `serve`, the local store's router has the generated catalog unless TOOLROUTER_CATALOG=off.
    const generated = await cli(['toolkits', 'get', 'googlesheets', '--json', ...config], {
      TOOLROUTER_CATALOG: 'on',
    });
    expect(JSON.parse(generated.out)).toMatchObject({ slug: 'googlesheets' });

    const authConfigs = await cli(['auth-configs', 'list', '--json', ...config]);
    expect(JSON.parse(authConfigs.out)).toEqual([]);
    const accounts = await cli(['accounts', 'list', '--status', 'active', ...config]);
    expect(accounts.out).toBe('(none)');
    const logs = await cli(['logs', 'list', '--failed', ...config]);
    expect(logs.code).toBe(0);
    expect(logs.out).toBe('(none)');

    const missing = await cli(['accounts', 'get', 'ca_nope', ...config]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^toolrouter accounts get: .*ca_nope/);
    const noId = await cli(['sessions', 'get', ...config]);
    expect(noId.code).toBe(2);
  });

  it('lists logs by time and gets one with its redacted arguments and result', async () => {
    const router = new ToolRouter({
      store: sqliteStore(join(directory, 'toolrouter.db')),
      encryptionKeys: [env.TOOLROUTER_ENCRYPTION_KEYS!],
      builtinToolkits: false,
      toolkits: [
        defineToolkit({
          slug: 'clock',
          name: 'Clock',
          description: 'Tells the time.',
          baseUrl: 'https://clock.invalid',
          auth: [{ mode: 'none' }],
          tools: [
            {
              slug: 'CLOCK_NOW',
              name: 'Now',
              description: 'The time in a zone.',
              inputSchema: {
                type: 'object',
                properties: { zone: { type: 'string' }, token: { type: 'string' } },
              },
              handler: async ({ zone }) => ({ zone, time: '12:00' }),
            },
          ],
        }),
      ],
    });
    const before = new Date().toISOString();
    const { logId } = await router.tools.execute(
      'CLOCK_NOW',
      { zone: 'UTC', token: 'tok-0123456789' },
      { userId: 'alice' },
    );
    await router.close();

    const listed = await cli(['logs', 'list', '--since', before, '--json']);
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ id: logId, toolSlug: 'CLOCK_NOW' })]);
    expect((await cli(['logs', 'list', '--until', before])).out).toBe('(none)');
    const badTime = await cli(['logs', 'list', '--since', 'soon']);
    expect(badTime.code).toBe(1);
    expect(badTime.err).toContain('since must be a Date or an ISO 8601 time');

    const shown = await cli(['logs', 'get', logId]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`id: ${logId}`);
    expect(shown.out).toMatch(/arguments:\n {2}\{\n {4}"zone": "UTC",\n {4}"token": "\[REDACTED\]"/);
    expect(shown.out).toMatch(/result:\n {2}\{\n {4}"zone": "UTC",\n {4}"time": "12:00"/);
    expect(shown.out).not.toContain('tok-0123456789');
    const json = JSON.parse((await cli(['logs', 'get', logId, '--json'])).out);
    expect(json).toMatchObject({ id: logId, arguments: { truncated: false, value: { zone: 'UTC' } } });
    const missing = await cli(['logs', 'get', 'log_nope']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^toolrouter logs get: .*log_nope/);
  });

  it('refuses a config module with an unknown key, naming the key it meant', async () => {
    const file = join(directory, 'typo.config.mjs');
    writeFileSync(file, `export default { toolkit: [${NOTES_TOOLKIT}] };\n`);
    const { code, err } = await cli(['toolkits', 'list', '--config', file]);
    expect(code).toBe(1);
    expect(err).toContain("unknown option 'toolkit' (did you mean 'toolkits'?)");
  });
});

describe('toolrouter against a running server', () => {
  it('serve prints what it loaded; sessions create from the same directory prints the real URL', async () => {
    const io = captureIo({ ...env, TOOLROUTER_API_KEY: 'cli-admin-key-0123456789' });
    let url = '';
    const running = serveCommand(
      io,
      { port: 0, config: join(directory, 'toolrouter.config.mjs') },
      {
        async onListening(server) {
          url = server.url;
          const banner = io.out.join('\n');
          expect(banner).toContain(`Dashboard  ${server.url}/`);
          expect(banner).toMatch(/Config {5}.*toolrouter\.config\.mjs\n {4}toolkits {9}notes \(1 tools\)/);

          // Local mode: the same store, and the URL of the server started from here.
          const local = await cli([
            'sessions',
            'create',
            '--user',
            'bob',
            '--toolkits',
            'notes',
            '--config',
            join(directory, 'toolrouter.config.mjs'),
          ]);
          expect(local.code).toBe(0);
          expect(local.out).toContain(`MCP URL:     ${server.url}/mcp/ses_`);

          // Remote mode: the server makes the session.
          const remote = await cli(['sessions', 'list', '--json', '--url', server.url], {
            TOOLROUTER_API_KEY: 'cli-admin-key-0123456789',
          });
          expect(remote.code).toBe(0);
          expect(JSON.parse(remote.out)).toEqual([expect.objectContaining({ userId: 'bob' })]);
          const made = await cli(['sessions', 'create', '--user', 'carol'], {
            TOOLROUTER_URL: server.url,
            TOOLROUTER_API_KEY: 'cli-admin-key-0123456789',
          });
          expect(made.out).toContain(`MCP URL:     ${server.url}/mcp/ses_`);
          const refused = await cli(['sessions', 'list', '--url', server.url], {
            TOOLROUTER_API_KEY: 'wrong',
          });
          expect(refused.code).toBe(1);
          // serve waits for the stop signal once this hook returns.
          setTimeout(() => io.stop(), 0);
        },
      },
    );
    expect(await running).toBe(0);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Stopped: the next command no longer uses its URL.
    const after = await cli(['sessions', 'create', '--user', 'dave']);
    expect(after.out).toContain('MCP URL:     http://localhost:8080/mcp/ses_');
  });
});

describe('toolrouter in a closed pipe', () => {
  it('ends quietly with exit code 0 when the reader has gone (| head -1)', async () => {
    const bin = fileURLToPath(new URL('../../bin/toolrouter.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'toolkits', 'list'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toContain('    at ');
    expect(code).toBe(0);
  });
});
