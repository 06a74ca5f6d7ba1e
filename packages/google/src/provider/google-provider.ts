import type { ExecuteTool, ExecuteToolOptions, Provider, Tool, ToolExecutor } from '@toolrouter/core';
import type {
  GoogleCallableTool,
  GoogleFunctionCall,
  GoogleFunctionDeclaration,
  GoogleFunctionResponsePart,
  GoogleResponseLike,
  ToolResultView,
} from './google-types.ts';

export interface HandleToolCallsOptions extends ExecuteToolOptions {
  /**
   * The declarations you gave the model (`session.tools(modifiers)`): calls then run through them, so their
   * modifiers apply, and a call to any other name gets an error response without running. Without it calls
   * run with `session.execute` and `options.modifiers`.
   */
  tools?: readonly GoogleFunctionDeclaration[];
}

/** The execute each declaration came with, kept out of the object the API receives. */
const boundExecutes = new WeakMap<GoogleFunctionDeclaration, ExecuteTool>();

/**
 * Wraps a session's tools for Gemini through `@google/genai`, with no run-time dependency on it:
 * `session.tools()` is a list of function declarations (the JSON Schema as `parametersJsonSchema`),
 * `handleToolCalls` runs a response's `functionCall` parts in parallel and returns the
 * `functionResponse` parts to send next, in order, and `callableTool(tools)` hands the calls to the
 * SDK's automatic function calling instead. Each call is caught on its own: one that fails or throws
 * answers under `response.error` and never loses the others; an aborted `signal` rejects.
 *
 * @example
 * import { GoogleGenAI } from '@google/genai';
 *
 * const provider = new GoogleProvider();
 * const router = new ToolRouter({ provider });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const tools = await session.tools();
 * const contents: Content[] = [{ role: 'user', parts: [{ text: 'Star googleapis/js-genai for me.' }] }];
 * const config = { tools: [{ functionDeclarations: tools }] };
 * let response = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents, config });
 * while (response.functionCalls?.length) {
 *   contents.push(response.candidates![0]!.content!);
 *   contents.push({ role: 'user', parts: await provider.handleToolCalls(session, response, { tools }) });
 *   response = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents, config });
 * }
 */
export class GoogleProvider implements Provider<GoogleFunctionDeclaration, GoogleFunctionDeclaration[]> {
  readonly name = 'google';

  wrapTool(tool: Tool, execute: ExecuteTool): GoogleFunctionDeclaration {
    const declaration: GoogleFunctionDeclaration = {
      name: tool.slug,
      description: tool.description,
      parametersJsonSchema: tool.inputSchema,
    };
    boundExecutes.set(declaration, execute);
    return declaration;
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): GoogleFunctionDeclaration[] {
    return tools.map((tool) => this.wrapTool(tool, execute));
  }

  /** Runs every `functionCall` part of the first candidate, in parallel, and returns their `functionResponse` parts in order. */
  async handleToolCalls(
    session: ToolExecutor,
    response: GoogleResponseLike,
    options: HandleToolCallsOptions = {},
  ): Promise<GoogleFunctionResponsePart[]> {
    const parts = response.candidates?.[0]?.content?.parts ?? [];
    const calls = parts.flatMap((part) => (part.functionCall?.name ? [part.functionCall] : []));
    return runCalls(session, calls, options);
  }

  /**
   * The declarations `session.tools()` returned as a `CallableTool`, for `config.tools`: `generateContent`
   * then runs the model's calls through them and loops until the model answers (automatic function
   * calling, up to `automaticFunctionCalling.maximumRemoteCalls`).
   */
  callableTool(
    tools: readonly GoogleFunctionDeclaration[],
    options: ExecuteToolOptions = {},
  ): GoogleCallableTool {
    const functionDeclarations = [...tools];
    const refuse: ToolExecutor = {
      execute: () => Promise.reject(new Error('Only the declarations given to callableTool can run.')),
    };
    return {
      tool: async () => ({ functionDeclarations }),
      callTool: (functionCalls) =>
        runCalls(refuse, functionCalls, { ...options, tools: functionDeclarations }),
    };
  }
}

function runCalls(
  session: ToolExecutor,
  calls: readonly GoogleFunctionCall[],
  { tools, ...options }: HandleToolCallsOptions,
): Promise<GoogleFunctionResponsePart[]> {
  return Promise.all(
    calls.map(async (call): Promise<GoogleFunctionResponsePart> => {
      const name = call.name ?? '';
      const result = await runCall(session, name, call.args ?? {}, tools, options);
      const view: ToolResultView = {
        successful: result.successful,
        data: result.data ?? null,
        error: result.error,
      };
      return {
        functionResponse: {
          ...(call.id ? { id: call.id } : {}),
          name,
          response: result.successful ? { output: view } : { error: view },
        },
      };
    }),
  );
}

async function runCall(
  session: ToolExecutor,
  name: string,
  args: Record<string, unknown>,
  tools: readonly GoogleFunctionDeclaration[] | undefined,
  options: ExecuteToolOptions,
): Promise<ToolResultView> {
  const tool = tools?.find((candidate) => candidate.name === name);
  const execute = tool && boundExecutes.get(tool);
  // A name outside the tools the model was given must not run through the session, around their modifiers.
  if (tools && !execute) {
    return {
      successful: false,
      data: null,
      error: `Tool '${name}' is not one of the tools you were given; call one of those.`,
    };
  }
  try {
    if (!execute) return await session.execute(name, args, options);
    // The options a wrapped tool takes (its modifiers are already bound): the signal, and the account.
    const { modifiers: _modifiers, ...toolOptions } = options;
    return await execute(name, args, toolOptions);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { successful: false, data: null, error: error instanceof Error ? error.message : String(error) };
  }
}
