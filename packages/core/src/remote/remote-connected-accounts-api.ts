import type {
  ConnectedAccount,
  CreateConnectedAccountInput,
  ListConnectedAccountsFilter,
} from '../connected-account/connected-account.ts';
import type { ConnectedAccountsApi } from '../connected-account/connected-accounts-api.ts';
import { DEFAULT_CONNECTION_TIMEOUT_MS } from '../connected-account/wait-for-connection.ts';
import { waitForRemoteConnection } from './remote-connection-request.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { segment } from './rest-client.ts';

/** `router.connectedAccounts` in remote mode; `waitForConnection` long-polls the server. */
export class RemoteConnectedAccountsApi implements ConnectedAccountsApi {
  readonly #remote: () => Promise<RemoteRuntime>;

  constructor(remote: () => Promise<RemoteRuntime>) {
    this.#remote = remote;
  }

  async create(input: CreateConnectedAccountInput): Promise<ConnectedAccount> {
    return (await this.#remote()).client.request('POST', '/connected-accounts', { body: input ?? {} });
  }

  import(input: CreateConnectedAccountInput): Promise<ConnectedAccount> {
    return this.create(input);
  }

  async list(filter: ListConnectedAccountsFilter = {}): Promise<ConnectedAccount[]> {
    const { client } = await this.#remote();
    const status = filter.status === undefined ? undefined : [filter.status].flat();
    const { items } = await client.request<{ items: ConnectedAccount[] }>('GET', '/connected-accounts', {
      query: {
        userId: filter.userId,
        toolkit: filter.toolkit,
        authConfigId: filter.authConfigId,
        status,
      },
    });
    return items;
  }

  async get(id: string): Promise<ConnectedAccount> {
    return (await this.#remote()).client.request('GET', `/connected-accounts/${segment(id)}`);
  }

  async delete(id: string): Promise<void> {
    await (await this.#remote()).client.request('DELETE', `/connected-accounts/${segment(id)}`);
  }

  async waitForConnection(
    id: string,
    timeoutMs: number = DEFAULT_CONNECTION_TIMEOUT_MS,
    options: { signal?: AbortSignal } = {},
  ): Promise<ConnectedAccount> {
    return waitForRemoteConnection((await this.#remote()).client, id, timeoutMs, options.signal);
  }

  async enable(id: string): Promise<ConnectedAccount> {
    return (await this.#remote()).client.request('POST', `/connected-accounts/${segment(id)}/enable`);
  }

  async disable(id: string): Promise<ConnectedAccount> {
    return (await this.#remote()).client.request('POST', `/connected-accounts/${segment(id)}/disable`);
  }
}
