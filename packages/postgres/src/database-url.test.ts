import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from './test-support/closed-port.ts';
import { TEST_DATABASE_URL, withAdminClient } from './test-support/test-database.ts';
import { createTestSchema } from './test-support/test-stores.ts';

const run = promisify(execFile);
const packages = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// An application of its own, as a user has it: its node_modules holds the toolrouter packages it
// installed, and core itself cannot see @toolrouter/postgres (pnpm's strict layout).
const SCRIPT = `
import { ToolRouter } from '@toolrouter/core';
const router = new ToolRouter({ builtinToolkits: false, encryptionKeys: [Buffer.alloc(32, 7).toString('base64')] });
const session = await router.create('alice');
console.log(JSON.stringify({ sessionId: session.sessionId }));
await router.close();
`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'toolrouter-app-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function createApp(name: string, installed: string[]): string {
  const app = join(root, name);
  mkdirSync(join(app, 'node_modules/@toolrouter'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  writeFileSync(join(app, 'main.js'), SCRIPT);
  for (const packageName of installed)
    symlinkSync(join(packages, packageName), join(app, 'node_modules/@toolrouter', packageName), 'dir');
  return app;
}

function runApp(app: string, databaseUrl: string) {
  // pnpm's bin shims set NODE_PATH to its hidden hoisting folder, where every workspace package is
  // visible; an application started by node has no such path.
  const { NODE_PATH: _, ...env } = process.env;
  return run(process.execPath, ['--conditions=@toolrouter/source', 'main.js'], {
    cwd: app,
    env: { ...env, TOOLROUTER_DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
    timeout: 60_000,
  });
}

describe('TOOLROUTER_DATABASE_URL=postgres://...', () => {
  it('selects the PostgreSQL store that the application installed', async () => {
    const schema = createTestSchema();
    await withAdminClient((client) => client.query(`CREATE SCHEMA "${schema}"`));
    const app = createApp('with-postgres', ['core', 'postgres']);
    const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const { stdout } = await runApp(app, url);
    const { sessionId } = JSON.parse(stdout) as { sessionId: string };
    const rows = await withAdminClient(
      async (client) => (await client.query(`SELECT id, user_id FROM "${schema}".sessions`)).rows,
    );
    expect(rows).toEqual([{ id: sessionId, user_id: 'alice' }]);
  });

  it('says how to install @toolrouter/postgres when the application lacks it', async () => {
    const app = createApp('without-postgres', ['core']);
    // A port nothing listens on: were the package found after all, this fails differently.
    const failure = await runApp(app, `postgres://postgres@127.0.0.1:${await closedPort()}/test`).then(
      () => undefined,
      (error: { stderr: string; code: number }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('StoreError');
    expect(failure?.stderr).toContain(
      'TOOLROUTER_DATABASE_URL points to PostgreSQL, but @toolrouter/postgres is not installed. Run: pnpm add @toolrouter/postgres',
    );
  });
});
