/** A `@google/genai` function declaration, with the tool's JSON Schema as `parametersJsonSchema`. */
export interface GoogleFunctionDeclaration {
  name: string;
  description: string;
  /** The tool's JSON Schema, as is (not the OpenAPI-subset `parameters`). */
  parametersJsonSchema: Record<string, unknown>;
}

/** A `functionCall` part: the model asks to run a tool. */
export interface GoogleFunctionCall {
  id?: string;
  name?: string;
  args?: Record<string, unknown>;
}

/** The part of a `generateContent` response `handleToolCalls` reads: the parts of its first candidate. */
export interface GoogleResponseLike {
  candidates?: ReadonlyArray<{
    content?: { parts?: ReadonlyArray<{ functionCall?: GoogleFunctionCall }> };
  }>;
}

/**
 * The `functionResponse` part answering one call. `response.output` is `{ successful, data, error }` of a
 * successful run; a failed one is under `response.error` (the Gemini API's convention for tool errors).
 */
export interface GoogleFunctionResponsePart {
  functionResponse: {
    id?: string;
    name: string;
    response: { output: ToolResultView } | { error: ToolResultView };
  };
}

/** What the model reads of a result. */
export interface ToolResultView {
  successful: boolean;
  data: unknown;
  error: string | null;
}

/**
 * A `@google/genai` `CallableTool`: pass it in `config.tools` and `generateContent` runs the calls
 * itself (automatic function calling).
 */
export interface GoogleCallableTool {
  tool(): Promise<{ functionDeclarations: GoogleFunctionDeclaration[] }>;
  callTool(functionCalls: GoogleFunctionCall[]): Promise<GoogleFunctionResponsePart[]>;
}
