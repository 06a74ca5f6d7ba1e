import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'OAuthStateError';

/** An OAuth callback whose `state` is missing or unknown: it did not start from a connect link here. */
export class OAuthStateError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<OAuthStateError>(name);

  constructor({ message, cause }: ToolRouterErrorOptions = {}) {
    message ??=
      'The OAuth callback carries no state that this toolrouter issued. Open the connect link again to start over.';
    super({ name, code: 'OAUTH_STATE_INVALID', message, cause });
  }
}
