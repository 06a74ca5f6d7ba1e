import { ToolRouterError } from './tool-router-error.ts';

const name = 'OAuthTokenError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * A provider's token endpoint refused a request (code exchange or refresh). `error` is the OAuth
 * error code (`invalid_grant`, ...); the message never carries a token or secret.
 */
export class OAuthTokenError extends ToolRouterError {
  private readonly [symbol] = true;
  /** The OAuth error code, e.g. `invalid_grant`; `network_error` or `invalid_response` when no usable answer came. */
  readonly error: string;
  /** The HTTP status of the answer, when one came. */
  readonly status: number | undefined;

  constructor({
    error,
    status,
    message,
    cause,
  }: {
    error: string;
    status?: number;
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'OAUTH_TOKEN_ERROR', message, cause });
    this.error = error;
    this.status = status;
  }

  static override isInstance(error: unknown): error is OAuthTokenError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
