import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'CredentialsRejectedError';

/**
 * Credentials that failed the toolkit's check request before they were stored: nothing was saved,
 * so a working account is never replaced by a typo. `status` is the check's HTTP status (`null`
 * when the API could not be reached).
 */
export class CredentialsRejectedError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<CredentialsRejectedError>(name);
  declare readonly toolkit: string;
  declare readonly status: number | null;

  constructor(options: ToolRouterErrorOptions & { toolkit: string; status: number | null; message: string }) {
    const { toolkit, status, message, cause } = options;
    super({ name, code: 'CREDENTIALS_REJECTED', message, cause, fields: { toolkit, status } });
  }
}
