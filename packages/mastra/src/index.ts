// Every export here is public API; named exports only.

export type { MastraToolrouterTool, MastraToolSet } from './provider/mastra-provider.ts';
export { MastraProvider } from './provider/mastra-provider.ts';
