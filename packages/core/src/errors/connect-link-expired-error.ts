import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectLinkExpiredError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A connect link used after it expired (links live 10 minutes); its account is now EXPIRED. */
export class ConnectLinkExpiredError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly linkId: string;
  readonly connectedAccountId: string;

  constructor({
    linkId,
    connectedAccountId,
    message,
    cause,
  }: {
    linkId: string;
    connectedAccountId: string;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'CONNECT_LINK_EXPIRED',
      message:
        message ??
        `Connect link '${linkId}' has expired. Start a new connection (session.authorize()) and open the new link.`,
      cause,
    });
    this.linkId = linkId;
    this.connectedAccountId = connectedAccountId;
  }

  static override isInstance(error: unknown): error is ConnectLinkExpiredError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
