import type { Provider } from '../provider/provider.ts';
import type { SessionConfigHistoryEntry, SessionData, SessionHost } from '../session/session-host.ts';
import type { SessionsApi } from '../session/sessions-api.ts';
import { type SessionMcp, ToolRouterSession } from '../session/tool-router-session.ts';
import type { SessionConfig } from '../session-config/session-config.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { RemoteSessionHost } from './remote-session-host.ts';
import { segment } from './rest-client.ts';

/** A session as the REST API returns it (`session.toJSON()`). */
interface SessionJson {
  sessionId: string;
  userId: string;
  config: SessionConfig;
  configVersion: number;
  mcp: SessionMcp;
  createdAt: string;
  updatedAt: string;
}

/**
 * `router.sessions` in remote mode: sessions live on the server. Each is a `ToolRouterSession`, as
 * embedded, whose host (`RemoteSessionHost`) asks the server.
 */
export class RemoteSessionsApi<TProvider extends Provider = Provider> implements SessionsApi<TProvider> {
  readonly #remote: () => Promise<RemoteRuntime>;
  readonly #host: SessionHost;

  constructor(remote: () => Promise<RemoteRuntime>) {
    this.#remote = remote;
    this.#host = new RemoteSessionHost(remote, {
      update: async (sessionId, config, { expectedConfigVersion }) => {
        const { client } = await this.#remote();
        const json = await client.request<SessionJson>('PATCH', `/sessions/${segment(sessionId)}`, {
          body: { config, expectedConfigVersion },
        });
        return toSessionData(json);
      },
      listConfigHistory: async (sessionId) => {
        const { client } = await this.#remote();
        const { items } = await client.request<{ items: SessionConfigHistoryEntry[] }>(
          'GET',
          `/sessions/${segment(sessionId)}/config-history`,
        );
        return items;
      },
      delete: (sessionId) => this.delete(sessionId),
    });
  }

  async create(userId: string, config: SessionConfig = {}): Promise<ToolRouterSession<TProvider>> {
    const remote = await this.#remote();
    const json = await remote.client.request<SessionJson>('POST', '/sessions', { body: { userId, config } });
    return this.#wrap(remote, json);
  }

  async use(sessionId: string): Promise<ToolRouterSession<TProvider>> {
    const remote = await this.#remote();
    return this.#wrap(remote, await remote.client.request('GET', `/sessions/${segment(sessionId)}`));
  }

  async list(filter: { userId?: string } = {}): Promise<ToolRouterSession<TProvider>[]> {
    const remote = await this.#remote();
    const { items } = await remote.client.request<{ items: SessionJson[] }>('GET', '/sessions', {
      query: { userId: filter.userId },
    });
    return items.map((json) => this.#wrap(remote, json));
  }

  async delete(sessionId: string): Promise<void> {
    await (await this.#remote()).client.request('DELETE', `/sessions/${segment(sessionId)}`);
  }

  async rotateToken(sessionId: string): Promise<ToolRouterSession<TProvider>> {
    const remote = await this.#remote();
    return this.#wrap(
      remote,
      await remote.client.request('POST', `/sessions/${segment(sessionId)}/rotate-token`),
    );
  }

  async authenticate(sessionId: string, token: string): Promise<ToolRouterSession<TProvider> | undefined> {
    const remote = await this.#remote();
    const { session } = await remote.client.request<{ session: SessionJson | null }>(
      'POST',
      `/sessions/${segment(sessionId)}/authenticate`,
      { body: { token } },
    );
    return session ? this.#wrap(remote, session) : undefined;
  }

  #wrap(remote: RemoteRuntime, json: SessionJson): ToolRouterSession<TProvider> {
    return new ToolRouterSession<TProvider>(toSessionData(json), this.#host, remote.baseUrl);
  }
}

function toSessionData(json: SessionJson): SessionData {
  return {
    sessionId: json.sessionId,
    userId: json.userId,
    config: json.config,
    configVersion: json.configVersion,
    mcpToken: json.mcp.headers.Authorization.replace(/^Bearer /, ''),
    createdAt: json.createdAt,
    updatedAt: json.updatedAt,
  };
}
