import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectedAccountOwnershipError';

/** A session or call that names another user's connected account. */
export class ConnectedAccountOwnershipError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectedAccountOwnershipError>(name);
  declare readonly connectedAccountId: string;
  declare readonly userId: string;

  constructor(options: ToolRouterErrorOptions & { connectedAccountId: string; userId: string }) {
    const { connectedAccountId, userId, cause } = options;
    const message =
      options.message ??
      `Connected account '${connectedAccountId}' does not belong to user '${userId}'. A session may only use its own user's accounts.`;
    super({
      name,
      code: 'CONNECTED_ACCOUNT_OWNERSHIP',
      message,
      cause,
      fields: { connectedAccountId, userId },
    });
  }
}
