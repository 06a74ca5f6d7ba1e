// Every export here is public API; named exports only.

export { exa } from './exa/exa-toolkit.ts';
export { firecrawl } from './firecrawl/firecrawl-toolkit.ts';
export { github } from './github/github-toolkit.ts';
export { gmail } from './gmail/gmail-toolkit.ts';
export { googlecalendar } from './googlecalendar/googlecalendar-toolkit.ts';
export { googledrive } from './googledrive/googledrive-toolkit.ts';
export { hackernews } from './hackernews/hackernews-toolkit.ts';
export { linear } from './linear/linear-toolkit.ts';
export { loadBuiltinToolkits } from './load-builtin-toolkits.ts';
export { notion } from './notion/notion-toolkit.ts';
export { findOpenAPIProblem } from './openapi/find-openapi-problem.ts';
export { fromOpenAPI } from './openapi/from-openapi.ts';
export type {
  ImportOpenAPIOptions,
  ImportOpenAPIReport,
  ImportOpenAPIResult,
  SkippedOperation,
} from './openapi/import-openapi.ts';
export { importOpenAPI } from './openapi/import-openapi.ts';
export type { OperationFilter } from './openapi/matches-operation.ts';
export type { OpenAPIDocument } from './openapi/openapi-types.ts';
export { packTools } from './openapi/pack-tools.ts';
export type { PackedTool, PackedToolExtra, PackedTools } from './openapi/packed-tools.ts';
export { pickCredentialCheck } from './openapi/pick-credential-check.ts';
export type { RepairReason } from './openapi/repair-reason.ts';
export { dereference } from './openapi/resolve-ref.ts';
export { toPlainText, truncateAtSentence } from './openapi/to-plain-text.ts';
export { unpackTools } from './openapi/unpack-tools.ts';
export { slack } from './slack/slack-toolkit.ts';
export { stripe } from './stripe/stripe-toolkit.ts';
export { defineToolkit } from './toolkit/define-toolkit.ts';
export type {
  ApiKeyScheme,
  AuthMode,
  AuthScheme,
  CredentialCheck,
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
export { TAGS } from './toolkit/toolkit-types.ts';
export { validateToolkit } from './toolkit/validate-toolkit.ts';
export { withPhrasings } from './toolkit/with-phrasings.ts';
