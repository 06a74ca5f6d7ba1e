import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectedAccountNotFoundError';

/** A connected account id (or alias) that does not exist for this user. */
export class ConnectedAccountNotFoundError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectedAccountNotFoundError>(name);
  declare readonly connectedAccountId: string;

  constructor({
    connectedAccountId,
    message,
    cause,
  }: ToolRouterErrorOptions & { connectedAccountId: string }) {
    message ??= `Connected account '${connectedAccountId}' does not exist. List them with router.connectedAccounts.list({ userId }).`;
    super({ name, code: 'CONNECTED_ACCOUNT_NOT_FOUND', message, cause, fields: { connectedAccountId } });
  }
}
