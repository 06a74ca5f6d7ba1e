import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_API_KEY, type TestApp } from '../test-support/create-test-app.ts';
import { startTestServer, type TestServer } from '../test-support/start-test-server.ts';
import { allowedHostMatcher } from './host-guard.ts';

describe('allowedHostMatcher', () => {
  it("accepts the base URL's host, listed hosts and, on loopback, the other loopback names", () => {
    const isAllowed = allowedHostMatcher('https://tools.example.com', ['10.0.0.7:8080', 'internal.lb']);
    expect(isAllowed('tools.example.com')).toBe(true);
    expect(isAllowed('TOOLS.example.com')).toBe(true);
    expect(isAllowed('tools.example.com:443')).toBe(true);
    expect(isAllowed('10.0.0.7:8080')).toBe(true);
    expect(isAllowed('internal.lb:9999')).toBe(true);
    for (const host of [
      'evil.test',
      'tools.example.com.evil.test',
      '10.0.0.7:8081',
      'tools.example.com:8443',
      '',
      '[',
    ]) {
      expect(isAllowed(host), host).toBe(false);
    }
    const local = allowedHostMatcher('http://localhost:8080', []);
    expect(local('127.0.0.1:8080')).toBe(true);
    expect(local('[::1]:8080')).toBe(true);
    expect(local('127.0.0.1:9090')).toBe(false);
  });

  it('answers the same for a host asked again, past the bound of remembered hosts too', () => {
    const isAllowed = allowedHostMatcher('https://tools.example.com', ['internal.lb']);
    for (let round = 0; round < 2; round++) {
      expect(isAllowed('internal.lb:9999')).toBe(true);
      expect(isAllowed('evil.test')).toBe(false);
      for (let index = 0; index < 300; index++) expect(isAllowed(`other-${index}.test`)).toBe(false);
    }
  });
});

describe('the Host header on REST and MCP', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ allowedHosts: ['10.1.2.3'] });
  });
  afterAll(() => test.close());

  it('answers 421 to a host the server does not serve, on REST and MCP, and serves its own', async () => {
    const call = (path: string, host: string) =>
      test.app.request(path, { headers: { host, authorization: `Bearer ${TEST_API_KEY}` } });
    for (const path of ['/api/v1/toolkits', '/mcp/ses_anything']) {
      const refused = await call(path, 'evil.test');
      expect(refused.status, path).toBe(421);
      expect((await refused.json()).error.code).toBe('HOST_NOT_ALLOWED');
      expect((await call(path, 'toolrouter.test')).status, path).not.toBe(421);
      expect((await call(path, '10.1.2.3:8080')).status, path).not.toBe(421);
    }
    expect((await call('/api/v1/toolkits', 'toolrouter.test')).status).toBe(200);
    // Health checks come from load balancers by address: not judged.
    expect((await call('/healthz', 'evil.test')).status).not.toBe(421);
  });
});

describe('the Host header on a listening server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('serves its own address and refuses a rebinding name that points at it', async () => {
    const ok = await fetch(`${server.url}/api/v1/toolkits`, {
      headers: { authorization: `Bearer ${TEST_API_KEY}` },
    });
    expect(ok.status).toBe(200);
    const port = new URL(server.url).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1/toolkits',
          headers: { host: `evil.test:${port}`, authorization: `Bearer ${TEST_API_KEY}` },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });
});
