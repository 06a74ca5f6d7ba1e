import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ThingsApi {
  url: string;
  /** Each request: the token's subject and scope as introspection reported them, or `rejected`. */
  calls: Array<{ path: string; subject: string | null; scope: string | null; rejected: boolean }>;
  close(): Promise<void>;
}

/**
 * A resource server for the OAuth tests: every request must carry `Authorization: Bearer <token>`,
 * which it checks at the authorization server's RFC 7662 introspection endpoint (authenticating as
 * its own client). Inactive or missing tokens get 401 `invalid_token`; active ones get a JSON echo
 * with the token's subject, so a test sees which user's token a tool call carried.
 */
export async function startThingsApi({
  introspectionUrl,
  clientId,
  clientSecret,
}: {
  introspectionUrl: string;
  clientId: string;
  clientSecret: string;
}): Promise<ThingsApi> {
  const calls: ThingsApi['calls'] = [];
  const server = createServer(async (request, response) => {
    for await (const _chunk of request) {
      // Drain the body; the echo does not need it.
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    let introspection: { active?: boolean; sub?: string; scope?: string } = { active: false };
    if (token) {
      const answer = await fetch(introspectionUrl, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ token }),
      });
      introspection = (await answer.json()) as typeof introspection;
    }
    if (!introspection.active) {
      calls.push({ path: url.pathname, subject: null, scope: null, rejected: true });
      response.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': 'Bearer error="invalid_token"',
      });
      response.end(
        JSON.stringify({ error: 'invalid_token', error_description: 'The access token is not active.' }),
      );
      return;
    }
    calls.push({
      path: url.pathname,
      subject: introspection.sub ?? null,
      scope: introspection.scope ?? null,
      rejected: false,
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        subject: introspection.sub,
        scope: introspection.scope,
        method: request.method,
        path: url.pathname,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
