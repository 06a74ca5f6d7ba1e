import { ValidationError } from '../errors/validation-error.ts';
import { rebuildError } from './rebuild-error.ts';
import { RemoteApiError } from './remote-api-error.ts';

export type QueryValue = string | number | boolean | string[] | undefined;

export interface RestRequest {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * The JSON client of a toolrouter server's `/api/v1`: sends the admin key, and turns error answers
 * back into the typed core errors. The key never appears in an error.
 *
 * @example
 * const client = new RestClient({ apiUrl: 'https://tools.example.com', apiKey });
 * const { items } = await client.request<{ items: Toolkit[] }>('GET', '/toolkits');
 */
export class RestClient {
  /** `<server>/api/v1`, without a trailing slash. */
  readonly apiUrl: string;
  readonly #apiKey: string;
  readonly #fetch: typeof globalThis.fetch;

  constructor({
    apiUrl,
    apiKey,
    fetch = (input, init) => globalThis.fetch(input, init),
  }: {
    apiUrl: string;
    apiKey: string;
    fetch?: typeof globalThis.fetch;
  }) {
    const trimmed = apiUrl.replace(/\/+$/, '');
    this.apiUrl = /\/api\/v1$/.test(trimmed) ? trimmed : `${trimmed}/api/v1`;
    this.#apiKey = apiKey;
    this.#fetch = fetch;
  }

  async request<T>(method: string, path: string, request: RestRequest = {}): Promise<T> {
    const url = new URL(`${this.apiUrl}${path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined)
        url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.#apiKey}`,
      accept: 'application/json',
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    let text: string;
    let status: number;
    try {
      const response = await this.#fetch(url, {
        method,
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        ...(request.signal ? { signal: request.signal } : {}),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      // The caller gave up: reject with its reason, as an embedded call does.
      if (request.signal?.aborted) throw request.signal.reason;
      throw new RemoteApiError({
        status: 0,
        code: 'SERVER_UNREACHABLE',
        message: `Cannot reach the toolrouter server at ${url.origin} (${error instanceof Error ? error.message : String(error)}). Check apiUrl and that the server is running.`,
        cause: error,
      });
    }
    const body = parseJson(text);
    if (status >= 400) throw rebuildError(status, body === NOT_JSON ? undefined : body);
    if (body === NOT_JSON) {
      throw new RemoteApiError({
        status,
        code: 'INVALID_RESPONSE',
        message: `${url.origin} answered ${method} ${url.pathname} with something other than JSON. Check that apiUrl points at a toolrouter server.`,
      });
    }
    return body as T;
  }
}

/**
 * One path segment of a REST route, percent-encoded. An empty id would address another route (the
 * list), so it is refused here.
 */
export function segment(value: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new ValidationError({ message: `Expected a non-empty id, got ${JSON.stringify(value)}.` });
  }
  return encodeURIComponent(value);
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}
