import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectedAccountNotFoundError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A connected account id (or alias) that does not exist for this user. */
export class ConnectedAccountNotFoundError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly connectedAccountId: string;

  constructor({
    connectedAccountId,
    message,
    cause,
  }: {
    connectedAccountId: string;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'CONNECTED_ACCOUNT_NOT_FOUND',
      message:
        message ??
        `Connected account '${connectedAccountId}' does not exist. List them with router.connectedAccounts.list({ userId }).`,
      cause,
    });
    this.connectedAccountId = connectedAccountId;
  }

  static override isInstance(error: unknown): error is ConnectedAccountNotFoundError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
