import type { MiddlewareHandler } from 'hono';

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The `Host` header values a server answers on REST and MCP: the public base URL's host, and
 * `allowedHosts` entries (`host:port`, or a bare `host` for any port). When the base URL is on
 * loopback, the other loopback names on the same port are accepted too. A request that carries no
 * `Host` header (an in-process `app.request`) is not judged.
 *
 * @example
 * const isAllowed = allowedHostMatcher('https://tools.example.com', ['10.0.0.7:8080']);
 * isAllowed('tools.example.com'); // true
 * isAllowed('evil.test'); // false
 */
export function allowedHostMatcher(
  baseUrl: string,
  allowedHosts: readonly string[],
): (host: string) => boolean {
  const exact = new Set<string>();
  const anyPort = new Set<string>();
  if (URL.canParse(baseUrl)) {
    const base = new URL(baseUrl);
    const port = base.port || (base.protocol === 'https:' ? '443' : '80');
    const names = loopbackNames.has(base.hostname) ? [base.hostname, ...loopbackNames] : [base.hostname];
    for (const name of names) {
      // A client may name the default port or leave it out.
      exact.add(`${name}:${port}`);
      if (!base.port) exact.add(name);
    }
  }
  for (const entry of allowedHosts) {
    const trimmed = entry.trim().toLowerCase();
    if (trimmed === '') continue;
    if (!URL.canParse(`http://${trimmed}`)) continue;
    const parsed = new URL(`http://${trimmed}`);
    // `host:80` parses to `host`; keep the port the operator wrote.
    if (/:\d+$/.test(trimmed) && !trimmed.endsWith(']')) exact.add(trimmed);
    else anyPort.add(parsed.hostname);
  }
  // Answers for the Host values seen lately (a client sends the same one on every request), so the
  // header is not parsed as a URL each time; bounded, as anyone can send any Host.
  const judged = new Map<string, boolean>();
  return function isAllowedHost(host: string): boolean {
    const known = judged.get(host);
    if (known !== undefined) return known;
    const value = host.trim().toLowerCase();
    let allowed = exact.has(value);
    if (!allowed && URL.canParse(`http://${value}`)) {
      const parsed = new URL(`http://${value}`);
      allowed = exact.has(parsed.host) || anyPort.has(parsed.hostname);
    }
    if (judged.size >= 256) judged.clear();
    judged.set(host, allowed);
    return allowed;
  };
}

/**
 * Middleware that answers 421 Misdirected Request when the `Host` header names a host this server
 * does not serve: a DNS-rebinding page (`evil.test` resolving to this machine) never gets an answer.
 */
export function hostGuard(isAllowedHost: (host: string) => boolean): MiddlewareHandler {
  return async function checkHost(context, next) {
    const host = context.req.header('host');
    if (host !== undefined && !isAllowedHost(host)) {
      return context.json(
        {
          error: {
            code: 'HOST_NOT_ALLOWED',
            message: `This server does not answer for host '${host.slice(0, 100)}'. Use its base URL, or add the host to allowedHosts (TOOLROUTER_ALLOWED_HOSTS).`,
          },
        },
        421,
      );
    }
    await next();
  };
}
