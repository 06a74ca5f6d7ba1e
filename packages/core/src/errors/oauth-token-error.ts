import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'OAuthTokenError';

/**
 * A provider's token endpoint refused a request (code exchange or refresh). `error` is the OAuth
 * error code (`invalid_grant`, ...); the message never carries a token or secret.
 */
export class OAuthTokenError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<OAuthTokenError>(name);
  /** The OAuth error code, e.g. `invalid_grant`; `network_error` or `invalid_response` when no usable answer came. */
  declare readonly error: string;
  /** The HTTP status of the answer, when one came. */
  declare readonly status: number | undefined;

  constructor(options: ToolRouterErrorOptions & { error: string; status?: number; message: string }) {
    const { error, status, message, cause } = options;
    super({ name, code: 'OAUTH_TOKEN_ERROR', message, cause, fields: { error, status } });
  }
}
