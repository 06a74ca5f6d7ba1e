import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectedAccountOwnershipError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A session or call that names another user's connected account. */
export class ConnectedAccountOwnershipError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly connectedAccountId: string;
  readonly userId: string;

  constructor({
    connectedAccountId,
    userId,
    message,
    cause,
  }: {
    connectedAccountId: string;
    userId: string;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'CONNECTED_ACCOUNT_OWNERSHIP',
      message:
        message ??
        `Connected account '${connectedAccountId}' does not belong to user '${userId}'. A session may only use its own user's accounts.`,
      cause,
    });
    this.connectedAccountId = connectedAccountId;
    this.userId = userId;
  }

  static override isInstance(error: unknown): error is ConnectedAccountOwnershipError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
