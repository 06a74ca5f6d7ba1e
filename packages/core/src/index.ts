// Every export here is public API; named exports only. What other @toolrouter packages need of
// core's internals is in `./internal.ts` (`@toolrouter/core/internal`, not covered by semver).

export type {
  AuthMode,
  AuthScheme,
  CredentialCheck,
  Credentials,
  HttpRequestMapping,
  ImportOpenAPIOptions,
  JsonSchema,
  OpenAPIDocument,
  Tag,
  ToolContext,
  ToolDefinition,
  ToolkitDefinition,
} from '@toolrouter/toolkits';
export { defineToolkit, findOpenAPIProblem, fromOpenAPI, withPhrasings } from '@toolrouter/toolkits';
export type {
  AuthConfig,
  AuthConfigCredentials,
  CreateAuthConfigInput,
  UpdateAuthConfigInput,
} from './auth-config/auth-config.ts';
export type { AuthConfigsApi } from './auth-config/auth-configs-api.ts';
export type { StoredToolkitInfo } from './catalog/stored-toolkits.ts';
export type { Tool, Toolkit } from './catalog/tool.ts';
export type { AuthorizeOptions, ConnectionRequest } from './connect/authorize-connection.ts';
export type { ConnectApi } from './connect/connect-api.ts';
export type {
  ConnectLink,
  ConnectLinkField,
  OAuthCallbackParams,
  OAuthCallbackResult,
  SubmitCredentialsResult,
} from './connect/connect-link.ts';
export type { ConnectBrowserOptions } from './connect/connect-link-browser.ts';
export type { EnsureConnectedOptions, EnsureConnectedResult } from './connect/ensure-connected.ts';
export type { SweepStaleConnectionsResult } from './connect/sweep-stale-connections.ts';
export type {
  ConnectedAccount,
  ConnectedAccountStatus,
  CreateConnectedAccountInput,
  ListConnectedAccountsFilter,
} from './connected-account/connected-account.ts';
export { CONNECTED_ACCOUNT_STATUSES } from './connected-account/connected-account.ts';
export type { ConnectedAccountsApi } from './connected-account/connected-accounts-api.ts';
export type { EncryptionKeyCheck } from './crypto/check-encryption-keys.ts';
export { checkEncryptionKeys } from './crypto/check-encryption-keys.ts';
export type { EncryptionKey } from './crypto/parse-encryption-keys.ts';
export { parseEncryptionKeys } from './crypto/parse-encryption-keys.ts';
export type { CreateCustomToolInput } from './custom-tool/create-custom-tool.ts';
export { CUSTOM_TOOLKIT_SLUG } from './custom-tool/create-custom-tool.ts';
export type { StandardJsonSchemaLike } from './custom-tool/to-json-schema.ts';
export { AuthConfigNotFoundError } from './errors/auth-config-not-found-error.ts';
export { ConflictError } from './errors/conflict-error.ts';
export { ConnectLinkBrowserError } from './errors/connect-link-browser-error.ts';
export { ConnectLinkExpiredError } from './errors/connect-link-expired-error.ts';
export { ConnectLinkNotFoundError } from './errors/connect-link-not-found-error.ts';
export { ConnectLinkUsedError } from './errors/connect-link-used-error.ts';
export { ConnectedAccountNotFoundError } from './errors/connected-account-not-found-error.ts';
export { ConnectedAccountOwnershipError } from './errors/connected-account-ownership-error.ts';
export { ConnectionFailedError } from './errors/connection-failed-error.ts';
export { ConnectionRequestTimeoutError } from './errors/connection-request-timeout-error.ts';
export { ConnectionRequiredError } from './errors/connection-required-error.ts';
export { CredentialsRejectedError } from './errors/credentials-rejected-error.ts';
export { CredentialsUnavailableError } from './errors/credentials-unavailable-error.ts';
export { EncryptionError } from './errors/encryption-error.ts';
export { ExecutionLogNotFoundError } from './errors/execution-log-not-found-error.ts';
export { InvalidToolArgumentsError } from './errors/invalid-tool-arguments-error.ts';
export { NoAuthConfigError } from './errors/no-auth-config-error.ts';
export { OAuthStateError } from './errors/oauth-state-error.ts';
export { OAuthTokenError } from './errors/oauth-token-error.ts';
export { OutboundRequestRefusedError } from './errors/outbound-request-refused-error.ts';
export { SessionConfigConflictError } from './errors/session-config-conflict-error.ts';
export { SessionNotFoundError } from './errors/session-not-found-error.ts';
export { StoreError } from './errors/store-error.ts';
export { ToolNotFoundError } from './errors/tool-not-found-error.ts';
export type { ToolRouterErrorOptions } from './errors/tool-router-error.ts';
export { ToolRouterError } from './errors/tool-router-error.ts';
export { ToolkitNotFoundError } from './errors/toolkit-not-found-error.ts';
export { ValidationError } from './errors/validation-error.ts';
export type { ExecuteToolOptions } from './execution/execute-tool-options.ts';
export type { ToolExecutionResult } from './execution/tool-execution-result.ts';
export type { ToolModifiers } from './execution/tool-modifiers.ts';
export { ToolTimeoutError } from './execution/tool-timeout-error.ts';
export type { ExecutionLog, ExecutionLogDetail } from './logs/execution-log.ts';
export type { LogPayload } from './logs/log-payload.ts';
export type { ListLogsFilter, LogsApi } from './logs/logs-api.ts';
export type { LogsOptions } from './logs/resolve-log-payloads.ts';
export {
  MANAGE_CONNECTIONS_INPUT_SCHEMA,
  MANAGE_CONNECTIONS_OUTPUT_SCHEMA,
  WAIT_FOR_CONNECTIONS_INPUT_SCHEMA,
  WAIT_FOR_CONNECTIONS_OUTPUT_SCHEMA,
} from './meta-tools/connection-meta-tool-schemas.ts';
export { GET_TOOL_SCHEMAS_SLUG } from './meta-tools/get-tool-schemas-meta-tool.ts';
export {
  GET_TOOL_SCHEMAS_INPUT_SCHEMA,
  GET_TOOL_SCHEMAS_OUTPUT_SCHEMA,
  MULTI_EXECUTE_INPUT_SCHEMA,
  MULTI_EXECUTE_OUTPUT_SCHEMA,
  SEARCH_TOOLS_INPUT_SCHEMA,
  SEARCH_TOOLS_OUTPUT_SCHEMA,
} from './meta-tools/meta-tool-schemas.ts';
export { MULTI_EXECUTE_SLUG } from './meta-tools/multi-execute-meta-tool.ts';
export { SEARCH_TOOLS_SLUG } from './meta-tools/search-tools-meta-tool.ts';
export {
  MANAGE_CONNECTIONS_SLUG,
  WAIT_FOR_CONNECTIONS_SLUG,
} from './meta-tools/toolkit-connection-status.ts';
export type { AddressClass } from './outbound/classify-address.ts';
export { classifyAddress } from './outbound/classify-address.ts';
export type { UsableAccount } from './precedence/list-usable-accounts.ts';
export type {
  OpenAIChatCompletionLike,
  OpenAIChatTool,
  OpenAIToolMessage,
  ToolExecutor,
} from './provider/openai-provider.ts';
export { OpenAIProvider } from './provider/openai-provider.ts';
export type {
  ExecuteTool,
  ExecuteToolCallOptions,
  Provider,
  ProviderToolCollection,
} from './provider/provider.ts';
export { toolResultContent } from './provider/tool-result-content.ts';
export type { RateLimit, RateLimitResult } from './rate-limit/rate-limits-api.ts';
export { RateLimitsApi } from './rate-limit/rate-limits-api.ts';
export { RemoteApiError } from './remote/remote-api-error.ts';
export type { ManagedAuthApp } from './runtime/router-runtime.ts';
export type { WarmReport } from './runtime/warm-report.ts';
export type { ToolSearchIndexOptions } from './search/create-tool-search-index.ts';
export { createToolSearchIndex } from './search/create-tool-search-index.ts';
export type {
  Embedder,
  SearchableTool,
  ToolSearchHit,
  ToolSearchIndex,
  ToolSearchOptions,
} from './search/search-types.ts';
export type { SearchableToolkit } from './search/toolkit-intent.ts';
export type { AccountSelectionRequiredData } from './session/account-selection-result.ts';
export type {
  SessionToolkit,
  SessionToolkitsPage,
  SessionToolkitsQuery,
} from './session/list-session-toolkits.ts';
export type { ProxyExecuteInput } from './session/proxy-execute.ts';
export type { SessionsApi } from './session/sessions-api.ts';
export type {
  SessionConfigHistoryEntry,
  SessionMcp,
  SessionSearchResult,
} from './session/tool-router-session.ts';
export { ToolRouterSession } from './session/tool-router-session.ts';
export type {
  ManageConnectionsConfig,
  MetaToolsConfig,
  MultiAccountConfig,
  SessionConfig,
  SessionConfigUpdate,
  SessionPreset,
  ToggleList,
  ToolFilter,
} from './session-config/session-config.ts';
export { SESSION_CONFIG_SCHEMA } from './session-config/session-config-schema.ts';
export { memoryStore } from './store/memory-store.ts';
export { sqliteStore } from './store/sqlite-store.ts';
export type { SqlExecutor, SqlValue, Store, SubscribeOptions } from './store/store.ts';
export { ToolRouter } from './tool-router.ts';
export type { ToolRouterOptions } from './tool-router-options.ts';
