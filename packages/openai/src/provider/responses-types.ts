/** A Responses API function tool (`tools` of `openai.responses.create`). */
export interface ResponsesFunctionTool {
  type: 'function';
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  strict: boolean;
}

/** A `function_call` output item of a response: the model asks to run a tool. */
export interface ResponsesFunctionCall {
  type: 'function_call';
  call_id: string;
  name: string;
  /** JSON text. */
  arguments: string;
}

/** The part of a response `handleToolCalls` reads: its output items (only `function_call` ones are used). */
export interface ResponseLike {
  output: ReadonlyArray<{ type: string }>;
}

/** The input item answering one function call, to send with the next request. */
export interface ResponsesFunctionCallOutput {
  type: 'function_call_output';
  call_id: string;
  output: string;
}
