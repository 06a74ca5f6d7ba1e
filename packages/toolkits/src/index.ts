// Every export here is public API; named exports only.
export { defineToolkit } from './toolkit/define-toolkit.ts';
export { loadBuiltinToolkits } from './load-builtin-toolkits.ts';
export { validateToolkit } from './toolkit/validate-toolkit.ts';
export { TAGS } from './toolkit/toolkit-types.ts';
export type {
  ApiKeyScheme,
  AuthMode,
  AuthScheme,
  Credentials,
  HttpMethod,
  HttpRequestMapping,
  JsonSchema,
  OAuth2Scheme,
  ParameterLocation,
  ParameterMapping,
  Tag,
  ToolContext,
  ToolDefinition,
  ToolDefinitionBase,
  ToolHandler,
  ToolkitDefinition,
} from './toolkit/toolkit-types.ts';
