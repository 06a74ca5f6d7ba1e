import { describe, expect, it } from 'vitest';
import { ToolTimeoutError } from '../execution/tool-timeout-error.ts';
import { RemoteApiError } from '../remote/remote-api-error.ts';
import { AuthConfigNotFoundError } from './auth-config-not-found-error.ts';
import { ConflictError } from './conflict-error.ts';
import { ConnectLinkBrowserError } from './connect-link-browser-error.ts';
import { ConnectLinkExpiredError } from './connect-link-expired-error.ts';
import { ConnectLinkNotFoundError } from './connect-link-not-found-error.ts';
import { ConnectLinkUsedError } from './connect-link-used-error.ts';
import { ConnectedAccountNotFoundError } from './connected-account-not-found-error.ts';
import { ConnectedAccountOwnershipError } from './connected-account-ownership-error.ts';
import { ConnectionFailedError } from './connection-failed-error.ts';
import { ConnectionRequestTimeoutError } from './connection-request-timeout-error.ts';
import { ConnectionRequiredError } from './connection-required-error.ts';
import { CredentialsRejectedError } from './credentials-rejected-error.ts';
import { CredentialsUnavailableError } from './credentials-unavailable-error.ts';
import { EncryptionError } from './encryption-error.ts';
import { InvalidToolArgumentsError } from './invalid-tool-arguments-error.ts';
import { NoAuthConfigError } from './no-auth-config-error.ts';
import { OAuthStateError } from './oauth-state-error.ts';
import { OAuthTokenError } from './oauth-token-error.ts';
import { OutboundRequestRefusedError } from './outbound-request-refused-error.ts';
import { SessionConfigConflictError } from './session-config-conflict-error.ts';
import { SessionNotFoundError } from './session-not-found-error.ts';
import { StoreError } from './store-error.ts';
import { ToolNotFoundError } from './tool-not-found-error.ts';
import { ToolRouterError } from './tool-router-error.ts';
import { ToolkitNotFoundError } from './toolkit-not-found-error.ts';
import { ValidationError } from './validation-error.ts';

type AnyErrorClass = (new (options: never) => ToolRouterError) & { isInstance(error: unknown): boolean };

interface ErrorCase {
  ErrorClass: AnyErrorClass;
  name: string;
  code: string;
  /** The class's own data fields, in the order the error lists them (optional ones as `undefined`). */
  fields: Record<string, unknown>;
  /** The message when none is given; `undefined` where the caller must give one. */
  defaultMessage: string | undefined;
}

/**
 * Every error class with the data it carries and its default message, word for word: the server
 * maps these codes to HTTP statuses, the remote client and the Python client rebuild errors from
 * them, and agents read the messages.
 */
