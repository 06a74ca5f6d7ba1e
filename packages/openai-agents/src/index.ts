// Every export here is public API; named exports only.

export type { OpenAIAgentsProviderOptions, OpenAIAgentsTool } from './provider/openai-agents-provider.ts';
export { OpenAIAgentsProvider } from './provider/openai-agents-provider.ts';
export { restoreStrictArguments } from './strict/restore-strict-arguments.ts';
export { toStrictJsonSchema } from './strict/to-strict-json-schema.ts';
