import { spawn } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  createNotesRouter,
  NOTES,
  NOTES_API_KEY,
  type NotesApi,
  startNotesApi,
  submitConnectForm,
} from '@example/test-kit';
import { getRequestListener } from '@hono/node-server';
import { OpenAIProvider, type ToolRouter } from '@toolrouter/core';
import { createServer } from '@toolrouter/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreSession } from './explore-session.ts';
import { openMcpClient, resultOf } from './open-mcp-client.ts';

const EXAMPLE_DIR = fileURLToPath(new URL('..', import.meta.url));

let api: NotesApi;
let http: Server;
let baseUrl: string;
let router: ToolRouter;

beforeAll(async () => {
  api = await startNotesApi();
  http = createHttpServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  router = createNotesRouter({ provider: new OpenAIProvider(), notesApiUrl: api.url, baseUrl });
  http.on('request', getRequestListener(createServer(router, { baseUrl, env: {} }).fetch));
});

afterAll(async () => {
  http?.closeAllConnections();
  await new Promise((resolve) => http?.close(resolve));
  await router?.close();
  await api?.close();
});

/** Runs main.ts as `pnpm start` does and returns how it ended. */
function runMain(env: Record<string, string>, args: string[]) {
  const child = spawn(process.execPath, ['--conditions=@toolrouter/source', 'src/main.ts', ...args], {
    cwd: EXAMPLE_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the official MCP client against a toolrouter server', () => {
  it('lists the tools, searches, gets a connect link, and runs the tool once the user connected', async () => {
    const session = await router.create('alice', { toolkits: ['notes'] });
    const client = await openMcpClient(session.mcp);
    try {
      const overview = await exploreSession(client, 'list my notes');
      expect(overview.tools.map((tool) => tool.name)).toEqual([
        'TOOLROUTER_SEARCH_TOOLS',
        'TOOLROUTER_GET_TOOL_SCHEMAS',
        'TOOLROUTER_MULTI_EXECUTE_TOOL',
        'TOOLROUTER_MANAGE_CONNECTIONS',
      ]);
      expect(overview.tools[0]).toMatchObject({ readOnly: true, destructive: false });
      expect(overview.search.primaryToolSlugs).toEqual(['NOTES_LIST_NOTES']);
      expect(overview.search.connections).toEqual([{ toolkit: 'notes', status: 'not_connected' }]);

      const manage = resultOf(
        await client.callTool({ name: 'TOOLROUTER_MANAGE_CONNECTIONS', arguments: { toolkits: ['notes'] } }),
      );
      const link = manage.data.results[0];
      expect(link).toMatchObject({ toolkit: 'notes', status: 'initiated' });
      expect(link.redirect_url).toMatch(`${baseUrl}/connect/lnk_`);

      // The user opens the link in a browser and submits the hosted form (here: the same POST over HTTP).
      const connected = await submitConnectForm((request) => fetch(request), link.redirect_url, {
        apiKey: NOTES_API_KEY,
      });
      expect(connected.body).toContain('Notes is connected');

      const run = resultOf(
        await client.callTool({
          name: 'TOOLROUTER_MULTI_EXECUTE_TOOL',
          arguments: { tools: [{ tool_slug: 'NOTES_LIST_NOTES', arguments: {} }] },
        }),
      );
      expect(run.successful).toBe(true);
      expect(run.data.results[0]).toMatchObject({ tool_slug: 'NOTES_LIST_NOTES', successful: true });
      expect(run.data.results[0].data.notes.map((note: { title: string }) => note.title)).toEqual(
        NOTES.map((note) => note.title),
      );
      expect(api.requests).toEqual([{ method: 'GET', path: '/notes', authorized: true }]);
    } finally {
      await client.close();
    }
  });

  it('main.ts prints the tools, the search and a client config for TOOLROUTER_MCP_URL', async () => {
    const session = await router.create('bob', { toolkits: ['notes'] });
    const { code, stdout, stderr } = await runMain(
      {
        TOOLROUTER_MCP_URL: session.mcp.url,
        TOOLROUTER_MCP_TOKEN: session.mcp.headers.Authorization.replace('Bearer ', ''),
      },
      ['list', 'my', 'notes'],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('  TOOLROUTER_SEARCH_TOOLS (read-only)\n');
    expect(stdout).toContain('  best:    NOTES_LIST_NOTES\n');
    expect(stdout).toContain('  notes: not_connected\n');
    expect(stdout).toContain(`"url": "${session.mcp.url}"`);
  });

  it('main.ts starts a throwaway server of its own without TOOLROUTER_MCP_URL', async () => {
    const { code, stdout } = await runMain({ TOOLROUTER_MCP_URL: '' }, []);
    expect(code).toBe(0);
    expect(stdout).toContain('started a throwaway toolrouter server');
    expect(stdout).toContain('  best:    HACKERNEWS_GET_TOP_STORIES\n');
    expect(stdout).toContain('  hackernews: no_auth\n');
  });
});
