import { describe, expect, it } from 'vitest';
import { describeNetworkError } from './describe-network-error.ts';

/** What Node's fetch throws: TypeError('fetch failed') with the socket or DNS error as `cause`. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

describe('describeNetworkError', () => {
  it.each([
    [
      { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND api.example.com' },
      'DNS lookup failed (no such host)',
    ],
    [{ code: 'EAI_AGAIN' }, 'DNS lookup failed (temporary failure; try again)'],
    [{ code: 'ECONNREFUSED' }, 'connection refused'],
    [{ code: 'UND_ERR_CONNECT_TIMEOUT' }, 'timed out connecting'],
    [{ code: 'CERT_HAS_EXPIRED' }, 'TLS error (CERT_HAS_EXPIRED)'],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'TLS error (DEPTH_ZERO_SELF_SIGNED_CERT)'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'TLS error (ERR_TLS_CERT_ALTNAME_INVALID)'],
  ])('names the cause %o', (cause, reason) => {
    expect(describeNetworkError(fetchFailed(cause), 'api.example.com')).toBe(
      `could not reach api.example.com: ${reason}`,
    );
  });

  it('reads the code inside an AggregateError (both address families refused)', () => {
    const both = new AggregateError([
      Object.assign(new Error('connect ECONNREFUSED ::1:80'), { code: 'ECONNREFUSED' }),
    ]);
    expect(describeNetworkError(fetchFailed(both), 'localhost:80')).toBe(
      'could not reach localhost:80: connection refused',
    );
  });

  it('falls back to the innermost message when there is no code', () => {
    expect(describeNetworkError(fetchFailed(new Error('socket hang up')), 'h.example')).toBe(
      'could not reach h.example: socket hang up',
    );
  });

  it('connection refused, for real, on a closed local port', async () => {
    const { createServer } = await import('node:http');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await fetch(`http://127.0.0.1:${port}/`).catch((caught: unknown) => caught);
    expect(describeNetworkError(error, `127.0.0.1:${port}`)).toBe(
      `could not reach 127.0.0.1:${port}: connection refused`,
    );
  });
});
