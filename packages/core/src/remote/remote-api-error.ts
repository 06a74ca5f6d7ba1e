import { ToolRouterError } from '../errors/tool-router-error.ts';

const name = 'RemoteApiError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * Remote mode only: the toolrouter server could not be reached, or it answered with an error that
 * is not a toolrouter error (a wrong admin key, a route this server does not have, an internal
 * error). `code` is the server's (`UNAUTHORIZED`, `NOT_FOUND`, `INTERNAL_ERROR`, ...) or
 * `SERVER_UNREACHABLE`; `status` is the HTTP status, 0 when no answer came.
 *
 * @example
 * try { await router.ping(); }
 * catch (error) { if (RemoteApiError.isInstance(error) && error.status === 401) console.log('Check apiKey.'); }
 */
export class RemoteApiError extends ToolRouterError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand isInstance() checks
  private readonly [symbol] = true;
  readonly status: number;

  constructor({
    status,
    code,
    message,
    cause,
  }: {
    status: number;
    code: string;
    message: string;
    cause?: unknown;
  }) {
    super({ name, code, message, cause });
    this.status = status;
  }

  static override isInstance(error: unknown): error is RemoteApiError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