const CASES: ErrorCase[] = [
  {
    ErrorClass: AuthConfigNotFoundError,
    name: 'AuthConfigNotFoundError',
    code: 'AUTH_CONFIG_NOT_FOUND',
    fields: { authConfigId: 'ac_1' },
    defaultMessage: "Auth config 'ac_1' does not exist. List them with router.authConfigs.list().",
  },
  {
    ErrorClass: ConflictError,
    name: 'ConflictError',
    code: 'CONFLICT',
    fields: { field: 'alias' },
    defaultMessage: undefined,
  },
  {
    ErrorClass: ConnectLinkBrowserError,
    name: 'ConnectLinkBrowserError',
    code: 'CONNECT_LINK_BROWSER_MISMATCH',
    fields: { linkId: 'lnk_1' },
    defaultMessage:
      "Connect link 'lnk_1' was opened in another browser, and only that browser can finish it. Ask for a new link.",
  },
  {
    ErrorClass: ConnectLinkExpiredError,
    name: 'ConnectLinkExpiredError',
    code: 'CONNECT_LINK_EXPIRED',
    fields: { linkId: 'lnk_1', connectedAccountId: 'ca_1' },
    defaultMessage:
      "Connect link 'lnk_1' has expired. Start a new connection (session.authorize()) and open the new link.",
  },
  {
    ErrorClass: ConnectLinkNotFoundError,
    name: 'ConnectLinkNotFoundError',
    code: 'CONNECT_LINK_NOT_FOUND',
    fields: { linkId: 'lnk_1' },
    defaultMessage:
      "Connect link 'lnk_1' does not exist. Ask the application for a new one (session.authorize()).",
  },
  {
    ErrorClass: ConnectLinkUsedError,
    name: 'ConnectLinkUsedError',
    code: 'CONNECT_LINK_USED',
    fields: { linkId: 'lnk_1', connectedAccountId: 'ca_1' },
    defaultMessage:
      "Connect link 'lnk_1' was already used. Start a new connection (session.authorize()) to connect again.",
  },
  {
    ErrorClass: ConnectedAccountNotFoundError,
    name: 'ConnectedAccountNotFoundError',
    code: 'CONNECTED_ACCOUNT_NOT_FOUND',
    fields: { connectedAccountId: 'ca_1' },
    defaultMessage:
      "Connected account 'ca_1' does not exist. List them with router.connectedAccounts.list({ userId }).",
  },
  {
    ErrorClass: ConnectedAccountOwnershipError,
    name: 'ConnectedAccountOwnershipError',
    code: 'CONNECTED_ACCOUNT_OWNERSHIP',
    fields: { connectedAccountId: 'ca_1', userId: 'user_1' },
    defaultMessage:
      "Connected account 'ca_1' does not belong to user 'user_1'. A session may only use its own user's accounts.",
  },
  {
    ErrorClass: ConnectionFailedError,
    name: 'ConnectionFailedError',
    code: 'CONNECTION_FAILED',
    fields: { connectedAccountId: 'ca_1', status: 'FAILED' },
    defaultMessage: "Connected account 'ca_1' ended FAILED. Start a new connection with session.authorize().",
  },
  {
    ErrorClass: ConnectionRequestTimeoutError,
    name: 'ConnectionRequestTimeoutError',
    code: 'CONNECTION_REQUEST_TIMEOUT',
    fields: { connectedAccountId: 'ca_1', timeoutMs: 500 },
    defaultMessage:
      "Connected account 'ca_1' did not become ACTIVE within 500 ms. Ask the user to finish the connect link, then wait again.",
  },
  {
    ErrorClass: ConnectionRequiredError,
    name: 'ConnectionRequiredError',
    code: 'CONNECTION_REQUIRED',
    fields: { toolkit: 'github', authConfigId: 'ac_1', redirectUrl: 'https://example.test/connect' },
    defaultMessage: undefined,
  },
  {
    ErrorClass: CredentialsRejectedError,
    name: 'CredentialsRejectedError',
    code: 'CREDENTIALS_REJECTED',
    fields: { toolkit: 'github', status: 401 },
    defaultMessage: undefined,
  },
  {
    ErrorClass: CredentialsUnavailableError,
    name: 'CredentialsUnavailableError',
    code: 'CREDENTIALS_UNAVAILABLE',
    fields: { connectedAccountId: 'ca_1' },
    defaultMessage: undefined,
  },
  {
    ErrorClass: EncryptionError,
    name: 'EncryptionError',
    code: 'ENCRYPTION_ERROR',
    fields: {},
    defaultMessage: undefined,
  },
  {
    ErrorClass: InvalidToolArgumentsError,
    name: 'InvalidToolArgumentsError',
    code: 'INVALID_TOOL_ARGUMENTS',
    fields: { toolSlug: 'GITHUB_GET_REPO', issues: [{ field: 'owner', message: 'is required' }] },
    defaultMessage: undefined,
  },
  {
    ErrorClass: NoAuthConfigError,
    name: 'NoAuthConfigError',
    code: 'NO_AUTH_CONFIG',
    fields: { toolkit: 'github' },
    defaultMessage: undefined,
  },
  {
    ErrorClass: OAuthStateError,
    name: 'OAuthStateError',
    code: 'OAUTH_STATE_INVALID',
    fields: {},
    defaultMessage:
      'The OAuth callback carries no state that this toolrouter issued. Open the connect link again to start over.',
  },
  {
    ErrorClass: OAuthTokenError,
    name: 'OAuthTokenError',
    code: 'OAUTH_TOKEN_ERROR',
    fields: { error: 'invalid_grant', status: 400 },
    defaultMessage: undefined,
  },
  {
    ErrorClass: OutboundRequestRefusedError,
    name: 'OutboundRequestRefusedError',
    code: 'OUTBOUND_REQUEST_REFUSED',
    fields: { address: '169.254.169.254', reason: 'metadata' },
    defaultMessage: undefined,
  },
  {
    ErrorClass: SessionConfigConflictError,
    name: 'SessionConfigConflictError',
    code: 'SESSION_CONFIG_CONFLICT',
    fields: { sessionId: 'ses_1', expectedConfigVersion: 1, actualConfigVersion: 2 },
    defaultMessage:
      "Session 'ses_1' is at config version 2, not 1: another update landed first. Read the session again and retry.",
  },
  {
    ErrorClass: SessionNotFoundError,
    name: 'SessionNotFoundError',
    code: 'SESSION_NOT_FOUND',
    fields: { sessionId: 'ses_1' },
    defaultMessage:
      "Session 'ses_1' does not exist (or was deleted). Create one with router.create(userId, config).",
  },
  { ErrorClass: StoreError, name: 'StoreError', code: 'STORE_ERROR', fields: {}, defaultMessage: undefined },
  {
    ErrorClass: ToolNotFoundError,
    name: 'ToolNotFoundError',
    code: 'TOOL_NOT_FOUND',
    fields: { toolSlug: 'GITHUB_GET_REPOS', suggestions: ['GITHUB_GET_REPO'] },
    defaultMessage: undefined,
  },
  {
    ErrorClass: ToolkitNotFoundError,
    name: 'ToolkitNotFoundError',
    code: 'TOOLKIT_NOT_FOUND',
    fields: { toolkit: 'githb', suggestions: ['github'] },
    defaultMessage: undefined,
  },
  {
    ErrorClass: ValidationError,
    name: 'ValidationError',
    code: 'VALIDATION_ERROR',
    fields: { field: 'toolkits' },
    defaultMessage: undefined,
  },
  {
    ErrorClass: ToolTimeoutError,
    name: 'ToolTimeoutError',
    code: 'TOOL_TIMEOUT',
    fields: { timeoutMs: 5000, toolSlug: 'GITHUB_GET_REPO' },
    defaultMessage:
      'GITHUB_GET_REPO did not finish within 5000 ms. Try again later, or ask for less data at once.',
  },
  {
    ErrorClass: RemoteApiError,
    name: 'RemoteApiError',
    code: 'UNAUTHORIZED',
    fields: { status: 401 },
    defaultMessage: undefined,
  },
];

