// Every export here is public API; named exports only.

export type { HandleToolCallsOptions } from './provider/anthropic-provider.ts';
export { AnthropicProvider } from './provider/anthropic-provider.ts';
export type {
  AnthropicMessageLike,
  AnthropicTool,
  AnthropicToolResultBlock,
  AnthropicToolUseBlock,
} from './provider/anthropic-types.ts';
