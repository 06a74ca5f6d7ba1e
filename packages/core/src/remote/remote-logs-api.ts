import type { ExecutionLog } from '../logs/execution-log.ts';
import { type ListLogsFilter, LogsApi } from '../logs/logs-api.ts';
import { noLocalRuntime, type RemoteRuntime } from './remote-runtime.ts';

/** `router.logs` in remote mode. */
export class RemoteLogsApi extends LogsApi {
  readonly #remote: () => Promise<RemoteRuntime>;

  constructor(remote: () => Promise<RemoteRuntime>) {
    super(noLocalRuntime);
    this.#remote = remote;
  }

  override async list(
    filter: ListLogsFilter = {},
  ): Promise<{ items: ExecutionLog[]; nextCursor: string | null }> {
    const { client } = await this.#remote();
    return client.request('GET', '/logs', { query: { ...filter } });
  }
}
