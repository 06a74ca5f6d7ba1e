import { connect } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Listener } from '../cli/listen.ts';
import { listen } from '../cli/listen.ts';
import { resolveRateLimits } from '../http/rate-limits.ts';
import type { CreateServerOptions } from '../server-options.ts';
import { createTestApp, TEST_API_KEY, type TestApp } from '../test-support/create-test-app.ts';
import { restExecuteFastPath } from './rest-execute-fast-path.ts';

const opened: { test: TestApp; listener: Listener }[] = [];

afterEach(async () => {
  for (const { test, listener } of opened.splice(0)) {
    await listener.close(0);
    await test.close();
  }
});

/** An echo app with alice's account and a session, served on a real port (the lean path needs Node's request). */
async function served(options: CreateServerOptions) {
  const test = await createTestApp({ allowedHosts: ['127.0.0.1'], ...options });
  await test.connectEchoAccounts();
  const session = await test.router.create('alice', { toolkits: ['echo'] });
  const listener = await listen(() => test.app.fetch, { port: 0, host: '127.0.0.1' });
  opened.push({ test, listener });
  return { test, port: listener.port, sessionId: session.sessionId };
}

/** The exact bytes of one HTTP/1.1 exchange, with what differs between two servers (date, ids) blanked. */
function exchange(port: number, head: string[], body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () =>
      resolve(
        Buffer.concat(chunks)
          .toString('utf8')
          .replace(/^Date: .*$/im, 'Date: *')
          .replace(/log_[A-Za-z0-9]+/g, 'log_*')
          .replace(/ses_[A-Za-z0-9]+/g, 'ses_*')
          // A 429's wait, in whole seconds, may cross a second between the two servers.
          .replace(/^Retry-After: \d+$/im, 'Retry-After: *')
          .replace(/Try again in \d+ s/, 'Try again in * s'),
      ),
    );
    socket.write(
      [
        ...head,
        `Host: 127.0.0.1:${port}`,
        'Connection: close',
        `Content-Length: ${Buffer.byteLength(body)}`,
        '',
        body,
      ].join('\r\n'),
    );
  });
}

function executeRequest(sessionId: string, headers: string[] = []) {
  return [
    `POST /api/v1/sessions/${sessionId}/execute HTTP/1.1`,
    `Authorization: Bearer ${TEST_API_KEY}`,
    'Content-Type: application/json',
    ...headers,
  ];
}

/** Every case through both servers, in the same order (rate limits count along). */
async function compare(
  options: CreateServerOptions,
  cases: { path?: 'unknown'; headers?: string[]; body: string; status: number }[],
) {
  const lean = await served(options);
  const hono = await served({ ...options, leanRestExecute: false });
  for (const { path, headers, body, status } of cases) {
    const [leanAnswer, honoAnswer] = [
      await exchange(
        lean.port,
        executeRequest(path === 'unknown' ? 'ses_unknown' : lean.sessionId, headers),
        body,
      ),
      await exchange(
        hono.port,
        executeRequest(path === 'unknown' ? 'ses_unknown' : hono.sessionId, headers),
        body,
      ),
    ];
    expect(leanAnswer).toBe(honoAnswer);
    expect(leanAnswer).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
  }
  return { lean, hono };
}

const call = (toolSlug: unknown, args?: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ toolSlug, ...(args === undefined ? {} : { arguments: args }), ...extra });

