import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveAdminKey } from './resolve-admin-key.ts';

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'toolrouter-admin-key-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('resolveAdminKey', () => {
  it('uses TOOLROUTER_API_KEY when set, and writes no file', () => {
    const file = join(directory, 'admin-key');
    expect(resolveAdminKey({ TOOLROUTER_API_KEY: ' from-env ' }, () => {}, file)).toEqual({
      apiKey: 'from-env',
      source: 'env',
    });
    expect(() => statSync(file)).toThrow();
  });

  it('generates a development key once, readable only by its owner, with a notice', () => {
    const file = join(directory, 'nested', 'admin-key');
    const notices: string[] = [];
    const first = resolveAdminKey({}, (message) => notices.push(message), file);
    expect(first.source).toBe('file');
    expect(first.apiKey).toMatch(/^trk_[\w-]{43}$/);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.apiKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(file);
    expect(notices[0]).not.toContain(first.apiKey);
    const second = resolveAdminKey({}, (message) => notices.push(message), file);
    expect(second.apiKey).toBe(first.apiKey);
    expect(notices).toHaveLength(1);
  });

  it('refuses an empty key file instead of starting with the REST API disabled', () => {
    const file = join(directory, 'admin-key');
    writeFileSync(file, '\n', { mode: 0o600 });
    expect(() => resolveAdminKey({}, () => {}, file)).toThrow(/admin key file .* is empty/);
  });

  it('refuses to run without a key in production', () => {
    expect(() => resolveAdminKey({ NODE_ENV: 'production' }, () => {}, join(directory, 'admin-key'))).toThrow(
      /TOOLROUTER_API_KEY is required/,
    );
  });
});
