import type { ExecutionLog, ExecutionLogDetail } from '../logs/execution-log.ts';
import type { ListLogsFilter, LogsApi } from '../logs/logs-api.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { segment } from './rest-client.ts';

/** `router.logs` in remote mode. */
export class RemoteLogsApi implements LogsApi {
  readonly #remote: () => Promise<RemoteRuntime>;

  constructor(remote: () => Promise<RemoteRuntime>) {
    this.#remote = remote;
  }

  async list(filter: ListLogsFilter = {}): Promise<{ items: ExecutionLog[]; nextCursor: string | null }> {
    const { client } = await this.#remote();
    const { since, until, ...rest } = filter;
    // A Date crosses as its ISO text; the server checks both, as embedded mode does.
    const time = (value: Date | string) => (value instanceof Date ? value.toISOString() : value);
    return client.request('GET', '/logs', {
      query: {
        ...rest,
        ...(since !== undefined ? { since: time(since) } : {}),
        ...(until !== undefined ? { until: time(until) } : {}),
      },
    });
  }

  async get(id: string): Promise<ExecutionLogDetail> {
    const { client } = await this.#remote();
    return client.request('GET', `/logs/${segment(id)}`);
  }
}
