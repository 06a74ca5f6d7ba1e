import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectLinkBrowserError';

/**
 * A connect link used from another browser than the one that first opened it (or with no
 * browser binding at all): a link is bound to its first browser, so a copy of it that travelled
 * through a model, a log or a chat cannot connect someone else's account to this user.
 */
export class ConnectLinkBrowserError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectLinkBrowserError>(name);
  declare readonly linkId: string;

  constructor({ linkId, message, cause }: ToolRouterErrorOptions & { linkId: string }) {
    message ??= `Connect link '${linkId}' was opened in another browser, and only that browser can finish it. Ask for a new link.`;
    super({ name, code: 'CONNECT_LINK_BROWSER_MISMATCH', message, cause, fields: { linkId } });
  }
}
