import { ToolRouterError } from './tool-router-error.ts';

const name = 'CredentialsRejectedError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * Credentials that failed the toolkit's check request before they were stored: nothing was saved,
 * so a working account is never replaced by a typo. `status` is the check's HTTP status (`null`
 * when the API could not be reached).
 */
export class CredentialsRejectedError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly toolkit: string;
  readonly status: number | null;

  constructor({
    toolkit,
    status,
    message,
    cause,
  }: {
    toolkit: string;
    status: number | null;
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'CREDENTIALS_REJECTED', message, cause });
    this.toolkit = toolkit;
    this.status = status;
  }

  static override isInstance(error: unknown): error is CredentialsRejectedError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
