import { AuthConfigNotFoundError } from '../errors/auth-config-not-found-error.ts';
import { ConflictError } from '../errors/conflict-error.ts';
import { ConnectLinkBrowserError } from '../errors/connect-link-browser-error.ts';
import { ConnectLinkExpiredError } from '../errors/connect-link-expired-error.ts';
import { ConnectLinkNotFoundError } from '../errors/connect-link-not-found-error.ts';
import { ConnectLinkUsedError } from '../errors/connect-link-used-error.ts';
import { ConnectedAccountNotFoundError } from '../errors/connected-account-not-found-error.ts';
import { ConnectedAccountOwnershipError } from '../errors/connected-account-ownership-error.ts';
import { ConnectionFailedError } from '../errors/connection-failed-error.ts';
import { ConnectionRequestTimeoutError } from '../errors/connection-request-timeout-error.ts';
import { ConnectionRequiredError } from '../errors/connection-required-error.ts';
import { CredentialsRejectedError } from '../errors/credentials-rejected-error.ts';
import { CredentialsUnavailableError } from '../errors/credentials-unavailable-error.ts';
import { EncryptionError } from '../errors/encryption-error.ts';
import { ExecutionLogNotFoundError } from '../errors/execution-log-not-found-error.ts';
import { InvalidToolArgumentsError } from '../errors/invalid-tool-arguments-error.ts';
import { NoAuthConfigError } from '../errors/no-auth-config-error.ts';
import { OAuthStateError } from '../errors/oauth-state-error.ts';
import { OAuthTokenError } from '../errors/oauth-token-error.ts';
import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { SessionConfigConflictError } from '../errors/session-config-conflict-error.ts';
import { SessionNotFoundError } from '../errors/session-not-found-error.ts';
import { StoreError } from '../errors/store-error.ts';
import { ToolNotFoundError } from '../errors/tool-not-found-error.ts';
import type { ToolRouterError } from '../errors/tool-router-error.ts';
import { ToolkitNotFoundError } from '../errors/toolkit-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { ToolTimeoutError } from '../execution/tool-timeout-error.ts';
import { RemoteApiError } from './remote-api-error.ts';

type ErrorClass = new (fields: never) => ToolRouterError;

/** Every error class the REST API can answer with, by its `code`. */
const ERROR_CLASSES: Record<string, ErrorClass> = {
  AUTH_CONFIG_NOT_FOUND: AuthConfigNotFoundError,
  CONFLICT: ConflictError,
  CONNECT_LINK_BROWSER_MISMATCH: ConnectLinkBrowserError,
  CONNECT_LINK_EXPIRED: ConnectLinkExpiredError,
  CONNECT_LINK_NOT_FOUND: ConnectLinkNotFoundError,
  CONNECT_LINK_USED: ConnectLinkUsedError,
  CONNECTED_ACCOUNT_NOT_FOUND: ConnectedAccountNotFoundError,
  CONNECTED_ACCOUNT_OWNERSHIP: ConnectedAccountOwnershipError,
  CONNECTION_FAILED: ConnectionFailedError,
  CONNECTION_REQUEST_TIMEOUT: ConnectionRequestTimeoutError,
  CONNECTION_REQUIRED: ConnectionRequiredError,
  CREDENTIALS_REJECTED: CredentialsRejectedError,
  CREDENTIALS_UNAVAILABLE: CredentialsUnavailableError,
  ENCRYPTION_ERROR: EncryptionError,
  EXECUTION_LOG_NOT_FOUND: ExecutionLogNotFoundError,
  INVALID_TOOL_ARGUMENTS: InvalidToolArgumentsError,
  NO_AUTH_CONFIG: NoAuthConfigError,
  OAUTH_STATE_INVALID: OAuthStateError,
  OAUTH_TOKEN_ERROR: OAuthTokenError,
  OUTBOUND_REQUEST_REFUSED: OutboundRequestRefusedError,
  SESSION_CONFIG_CONFLICT: SessionConfigConflictError,
  SESSION_NOT_FOUND: SessionNotFoundError,
  STORE_ERROR: StoreError,
  TOOL_NOT_FOUND: ToolNotFoundError,
  TOOLKIT_NOT_FOUND: ToolkitNotFoundError,
  TOOL_TIMEOUT: ToolTimeoutError,
  VALIDATION_ERROR: ValidationError,
};

interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: Record<string, unknown> };
}

/**
 * The typed error a REST error answer stands for: `{ error: { code, message, field?, details? } }`
 * becomes the core error class of that code with the same message, field and data (`details`), so
 * `SessionNotFoundError.isInstance(error)` holds in remote mode as in embedded mode. Codes that are
 * not toolrouter errors (the HTTP layer's own) become a RemoteApiError.
 */
export function rebuildError(status: number, body: unknown): ToolRouterError {
  if (!isErrorBody(body)) {
    return new RemoteApiError({
      status,
      code: 'INVALID_RESPONSE',
      message: `The toolrouter server answered ${status} without a JSON error. Check that apiUrl points at a toolrouter server.`,
    });
  }
  const { code, message, field, details } = body.error;
  const ErrorClass = ERROR_CLASSES[code];
  if (!ErrorClass) return new RemoteApiError({ status, code, message });
  return new ErrorClass({ ...details, ...(field === undefined ? {} : { field }), message } as never);
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}
