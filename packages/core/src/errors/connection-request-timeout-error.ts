import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectionRequestTimeoutError';

/** waitForConnection() ran out of time. */
export class ConnectionRequestTimeoutError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectionRequestTimeoutError>(name);
  declare readonly connectedAccountId: string;
  declare readonly timeoutMs: number;

  constructor(options: ToolRouterErrorOptions & { connectedAccountId: string; timeoutMs: number }) {
    const { connectedAccountId, timeoutMs, cause } = options;
    const message =
      options.message ??
      `Connected account '${connectedAccountId}' did not become ACTIVE within ${timeoutMs} ms. Ask the user to finish the connect link, then wait again.`;
    super({
      name,
      code: 'CONNECTION_REQUEST_TIMEOUT',
      message,
      cause,
      fields: { connectedAccountId, timeoutMs },
    });
  }
}
