// Every export here is public API; named exports only.
export { ToolRouterError } from './errors/tool-router-error.ts';
export { ValidationError } from './errors/validation-error.ts';
export { InvalidToolArgumentsError } from './errors/invalid-tool-arguments-error.ts';
export { SessionNotFoundError } from './errors/session-not-found-error.ts';
export { SessionConfigConflictError } from './errors/session-config-conflict-error.ts';
export { ToolkitNotFoundError } from './errors/toolkit-not-found-error.ts';
export { ToolNotFoundError } from './errors/tool-not-found-error.ts';
export { AuthConfigNotFoundError } from './errors/auth-config-not-found-error.ts';
export { ConnectedAccountNotFoundError } from './errors/connected-account-not-found-error.ts';
export { NoAuthConfigError } from './errors/no-auth-config-error.ts';
export { ConnectedAccountOwnershipError } from './errors/connected-account-ownership-error.ts';
export { ConflictError } from './errors/conflict-error.ts';
export { EncryptionError } from './errors/encryption-error.ts';
export { ConnectionRequiredError } from './errors/connection-required-error.ts';
export { ConnectionRequestTimeoutError } from './errors/connection-request-timeout-error.ts';
export { ConnectionFailedError } from './errors/connection-failed-error.ts';
export { StoreError } from './errors/store-error.ts';
export { defineToolkit } from '@toolrouter/toolkits';
export type {
  AuthMode,
  AuthScheme,
  Credentials,
  HttpRequestMapping,
  JsonSchema,
  Tag,
  ToolContext,
  ToolDefinition,
  ToolkitDefinition,
} from '@toolrouter/toolkits';
