import { DEFAULT_CONNECTION_TIMEOUT_MS } from '../connect/wait-for-connection.ts';
import type {
  ConnectedAccount,
  CreateConnectedAccountInput,
  ListConnectedAccountsFilter,
} from '../connected-account/connected-account.ts';
import { ConnectedAccountsApi } from '../connected-account/connected-accounts-api.ts';
import { waitForRemoteConnection } from './remote-connection-request.ts';
import { noLocalRuntime, type RemoteRuntime } from './remote-runtime.ts';
import { segment } from './rest-client.ts';

/** `router.connectedAccounts` in remote mode; `waitForConnection` long-polls the server. */
export class RemoteConnectedAccountsApi extends ConnectedAccountsApi {
  readonly #remote: () => Promise<RemoteRuntime>;

  constructor(remote: () => Promise<RemoteRuntime>) {
    super(noLocalRuntime);
    this.#remote = remote;
  }

  override async create(input: CreateConnectedAccountInput): Promise<ConnectedAccount> {
    return (await this.#remote()).client.request('POST', '/connected-accounts', { body: input ?? {} });
  }

  override import(input: CreateConnectedAccountInput): Promise<ConnectedAccount> {
    return this.create(input);
  }

  override async list(filter: ListConnectedAccountsFilter = {}): Promise<ConnectedAccount[]> {
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

  override async get(id: string): Promise<ConnectedAccount> {
    return (await this.#remote()).client.request('GET', `/connected-accounts/${segment(id)}`);
  }

  override async delete(id: string): Promise<void> {
    await (await this.#remote()).client.request('DELETE', `/connected-accounts/${segment(id)}`);
  }

  override async waitForConnection(
    id: string,
    timeoutMs: number = DEFAULT_CONNECTION_TIMEOUT_MS,
    options: { signal?: AbortSignal } = {},
  ): Promise<ConnectedAccount> {
    return waitForRemoteConnection((await this.#remote()).client, id, timeoutMs, options.signal);
  }

  override async enable(id: string): Promise<ConnectedAccount> {
    return (await this.#remote()).client.request('POST', `/connected-accounts/${segment(id)}/enable`);
  }

  override async disable(id: string): Promise<ConnectedAccount> {
    return (await this.#remote()).client.request('POST', `/connected-accounts/${segment(id)}/disable`);
  }
}
