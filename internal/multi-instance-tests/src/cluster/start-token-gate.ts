import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pass-through in front of an OAuth token endpoint that counts requests and can hold them. */
export interface TokenGate {
  /** Where the instances send token requests. */
  url: string;
  /** Requests that arrived, by grant type. */
  requests: Record<string, number>;
  /** From now on, keep requests waiting instead of forwarding them. */
  hold(): void;
  /**
   * From now on, forward requests but keep the provider's answers waiting: the provider has acted
   * (rotated a refresh token, used up a code) and the instance has not heard of it yet.
   */
  holdAnswers(): void;
  /** Resolves once a held request (or held answer) is waiting. */
  held(): Promise<void>;
  /** The provider's answers so far (JSON), by grant type, oldest first. */
  answers: Record<string, Array<Record<string, unknown>>>;
  /**
   * Throw away every held request and answer, as when the instance that sent them died, and stop
   * holding: a held request never reaches the provider, a held answer never reaches the instance.
   */
  drop(): void;
  /** Forward every held request and stop holding. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Forwards `POST` bodies to `tokenUrl` and answers with its response, so a test can stop an OAuth
 * token exchange half-way (to kill the instance that started it) and count exchanges at the wire.
 */
export async function startTokenGate(tokenUrl: string): Promise<TokenGate> {
  const requests: Record<string, number> = {};
  const answers: TokenGate['answers'] = {};
  let holding: false | 'requests' | 'answers' = false;
  const waiting: Array<() => void> = [];
  const dropping: Array<() => void> = [];
  const arrivals: Array<() => void> = [];

  async function forward(body: string, request: IncomingMessage, response: ServerResponse) {
    try {
      const answer = await fetch(tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': request.headers['content-type'] ?? 'application/x-www-form-urlencoded',
          ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
        },
        body,
      });
      const text = await answer.text();
      const grantType = new URLSearchParams(body).get('grant_type') ?? 'unknown';
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = { unreadable: text };
      }
      answers[grantType] = [...(answers[grantType] ?? []), parsed];
      const send = () => {
        response.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? 'application/json',
        });
        response.end(text);
      };
      if (holding !== 'answers') return send();
      waiting.push(send);
      dropping.push(() => response.destroy());
      for (const arrived of arrivals.splice(0)) arrived();
    } catch {
      response.destroy();
    }
  }

  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const grantType = new URLSearchParams(body).get('grant_type') ?? 'unknown';
    requests[grantType] = (requests[grantType] ?? 0) + 1;
    if (holding !== 'requests') return forward(body, request, response);
    waiting.push(() => void forward(body, request, response));
    dropping.push(() => response.destroy());
    for (const arrived of arrivals.splice(0)) arrived();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`,
    requests,
    answers,
    hold() {
      holding = 'requests';
    },
    holdAnswers() {
      holding = 'answers';
    },
    held: () =>
      waiting.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => arrivals.push(resolve)),
    drop() {
      holding = false;
      waiting.splice(0);
      for (const destroy of dropping.splice(0)) destroy();
    },
    release() {
      holding = false;
      dropping.splice(0);
      for (const send of waiting.splice(0)) send();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