describe('the lean REST execute path', () => {
  it('answers byte for byte as the Hono app: results, failed calls, every error shape', async () => {
    await compare({}, [
      { body: call('ECHO_GET', { id: '7' }), status: 200 },
      { body: call('ECHO_GET', { id: '7', nope: true }), status: 200 },
      { body: call('ECHO_GET'), status: 200 },
      { body: call('ECHO_GET', { id: '7' }, { account: 'no-such-account' }), status: 200 },
      { body: call('ECHO_GETT', { id: '7' }), status: 200 },
      { body: call(42, {}), status: 400 },
      { body: '{"toolSlug": ', status: 400 },
      { body: '[1, 2]', status: 400 },
      { body: '', status: 400 },
      { path: 'unknown', body: call('ECHO_GET', { id: '7' }), status: 404 },
      { headers: ['Authorization: Bearer wrong'], body: call('ECHO_GET', { id: '7' }), status: 401 },
    ]);
  });

  it('counts the admin-key limit as the Hono app does and answers its 429 the same', async () => {
    const { lean } = await compare({ rateLimits: { adminKey: { limit: 2, windowMs: 60_000 } } }, [
      { body: call('ECHO_GET', { id: '1' }), status: 200 },
      { body: call('ECHO_GET', { id: '2' }), status: 200 },
      { body: call('ECHO_GET', { id: '3' }), status: 429 },
    ]);
    // Three calls went upstream on neither: the third was refused before the session was read.
    expect(lean.test.api.calls.filter((request) => request.path.startsWith('/things/'))).toHaveLength(2);
  });

  it("writes the same request log line and X-Request-Id, the caller's or a new one", async () => {
    const lines = { lean: [] as Record<string, unknown>[], hono: [] as Record<string, unknown>[] };
    const logger = (into: Record<string, unknown>[]) =>
      pino({ base: null, timestamp: false }, { write: (line: string) => into.push(JSON.parse(line)) });
    const lean = await served({ logger: logger(lines.lean) });
    const hono = await served({ logger: logger(lines.hono), leanRestExecute: false });
    for (const [body, requestId, sessionId] of [
      [call('ECHO_GET', { id: '7' }), ['X-Request-Id: req-1']],
      [call('ECHO_GETT', {}), ['X-Request-Id: req-2']],
      ['nope', ['X-Request-Id: req-3']],
      [call('ECHO_GET', { id: '7' }), ['X-Request-Id: req-4'], 'ses_unknown'],
      [call('ECHO_GET', { id: '7' }), ['X-Request-Id: bad id!']],
    ] as const) {
      const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
      const leanAnswer = await exchange(
        lean.port,
        executeRequest(sessionId ?? lean.sessionId, [...requestId]),
        body,
      );
      const honoAnswer = await exchange(
        hono.port,
        executeRequest(sessionId ?? hono.sessionId, [...requestId]),
        body,
      );
      expect(leanAnswer.replace(uuid, 'uuid')).toBe(honoAnswer.replace(uuid, 'uuid'));
      expect(leanAnswer).toMatch(
        requestId[0] === 'X-Request-Id: bad id!' ? uuid : `x-request-id: ${requestId[0].slice(14)}\r\n`,
      );
    }
    const comparable = (line: Record<string, unknown>) => ({
      ...line,
      requestId: String(line.requestId).length === 36 ? 'uuid' : line.requestId,
      durationMs: typeof line.durationMs,
      sessionId: typeof line.sessionId,
    });
    expect(lines.lean.map(comparable)).toEqual(lines.hono.map(comparable));
    expect(lines.lean.map((line) => `${line.route} ${line.status}`)).toEqual(
      [200, 200, 400, 404, 200].map((status) => `/api/v1/sessions/:sessionId/execute ${status}`),
    );
    expect(lines.lean[0]).toMatchObject({ userId: 'alice', toolSlug: 'ECHO_GET', status: 200 });
  });

  it('leaves the request to the Hono app, before any side effect, unless it is the plain case', async () => {
    const test = await createTestApp();
    opened.push({ test, listener: { port: 0, close: async () => {} } });
    await test.connectEchoAccounts();
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    const fastPath = restExecuteFastPath({
      router: test.router,
      apiKey: TEST_API_KEY,
      maxBodyBytes: 64,
      rateLimits: resolveRateLimits({}, {}),
      isAllowedHost: (host) => host === 'toolrouter.test',
      onError: () => {},
      logger: undefined,
    });
    const body = call('ECHO_GET', { id: '1' });
    const plain = {
      method: 'POST',
      url: `/api/v1/sessions/${session.sessionId}/execute`,
      rawHeaders: [
        'Host',
        'toolrouter.test',
        'Authorization',
        `Bearer ${TEST_API_KEY}`,
        'Content-Length',
        String(body.length),
      ],
    };
    const attempt = (incoming: Partial<typeof plain>) =>
      fastPath(new Request(`http://toolrouter.test${incoming.url ?? plain.url}`, { method: 'POST', body }), {
        incoming: { ...plain, socket: { remoteAddress: '127.0.0.1' }, ...incoming },
      });
    const answered = await attempt({});
    expect(answered?.status).toBe(200);
    expect(await answered?.json()).toMatchObject({ successful: true });
    const [, host, , authorization, , length] = plain.rawHeaders;
    const declined = {
      'no Node request': fastPath(new Request('http://toolrouter.test/', { method: 'POST', body }), {}),
      'a GET': attempt({ method: 'GET' }),
      'another route': attempt({ url: `/api/v1/sessions/${session.sessionId}/search` }),
      'a query': attempt({ url: `/api/v1/sessions/${session.sessionId}/execute?x=1` }),
      'an encoded id': attempt({ url: '/api/v1/sessions/ses%5F1/execute' }),
      'a trailing slash': attempt({ url: `/api/v1/sessions/${session.sessionId}/execute/` }),
      'another host': attempt({
        rawHeaders: ['Host', 'evil.test', 'Authorization', authorization!, 'Content-Length', length!],
      }),
      'no host': attempt({ rawHeaders: ['Authorization', authorization!, 'Content-Length', length!] }),
      'a wrong key': attempt({
        rawHeaders: ['Host', host!, 'Authorization', 'Bearer nope', 'Content-Length', length!],
      }),
      'no key': attempt({ rawHeaders: ['Host', host!, 'Content-Length', length!] }),
      'two keys': attempt({ rawHeaders: [...plain.rawHeaders, 'authorization', authorization!] }),
      'two hosts': attempt({ rawHeaders: [...plain.rawHeaders, 'HOST', host!] }),
      'a streamed body': attempt({
        rawHeaders: ['Host', host!, 'Authorization', authorization!, 'Transfer-Encoding', 'chunked'],
      }),
      'a body over the limit': attempt({
        rawHeaders: ['Host', host!, 'Authorization', authorization!, 'Content-Length', '65'],
      }),
    };
    for (const [name, result] of Object.entries(declined)) expect([name, result]).toEqual([name, undefined]);
    // Declining counted nothing: the admin-key bucket holds the one plain call.
    const hits = await test.router.rateLimits.check('admin-key', { limit: 100, windowMs: 60_000 });
    expect(hits.remaining).toBe(99);
    const noKeyServer = restExecuteFastPath({
      router: test.router,
      apiKey: undefined,
      maxBodyBytes: 64,
      rateLimits: resolveRateLimits({}, {}),
      isAllowedHost: () => true,
      onError: () => {},
      logger: undefined,
    });
    expect(
      noKeyServer(new Request('http://toolrouter.test/', { method: 'POST', body }), { incoming: plain }),
    ).toBe(undefined);
  });
});
