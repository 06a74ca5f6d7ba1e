// Every export here is public API; named exports only.

export type { LangchainTool } from './provider/langchain-provider.ts';
export { LangchainProvider } from './provider/langchain-provider.ts';
