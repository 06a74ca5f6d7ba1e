// Every export here is public API; named exports only.

export type { HandleToolCallsOptions } from './provider/google-provider.ts';
export { GoogleProvider } from './provider/google-provider.ts';
export type {
  GoogleCallableTool,
  GoogleFunctionCall,
  GoogleFunctionDeclaration,
  GoogleFunctionResponsePart,
  GoogleResponseLike,
  ToolResultView,
} from './provider/google-types.ts';
