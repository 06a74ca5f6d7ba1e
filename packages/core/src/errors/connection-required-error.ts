import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConnectionRequiredError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A tool needs a connected account the user has not connected yet. */
export class ConnectionRequiredError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly toolkit: string;
  readonly authConfigId: string | undefined;
  readonly redirectUrl: string | undefined;

  constructor({
    toolkit,
    authConfigId,
    redirectUrl,
    message,
    cause,
  }: {
    toolkit: string;
    authConfigId?: string;
    redirectUrl?: string;
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'CONNECTION_REQUIRED', message: message, cause });
    this.toolkit = toolkit;
    this.authConfigId = authConfigId;
    this.redirectUrl = redirectUrl;
  }

  static override isInstance(error: unknown): error is ConnectionRequiredError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
