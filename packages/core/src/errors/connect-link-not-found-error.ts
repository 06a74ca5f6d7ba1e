import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectLinkNotFoundError';

/** A connect link (`lnk_...`) that does not exist, or whose account was deleted. */
export class ConnectLinkNotFoundError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectLinkNotFoundError>(name);
  declare readonly linkId: string;

  constructor({ linkId, message, cause }: ToolRouterErrorOptions & { linkId: string }) {
    message ??= `Connect link '${linkId}' does not exist. Ask the application for a new one (session.authorize()).`;
    super({ name, code: 'CONNECT_LINK_NOT_FOUND', message, cause, fields: { linkId } });
  }
}
