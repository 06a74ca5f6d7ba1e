import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectLinkBrowserError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * A connect link used from another browser than the one that first opened it (or with no
 * browser binding at all): a link is bound to its first browser, so a copy of it that travelled
 * through a model, a log or a chat cannot connect someone else's account to this user.
 */
export class ConnectLinkBrowserError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly linkId: string;

  constructor({ linkId, message, cause }: { linkId: string; message?: string; cause?: unknown }) {
    super({
      name,
      code: 'CONNECT_LINK_BROWSER_MISMATCH',
      message:
        message ??
        `Connect link '${linkId}' was opened in another browser, and only that browser can finish it. Ask for a new link.`,
      cause,
    });
    this.linkId = linkId;
  }

  static override isInstance(error: unknown): error is ConnectLinkBrowserError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
