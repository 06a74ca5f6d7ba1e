import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';

/** What went wrong, by the error codes Node's fetch (undici) puts on `cause`. */
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed',
  ENOTFOUND: 'DNS lookup failed (no such host)',
  EAI_NONAME: 'DNS lookup failed (no such host)',
  EAI_AGAIN: 'DNS lookup failed (temporary failure; try again)',
  EAI_FAIL: 'DNS lookup failed',
  ETIMEDOUT: 'timed out connecting',
  UND_ERR_CONNECT_TIMEOUT: 'timed out connecting',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for the answer',
  UND_ERR_BODY_TIMEOUT: 'timed out reading the answer',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

const TLS_CODE = /CERT|SSL|TLS|EPROTO/;

/**
 * Why a request never got an answer, in words an agent (and a person) can act on, naming the host
 * and nothing else of the request (no path, query or credentials):
 * `could not reach api.example.com: connection refused`, `... DNS lookup failed (no such host)`,
 * `... TLS error (CERT_HAS_EXPIRED)`, `... timed out connecting`.
 *
 * @example
 * describeNetworkError(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }), 'api.example.com');
 * // 'could not reach api.example.com: connection refused'
 */
export function describeNetworkError(error: unknown, host: string): string {
  const refusal = findOutboundRefusal(error);
  // The outbound policy said no before any connection: its own words, not "could not reach".
  if (refusal) return refusal.message.replace(/\.$/, '');
  return `could not reach ${host}: ${networkReason(error)}`;
}

/** The outbound policy's refusal behind a failed fetch (on the error or one of its causes), if that is what it was. */
export function findOutboundRefusal(error: unknown, depth = 0): OutboundRequestRefusedError | undefined {
  if (depth > 5 || error === null || typeof error !== 'object') return undefined;
  if (OutboundRequestRefusedError.isInstance(error)) return error;
  return findOutboundRefusal((error as { cause?: unknown }).cause, depth + 1);
}

function networkReason(error: unknown): string {
  const code = findCode(error);
  if (code !== undefined) {
    const known = REASONS[code];
    if (known) return known;
    if (TLS_CODE.test(code)) return `TLS error (${code})`;
    return code;
  }
  // No code: the innermost message, which for fetch is more telling than "fetch failed".
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(error);
}

/** The first error code on the error, its causes, or an AggregateError's errors (both address families). */
function findCode(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || error === null || typeof error !== 'object') return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== '') return code;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const found = findCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return findCode(cause, depth + 1);
}
