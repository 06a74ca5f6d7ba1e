import type { AuthConfig, CreateAuthConfigInput, UpdateAuthConfigInput } from '../auth-config/auth-config.ts';
import type { AuthConfigsApi } from '../auth-config/auth-configs-api.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { segment } from './rest-client.ts';

/** `router.authConfigs` in remote mode: the same methods, answered by the server's REST API. */
export class RemoteAuthConfigsApi implements AuthConfigsApi {
  readonly #remote: () => Promise<RemoteRuntime>;

  constructor(remote: () => Promise<RemoteRuntime>) {
    this.#remote = remote;
  }

  async create(input: CreateAuthConfigInput): Promise<AuthConfig> {
    return (await this.#remote()).client.request('POST', '/auth-configs', { body: input ?? {} });
  }

  async list(filter: { toolkit?: string } = {}): Promise<AuthConfig[]> {
    const { client } = await this.#remote();
    const { items } = await client.request<{ items: AuthConfig[] }>('GET', '/auth-configs', {
      query: { toolkit: filter.toolkit },
    });
    return items;
  }

  async get(id: string): Promise<AuthConfig> {
    return (await this.#remote()).client.request('GET', `/auth-configs/${segment(id)}`);
  }

  async update(id: string, patch: UpdateAuthConfigInput): Promise<AuthConfig> {
    return (await this.#remote()).client.request('PATCH', `/auth-configs/${segment(id)}`, {
      body: patch ?? {},
    });
  }

  async delete(id: string): Promise<void> {
    await (await this.#remote()).client.request('DELETE', `/auth-configs/${segment(id)}`);
  }
}
