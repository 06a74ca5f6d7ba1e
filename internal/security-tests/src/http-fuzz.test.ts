import { createTestApp, TEST_API_KEY, type TestApp } from '@toolrouter/server/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigure } from './report-figure.ts';
import { type SeededRandom, seededRandom } from './seeded-random.ts';

const SEED = 20261203;
const CASES = 10_000;

/** Strings that broke servers before: prototype names, URL fragments, traversal, control and huge values. */
const NASTY_STRINGS = [
  '',
  ' ',
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'hasOwnProperty',
  'https:',
  'http:',
  'https://',
  '//evil.test',
  'http://169.254.169.254/latest',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '../../etc/passwd',
  '/..',
  '%2e%2e%2f',
  '%00',
  '\u0000',
  '\r\nX-Injected: 1',
  '{id}',
  '{{x}}',
  '$' + '{x}',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '😀',
  '\ud800',
  'A'.repeat(5000),
  'echo',
  'ECHO_GET',
  'TOOLROUTER_SEARCH_TOOLS',
  'alice',
  'bob',
  'ses_',
  'ca_',
  'ac_',
  'lnk_',
  'oauth2',
  'api_key',
  'GET',
  'DELETE',
  'NaN',
  '-1',
  '1e309',
];

const FIELD_NAMES = [
  'userId',
  'config',
  'toolkits',
  'tools',
  'tags',
  'enable',
  'disable',
  'query',
  'queries',
  'use_case',
  'arguments',
  'toolSlug',
  'tool_slug',
  'toolkit',
  'method',
  'endpoint',
  'body',
  'parameters',
  'in',
  'name',
  'value',
  'account',
  'mode',
  'credentials',
  'apiKey',
  'alias',
  'authConfigId',
  'expectedConfigVersion',
  'callbackUrl',
  'manageConnections',
  'connectedAccounts',
  'authConfigs',
  'preload',
  'scopes',
  'isDefault',
  'state',
  'code',
  'error',
  'cursor',
  'limit',
  'constructor',
  '__proto__',
];

/** The values earlier attack runs found 500s with, drawn more often. */
const KNOWN_BAD = ['constructor', '__proto__', 'toString', 'https:', 'http:'];

function nastyString(random: SeededRandom): string {
  if (random.chance(0.1)) return random.pick(KNOWN_BAD);
  if (random.chance(0.7)) return random.pick(NASTY_STRINGS);
  let text = '';
  const length = random.integer(40);
  for (let index = 0; index < length; index++) text += String.fromCharCode(32 + random.integer(95));
  return text;
}

/** A nasty string a client can actually send in a header (visible ASCII only). */
function headerString(random: SeededRandom): string {
  return nastyString(random).replace(/[^\x20-\x7e]/g, '');
}

/** encodeURIComponent, with lone surrogates (which it refuses) replaced first. */
function safeEncode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\ud800-\udfff]/g, (character, index, whole) => {
      const code = character.charCodeAt(0);
      const next = whole.charCodeAt(index + 1);
      const previous = whole.charCodeAt(index - 1);
      const paired =
        code < 0xdc00 ? next >= 0xdc00 && next <= 0xdfff : previous >= 0xd800 && previous < 0xdc00;
      return paired ? character : '\ufffd';
    }),
  );
}

function value(random: SeededRandom, depth = 0): unknown {
  const kind = random.integer(depth > 3 ? 5 : 8);
  switch (kind) {
    case 0:
      return nastyString(random);
    case 1:
      return random.pick([0, -1, 1, 2 ** 53, -(2 ** 31), 1.5, 1e300, 50, 51, 100]);
    case 2:
      return random.chance(0.5);
    case 3:
      return null;
    case 4:
      return nastyString(random);
    case 5:
    case 6: {
      const object: Record<string, unknown> = {};
      const count = random.integer(5);
      for (let index = 0; index < count; index++) object[random.pick(FIELD_NAMES)] = value(random, depth + 1);
      return object;
    }
    default:
      return Array.from({ length: random.integer(4) }, () => value(random, depth + 1));
  }
}

