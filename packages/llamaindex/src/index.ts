// Every export here is public API; named exports only.

export type { LlamaIndexTool, LlamaIndexToolContext } from './provider/llamaindex-provider.ts';
export { LlamaIndexProvider } from './provider/llamaindex-provider.ts';
