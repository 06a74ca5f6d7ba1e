import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'AuthConfigNotFoundError';

/** An auth config id that does not exist. */
export class AuthConfigNotFoundError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<AuthConfigNotFoundError>(name);
  declare readonly authConfigId: string;

  constructor({ authConfigId, message, cause }: ToolRouterErrorOptions & { authConfigId: string }) {
    message ??= `Auth config '${authConfigId}' does not exist. List them with router.authConfigs.list().`;
    super({ name, code: 'AUTH_CONFIG_NOT_FOUND', message, cause, fields: { authConfigId } });
  }
}
