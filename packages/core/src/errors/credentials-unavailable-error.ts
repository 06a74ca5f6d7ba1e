import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'CredentialsUnavailableError';

/**
 * An ACTIVE connected account whose stored credentials are missing, empty, unreadable (tampered,
 * or sealed with a key this router does not hold) or not what its auth scheme needs. The call is
 * refused: a credential that cannot be read is never replaced by no credential.
 *
 * @example
 * if (CredentialsUnavailableError.isInstance(error)) console.log(error.connectedAccountId);
 */
export class CredentialsUnavailableError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<CredentialsUnavailableError>(name);
  declare readonly connectedAccountId: string;

  constructor(options: ToolRouterErrorOptions & { connectedAccountId: string; message: string }) {
    const { connectedAccountId, message, cause } = options;
    super({ name, code: 'CREDENTIALS_UNAVAILABLE', message, cause, fields: { connectedAccountId } });
  }
}
