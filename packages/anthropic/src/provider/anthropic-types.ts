/**
 * A Messages API client tool (`tools` of `anthropic.messages.create`). It is also a runnable tool for the
 * SDK's own loop, `anthropic.beta.messages.toolRunner`: `run` and `parse` are there but not enumerable,
 * so the object sent to the API is `{ name, description, input_schema }`.
 */
export interface AnthropicTool {
  name: string;
  description: string;
  /** The tool's JSON Schema, as is. */
  input_schema: { type: 'object'; properties?: unknown; required?: string[]; [key: string]: unknown };
  /** Runs the tool for the SDK's tool runner; answers `{ successful, data, error }` as JSON text. */
  readonly run: (input: unknown, context?: { signal?: AbortSignal | null | undefined }) => Promise<string>;
  /** The input as the tool runner hands it to `run` (unchanged: the execution checks it). */
  readonly parse: (input: unknown) => unknown;
}

/** A `tool_use` content block of an assistant message: the model asks to run a tool. */
export interface AnthropicToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
}

/** The part of a Messages API response `handleToolCalls` reads: its content blocks (only `tool_use` ones are used). */
export interface AnthropicMessageLike {
  content: ReadonlyArray<{ type: string }>;
}

/** The `tool_result` block answering one `tool_use`, for the content of the next user message. */
export interface AnthropicToolResultBlock {
  type: 'tool_result';
  tool_use_id: string;
  /** `{ successful, data, error }` as JSON. */
  content: string;
  /** Set when the tool failed (a failed result, or an error thrown while running it). */
  is_error?: boolean;
}
