import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConnectionRequiredError';

/** A tool needs a connected account the user has not connected yet. */
export class ConnectionRequiredError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConnectionRequiredError>(name);
  declare readonly toolkit: string;
  declare readonly authConfigId: string | undefined;
  declare readonly redirectUrl: string | undefined;

  constructor(
    options: ToolRouterErrorOptions & {
      toolkit: string;
      authConfigId?: string;
      redirectUrl?: string;
      message: string;
    },
  ) {
    const { toolkit, authConfigId, redirectUrl, message, cause } = options;
    super({
      name,
      code: 'CONNECTION_REQUIRED',
      message,
      cause,
      fields: { toolkit, authConfigId, redirectUrl },
    });
  }
}
