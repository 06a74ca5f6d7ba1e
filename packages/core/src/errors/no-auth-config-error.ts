import { ToolRouterError } from './tool-router-error.ts';

const name = 'NoAuthConfigError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A toolkit that needs auth, with no auth config and nothing the router can create one from. */
export class NoAuthConfigError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly toolkit: string;

  constructor({
    toolkit,
    message,
    cause,
  }: {
    toolkit: string;
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'NO_AUTH_CONFIG', message: message, cause });
    this.toolkit = toolkit;
  }

  static override isInstance(error: unknown): error is NoAuthConfigError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
