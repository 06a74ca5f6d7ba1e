import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectionRequestTimeoutError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** waitForConnection() ran out of time. */
export class ConnectionRequestTimeoutError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly connectedAccountId: string;
  readonly timeoutMs: number;

  constructor({
    connectedAccountId,
    timeoutMs,
    message,
    cause,
  }: {
    connectedAccountId: string;
    timeoutMs: number;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'CONNECTION_REQUEST_TIMEOUT',
      message:
        message ??
        `Connected account '${connectedAccountId}' did not become ACTIVE within ${timeoutMs} ms. Ask the user to finish the connect link, then wait again.`,
      cause,
    });
    this.connectedAccountId = connectedAccountId;
    this.timeoutMs = timeoutMs;
  }

  static override isInstance(error: unknown): error is ConnectionRequestTimeoutError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
