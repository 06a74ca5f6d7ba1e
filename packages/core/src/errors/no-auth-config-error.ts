import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'NoAuthConfigError';

/** A toolkit that needs auth, with no auth config and nothing the router can create one from. */
export class NoAuthConfigError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<NoAuthConfigError>(name);
  declare readonly toolkit: string;

  constructor({ toolkit, message, cause }: ToolRouterErrorOptions & { toolkit: string; message: string }) {
    super({ name, code: 'NO_AUTH_CONFIG', message, cause, fields: { toolkit } });
  }
}
