import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectLinkUsedError';

/** A connect link (or its OAuth state) used a second time: links are single use. */
export class ConnectLinkUsedError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectLinkUsedError>(name);
  declare readonly linkId: string;
  declare readonly connectedAccountId: string;

  constructor(options: ToolRouterErrorOptions & { linkId: string; connectedAccountId: string }) {
    const { linkId, connectedAccountId, cause } = options;
    const message =
      options.message ??
      `Connect link '${linkId}' was already used. Start a new connection (session.authorize()) to connect again.`;
    super({ name, code: 'CONNECT_LINK_USED', message, cause, fields: { linkId, connectedAccountId } });
  }
}