const REST_PATHS = [
  '/sessions',
  '/sessions/{sessionId}',
  '/sessions/{sessionId}/search',
  '/sessions/{sessionId}/execute',
  '/sessions/{sessionId}/toolkits',
  '/sessions/{sessionId}/tools',
  '/sessions/{sessionId}/authorize',
  '/sessions/{sessionId}/ensure-connected',
  '/sessions/{sessionId}/proxy',
  '/sessions/{sessionId}/authenticate',
  '/connect-links/{linkId}',
  '/connect-links/{linkId}/oauth',
  '/connect-links/{linkId}/credentials',
  '/toolkits',
  '/toolkits/{slug}',
  '/tools',
  '/tools/{slug}',
  '/tools/{slug}/execute',
  '/auth-configs',
  '/auth-configs/{id}',
  '/connected-accounts',
  '/connected-accounts/{id}',
  '/connected-accounts/{id}/enable',
  '/connected-accounts/{id}/disable',
  '/logs',
  '/info',
  '/ping',
  '/oauth/callback',
];

interface Known {
  sessionId: string;
  token: string;
  accountId: string;
  authConfigId: string;
}

function pathParameter(random: SeededRandom, known: Known): string {
  const pick = random.integer(5);
  const raw =
    pick <= 1
      ? known.sessionId
      : pick === 1
        ? random.pick([
            known.accountId,
            known.authConfigId,
            'echo',
            'ECHO_GET',
            'publicecho',
            'PUBLICECHO_GET',
          ])
        : nastyString(random);
  return safeEncode(raw);
}

function queryString(random: SeededRandom): string {
  if (random.chance(0.5)) return '';
  const parameters = new URLSearchParams();
  const count = 1 + random.integer(3);
  for (let index = 0; index < count; index++) {
    parameters.append(
      random.pick([
        'limit',
        'cursor',
        'userId',
        'toolkit',
        'search',
        'isConnected',
        'toolkits',
        'sessionId',
        'timeoutMs',
      ]),
      nastyString(random),
    );
  }
  return `?${parameters}`;
}

function bodyText(random: SeededRandom): string | undefined {
  const kind = random.integer(10);
  if (kind === 0) return undefined;
  if (kind === 1) return nastyString(random);
  if (kind === 2) return '{"unterminated": ';
  return JSON.stringify(value(random));
}

/** Bodies in the shape each route reads, with nasty values in the fields, so the fuzz gets past validation. */
function routeBody(template: string, random: SeededRandom, known: Known): unknown {
  const text = () => nastyString(random);
  const any = () => value(random);
  const shapes: Record<string, () => unknown> = {
    '/sessions': () => ({
      userId: random.pick(['alice', text()]),
      config: random.chance(0.5) ? { toolkits: [text()] } : any(),
    }),
    '/sessions/{sessionId}': () => ({
      config: { toolkits: random.pick([[text()], { enable: [text()] }, any()]) },
      expectedConfigVersion: any(),
    }),
    '/sessions/{sessionId}/search': () => ({
      query: text(),
      ...(random.chance(0.3) ? { toolkits: [text()], limit: any() } : {}),
    }),
    '/sessions/{sessionId}/execute': () => ({
      toolSlug: random.pick(['ECHO_GET', 'PUBLICECHO_GET', 'TOOLROUTER_SEARCH_TOOLS', text()]),
      arguments: random.chance(0.5) ? { id: text() } : any(),
      ...(random.chance(0.2) ? { account: text() } : {}),
    }),
    '/sessions/{sessionId}/authorize': () => ({
      toolkit: random.pick(['echo', text()]),
      callbackUrl: text(),
    }),
    '/sessions/{sessionId}/ensure-connected': () => ({ toolkit: random.pick(['echo', text()]) }),
    '/sessions/{sessionId}/proxy': () => ({
      toolkit: random.pick(['echo', 'publicecho', text()]),
      method: random.pick(['GET', 'POST', text()]),
      endpoint: text(),
      ...(random.chance(0.3) ? { body: any() } : {}),
      ...(random.chance(0.3)
        ? { parameters: [{ in: random.pick(['query', 'header', text()]), name: text(), value: text() }] }
        : {}),
    }),
    '/sessions/{sessionId}/authenticate': () => ({ token: text() }),
    '/tools/{slug}/execute': () => ({ userId: random.pick(['alice', text()]), arguments: any() }),
    '/auth-configs': () => ({
      toolkit: random.pick(['echo', text()]),
      mode: random.pick(['api_key', 'oauth2', text()]),
      credentials: any(),
    }),
    '/connected-accounts': () => ({
      userId: text(),
      authConfigId: random.pick([known.authConfigId, text()]),
      credentials: random.chance(0.5) ? { apiKey: text() } : any(),
    }),
    '/connect-links/{linkId}/credentials': () => ({ credentials: any() }),
    '/oauth/callback': () => ({ state: text(), code: text(), error: text() }),
  };
  return (shapes[template] ?? any)();
}

