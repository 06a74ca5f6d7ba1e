import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectionFailedError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A connection that ended FAILED or EXPIRED while someone waited for it. */
export class ConnectionFailedError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly connectedAccountId: string;
  readonly status: string;

  constructor({
    connectedAccountId,
    status,
    message,
    cause,
  }: {
    connectedAccountId: string;
    status: string;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'CONNECTION_FAILED',
      message:
        message ??
        `Connected account '${connectedAccountId}' ended ${status}. Start a new connection with session.authorize().`,
      cause,
    });
    this.connectedAccountId = connectedAccountId;
    this.status = status;
  }

  static override isInstance(error: unknown): error is ConnectionFailedError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