/** Builds the case's error; `code` is a constructor argument of RemoteApiError only. */
function build({ ErrorClass, code, fields }: ErrorCase, extra: Record<string, unknown>): ToolRouterError {
  const codeArgument = ErrorClass === RemoteApiError ? { code } : {};
  return new ErrorClass({ ...fields, ...codeArgument, ...extra } as never);
}

function brand(error: unknown, marker: string): unknown {
  return (error as Record<symbol, unknown>)[Symbol.for(marker)];
}

describe('toolrouter error classes', () => {
  it.each(CASES)('$name carries its name, code, fields and message', (errorCase) => {
    const { ErrorClass, name, code, fields, defaultMessage } = errorCase;
    const message = defaultMessage ?? `The ${name} message.`;
    const error = build(errorCase, defaultMessage === undefined ? { message } : {});

    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ToolRouterError);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(String(error)).toBe(`${name}: ${message}`);
    // Own enumerable data, in order: what the server sends as `details` and a remote client rebuilds.
    expect(Object.entries(error)).toEqual([['code', code], ['name', name], ...Object.entries(fields)]);
    expect('cause' in error).toBe(false);
  });

  it.each(CASES)('$name takes a message and a cause', (errorCase) => {
    const cause = new Error('underlying');
    const error = build(errorCase, { message: 'Told by the caller.', cause });

    expect(error.message).toBe('Told by the caller.');
    expect(error.cause).toBe(cause);
    expect(Object.keys(error)).not.toContain('cause');
  });

  it.each(CASES)('$name is recognised by its brand, also across package copies', (errorCase) => {
    const { ErrorClass, name } = errorCase;
    const error = build(errorCase, { message: 'm' });

    expect(brand(error, 'toolrouter.error')).toBe(true);
    expect(brand(error, `toolrouter.error.${name}`)).toBe(true);
    expect(ToolRouterError.isInstance(error)).toBe(true);
    expect(ErrorClass.isInstance(error)).toBe(true);
    // Unbound, as in `errors.filter(SessionNotFoundError.isInstance)`.
    expect([error, new Error('plain')].filter(ErrorClass.isInstance)).toEqual([error]);
    // An error from another copy of the package carries the same registered symbols.
    const fromOtherCopy = { [Symbol.for(`toolrouter.error.${name}`)]: true };
    expect(ErrorClass.isInstance(fromOtherCopy)).toBe(true);
    for (const other of CASES) {
      if (other.ErrorClass !== ErrorClass) expect(other.ErrorClass.isInstance(error)).toBe(false);
    }
  });

  it('fills the optional fields of an error with undefined when they are not given', () => {
    const errors = [
      new ConflictError({ message: 'm' }),
      new ValidationError({ message: 'm' }),
      new ConnectionRequiredError({ toolkit: 'github', message: 'm' }),
      new OAuthTokenError({ error: 'network_error', message: 'm' }),
      new ToolTimeoutError({ timeoutMs: 10 }),
    ];

    expect(errors.map((error) => Object.keys(error).slice(2))).toEqual([
      ['field'],
      ['field'],
      ['toolkit', 'authConfigId', 'redirectUrl'],
      ['error', 'status'],
      ['timeoutMs', 'toolSlug'],
    ]);
    expect(errors[4]?.message).toBe(
      'The tool call did not finish within 10 ms. Try again later, or ask for less data at once.',
    );
  });

  it('rejects values that are not toolrouter errors', () => {
    for (const value of [
      undefined,
      null,
      'SESSION_NOT_FOUND',
      new Error('x'),
      { code: 'SESSION_NOT_FOUND' },
    ]) {
      expect(ToolRouterError.isInstance(value)).toBe(false);
      expect(SessionNotFoundError.isInstance(value)).toBe(false);
    }
  });
});
