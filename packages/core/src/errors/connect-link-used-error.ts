import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectLinkUsedError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A connect link (or its OAuth state) used a second time: links are single use. */
export class ConnectLinkUsedError extends ToolRouterError {
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
      code: 'CONNECT_LINK_USED',
      message:
        message ??
        `Connect link '${linkId}' was already used. Start a new connection (session.authorize()) to connect again.`,
      cause,
    });
    this.linkId = linkId;
    this.connectedAccountId = connectedAccountId;
  }

  static override isInstance(error: unknown): error is ConnectLinkUsedError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
