// Every export here is public API; named exports only.

export type { HandleToolCallsOptions } from './provider/openai-responses-provider.ts';
export { OpenAIResponsesProvider } from './provider/openai-responses-provider.ts';
export type {
  ResponseLike,
  ResponsesFunctionCall,
  ResponsesFunctionCallOutput,
  ResponsesFunctionTool,
} from './provider/responses-types.ts';
