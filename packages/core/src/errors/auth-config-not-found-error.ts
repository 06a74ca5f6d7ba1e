import { ToolRouterError } from './tool-router-error.ts';

const name = 'AuthConfigNotFoundError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** An auth config id that does not exist. */
export class AuthConfigNotFoundError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly authConfigId: string;

  constructor({
    authConfigId,
    message,
    cause,
  }: {
    authConfigId: string;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'AUTH_CONFIG_NOT_FOUND',
      message:
        message ?? `Auth config '${authConfigId}' does not exist. List them with router.authConfigs.list().`,
      cause,
    });
    this.authConfigId = authConfigId;
  }

  static override isInstance(error: unknown): error is AuthConfigNotFoundError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
