import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectLinkNotFoundError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A connect link (`lnk_...`) that does not exist, or whose account was deleted. */
export class ConnectLinkNotFoundError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly linkId: string;

  constructor({ linkId, message, cause }: { linkId: string; message?: string; cause?: unknown }) {
    super({
      name,
      code: 'CONNECT_LINK_NOT_FOUND',
      message:
        message ??
        `Connect link '${linkId}' does not exist. Ask the application for a new one (session.authorize()).`,
      cause,
    });
    this.linkId = linkId;
  }

  static override isInstance(error: unknown): error is ConnectLinkNotFoundError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