function restRequest(random: SeededRandom, known: Known): [string, RequestInit] {
  const template = random.pick(REST_PATHS);
  const path = template.replace(/\{[^}]+\}/g, () => pathParameter(random, known));
  const method = random.pick(['GET', 'POST', 'POST', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS', 'HEAD']);
  // Keep the known session alive: the fuzz should reach deep into its routes, not just 404s.
  const safeMethod = method === 'DELETE' && path.includes(known.sessionId) ? 'GET' : method;
  const body =
    safeMethod === 'GET' || safeMethod === 'HEAD'
      ? undefined
      : random.chance(0.6)
        ? JSON.stringify(routeBody(template, random, known))
        : bodyText(random);
  const headers: Record<string, string> = {
    authorization: random.chance(0.95) ? `Bearer ${TEST_API_KEY}` : `Bearer ${headerString(random)}`,
  };
  if (random.chance(0.9))
    headers['content-type'] = random.pick([
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
    ]);
  return [
    `/api/v1${path}${queryString(random)}`,
    { method: safeMethod, headers, ...(body === undefined ? {} : { body }) },
  ];
}

const MCP_METHODS = [
  'initialize',
  'tools/list',
  'tools/call',
  'ping',
  'resources/list',
  'prompts/list',
  'notifications/initialized',
  'nope',
];
const META_TOOLS = [
  'TOOLROUTER_SEARCH_TOOLS',
  'TOOLROUTER_GET_TOOL_SCHEMAS',
  'TOOLROUTER_MULTI_EXECUTE_TOOL',
  'TOOLROUTER_MANAGE_CONNECTIONS',
  'ECHO_GET',
];

function mcpRequest(random: SeededRandom, known: Known): [string, RequestInit] {
  const method = random.pick(MCP_METHODS);
  const httpMethod = random.chance(0.95) ? 'POST' : random.pick(['GET', 'DELETE', 'PUT']);
  let params: unknown = value(random);
  if (method === 'tools/call') {
    const name = random.pick(META_TOOLS);
    const argumentsByTool: Record<string, () => unknown> = {
      TOOLROUTER_SEARCH_TOOLS: () => ({ queries: [{ use_case: nastyString(random) }] }),
      TOOLROUTER_GET_TOOL_SCHEMAS: () => ({ tool_slugs: [nastyString(random), 'ECHO_GET'] }),
      TOOLROUTER_MULTI_EXECUTE_TOOL: () => ({
        tools: [
          {
            tool_slug: random.pick(['ECHO_GET', 'PUBLICECHO_GET', nastyString(random)]),
            arguments: value(random),
          },
        ],
      }),
      TOOLROUTER_MANAGE_CONNECTIONS: () => ({ toolkits: [nastyString(random)] }),
      ECHO_GET: () => value(random),
    };
    params = { name, arguments: random.chance(0.8) ? argumentsByTool[name]!() : value(random) };
  } else if (method === 'initialize') {
    params = {
      protocolVersion: random.pick(['2025-06-18', '2025-11-25', nastyString(random)]),
      capabilities: {},
      clientInfo: { name: 'fuzz', version: '1' },
    };
  }
  const message = random.chance(0.9)
    ? { jsonrpc: '2.0', id: random.chance(0.9) ? random.integer(1000) : nastyString(random), method, params }
    : value(random);
  const sessionId = random.chance(0.9) ? known.sessionId : nastyString(random);
  return [
    `/mcp/${safeEncode(sessionId)}`,
    {
      method: httpMethod,
      headers: {
        authorization: random.chance(0.9) ? `Bearer ${known.token}` : `Bearer ${headerString(random)}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...(random.chance(0.3)
          ? { 'mcp-protocol-version': random.pick(['2025-06-18', '2025-11-25', headerString(random)]) }
          : {}),
      },
      ...(httpMethod === 'GET'
        ? {}
        : { body: random.chance(0.95) ? JSON.stringify(message) : nastyString(random) }),
    },
  ];
}

function pageRequest(random: SeededRandom): [string, RequestInit] {
  if (random.chance(0.5)) {
    const query = new URLSearchParams({ state: nastyString(random), code: nastyString(random) });
    if (random.chance(0.3)) query.set('error', nastyString(random));
    return [`/oauth/callback?${query}`, { method: 'GET' }];
  }
  const link = safeEncode(random.chance(0.5) ? `lnk_${nastyString(random)}` : nastyString(random));
  if (random.chance(0.5)) return [`/connect/${link}`, { method: 'GET' }];
  return [
    `/connect/${link}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ apiKey: nastyString(random), csrf: nastyString(random) }).toString(),
    },
  ];
}

