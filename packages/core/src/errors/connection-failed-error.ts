import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectionFailedError';

/** A connection that ended FAILED or EXPIRED while someone waited for it. */
export class ConnectionFailedError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectionFailedError>(name);
  declare readonly connectedAccountId: string;
  declare readonly status: string;

  constructor(options: ToolRouterErrorOptions & { connectedAccountId: string; status: string }) {
    const { connectedAccountId, status, cause } = options;
    const message =
      options.message ??
      `Connected account '${connectedAccountId}' ended ${status}. Start a new connection with session.authorize().`;
    super({ name, code: 'CONNECTION_FAILED', message, cause, fields: { connectedAccountId, status } });
  }
}
