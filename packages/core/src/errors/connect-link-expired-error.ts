import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectLinkExpiredError';

/** A connect link used after it expired (links live 10 minutes); its account is now EXPIRED. */
export class ConnectLinkExpiredError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectLinkExpiredError>(name);
  declare readonly linkId: string;
  declare readonly connectedAccountId: string;

  constructor(options: ToolRouterErrorOptions & { linkId: string; connectedAccountId: string }) {
    const { linkId, connectedAccountId, cause } = options;
    const message =
      options.message ??
      `Connect link '${linkId}' has expired. Start a new connection (session.authorize()) and open the new link.`;
    super({ name, code: 'CONNECT_LINK_EXPIRED', message, cause, fields: { linkId, connectedAccountId } });
  }
}
