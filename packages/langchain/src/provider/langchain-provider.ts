import { ToolMessage } from '@langchain/core/messages';
import { type DynamicStructuredTool, tool as langchainTool } from '@langchain/core/tools';
import type { JSONSchema } from '@langchain/core/utils/json_schema';
import { type ExecuteTool, type Provider, type Tool, toolResultContent } from '@toolrouter/core';

/** One wrapped tool: a `@langchain/core` structured tool with the toolrouter tool's JSON Schema. */
export type LangchainTool = DynamicStructuredTool<JSONSchema>;

/**
 * Wraps a session's tools for LangChain and LangGraph: `session.tools()` is an array of
 * `@langchain/core` structured tools with the JSON Schema as `schema` (no Zod round trip), for
 * `createAgent({ tools })`, `model.bindTools(tools)` or a LangGraph `ToolNode`. The run's abort
 * signal reaches the execution. Called with a tool call (as agents do), a tool answers with a
 * `ToolMessage` whose content is `{ successful, data, error }` as JSON, whose `status` is `error` for a
 * failed result, and whose `artifact` is the full result (with `logId`); called with plain arguments
 * it answers with the content alone. Errors thrown while running reject, for the agent to report.
 *
 * @example
 * import { createAgent } from 'langchain';
 *
 * const router = new ToolRouter({ provider: new LangchainProvider() });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const agent = createAgent({ model: 'openai:gpt-5', tools: await session.tools() });
 * const result = await agent.invoke({ messages: [{ role: 'user', content: 'Star langchain-ai/langchainjs for me.' }] });
 */
export class LangchainProvider implements Provider<LangchainTool, LangchainTool[]> {
  readonly name = 'langchain';

  wrapTool(tool: Tool, execute: ExecuteTool): LangchainTool {
    return langchainTool(
      async (input: unknown, config) => {
        const result = await execute(tool.slug, input, config.signal ? { signal: config.signal } : {});
        const content = toolResultContent(result);
        const toolCallId = config.toolCall?.id;
        if (!toolCallId) return content;
        return new ToolMessage({
          content,
          artifact: result,
          status: result.successful ? 'success' : 'error',
          tool_call_id: toolCallId,
          name: tool.slug,
        });
      },
      {
        name: tool.slug,
        description: tool.description,
        schema: tool.inputSchema as JSONSchema,
        // LangChain checks input against the schema before running; say which field is wrong.
        verboseParsingErrors: true,
      },
    ) as LangchainTool;
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): LangchainTool[] {
    return tools.map((tool) => this.wrapTool(tool, execute));
  }
}
