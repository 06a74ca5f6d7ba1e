import { ToolRouterError } from './tool-router-error.ts';

const name = 'OAuthStateError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** An OAuth callback whose `state` is missing or unknown: it did not start from a connect link here. */
export class OAuthStateError extends ToolRouterError {
  private readonly [symbol] = true;

  constructor({ message, cause }: { message?: string; cause?: unknown } = {}) {
    super({
      name,
      code: 'OAUTH_STATE_INVALID',
      message:
        message ??
        'The OAuth callback carries no state that this toolrouter issued. Open the connect link again to start over.',
      cause,
    });
  }

  static override isInstance(error: unknown): error is OAuthStateError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
