import type { ExecutionLog } from '../logs/execution-log.ts';
import type { ListLogsFilter, LogsApi } from '../logs/logs-api.ts';
import type { RemoteRuntime } from './remote-runtime.ts';

/** `router.logs` in remote mode. */
export class RemoteLogsApi implements LogsApi {
  readonly #remote: () => Promise<RemoteRuntime>;

  constructor(remote: () => Promise<RemoteRuntime>) {
    this.#remote = remote;
  }

  async list(filter: ListLogsFilter = {}): Promise<{ items: ExecutionLog[]; nextCursor: string | null }> {
    const { client } = await this.#remote();
    return client.request('GET', '/logs', { query: { ...filter } });
  }
}
