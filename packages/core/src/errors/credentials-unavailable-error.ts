import { ToolRouterError } from './tool-router-error.ts';

const name = 'CredentialsUnavailableError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * An ACTIVE connected account whose stored credentials are missing, empty, unreadable (tampered,
 * or sealed with a key this router does not hold) or not what its auth scheme needs. The call is
 * refused: a credential that cannot be read is never replaced by no credential.
 *
 * @example
 * if (CredentialsUnavailableError.isInstance(error)) console.log(error.connectedAccountId);
 */
export class CredentialsUnavailableError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly connectedAccountId: string;

  constructor({
    connectedAccountId,
    message,
    cause,
  }: { connectedAccountId: string; message: string; cause?: unknown }) {
    super({ name, code: 'CREDENTIALS_UNAVAILABLE', message, cause });
    this.connectedAccountId = connectedAccountId;
  }

  static override isInstance(error: unknown): error is CredentialsUnavailableError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