describe('HTTP input fuzz', () => {
  let test: TestApp;
  let known: Known;
  beforeAll(async () => {
    // Limits high enough that the fuzz reaches the routes instead of 429s (they have their own check).
    const plenty = { limit: 1_000_000, windowMs: 60_000 };
    test = await createTestApp({
      rateLimits: { session: plenty, user: plenty, adminKey: plenty, failedAuth: plenty },
    });
    const { authConfigId } = await test.connectEchoAccounts();
    const session = await test.router.create('alice', { toolkits: ['echo', 'publicecho'] });
    const accounts = await test.router.connectedAccounts.list({ userId: 'alice' });
    known = {
      sessionId: session.sessionId,
      token: session.mcp.headers.Authorization.replace('Bearer ', ''),
      accountId: accounts[0]!.id,
      authConfigId,
    };
  });
  afterAll(() => test.close());

  it(`answers ${CASES} seeded random requests to REST, MCP and the pages without a 5xx`, async () => {
    const random = seededRandom(SEED);
    const serverErrors: string[] = [];
    const byKind = { rest: 0, mcp: 0, pages: 0 };
    for (let index = 0; index < CASES; index++) {
      const roll = random.next();
      const kind = roll < 0.7 ? 'rest' : roll < 0.9 ? 'mcp' : 'pages';
      byKind[kind]++;
      const [path, init] =
        kind === 'rest'
          ? restRequest(random, known)
          : kind === 'mcp'
            ? mcpRequest(random, known)
            : pageRequest(random);
      const response = await test.app.request(path, init);
      await response.arrayBuffer().catch(() => undefined);
      if (response.status >= 500 && serverErrors.length < 20) {
        serverErrors.push(
          `#${index} ${init.method} ${path.slice(0, 120)} -> ${response.status} ${String(init.body ?? '').slice(0, 200)}`,
        );
      } else if (response.status >= 500) serverErrors.push(`#${index}`);
    }
    reportFigure(
      'http.fuzz.5xx',
      `${serverErrors.length}/${CASES}`,
      `seed ${SEED}; rest ${byKind.rest}, mcp ${byKind.mcp}, pages ${byKind.pages}; errors reported ${test.errors.length}`,
    );
    // (The MCP SDK reports the requests it rejects with 4xx through onError too: counted above, not failures.)
    expect(serverErrors).toEqual([]);
  }, 300_000);
});
