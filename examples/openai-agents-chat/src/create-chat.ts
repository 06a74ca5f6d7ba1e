import { Agent, type AgentInputItem, type Model, run, user } from '@openai/agents';
import type { ToolRouter, ToolRouterSession } from '@toolrouter/core';
import type { OpenAIAgentsProvider } from '@toolrouter/openai-agents';
import { currentTimeTool } from './current-time-tool.ts';
import { type ConnectLink, findConnectLinks } from './find-connect-links.ts';

export const INSTRUCTIONS = [
  'You are a helpful assistant that acts in the apps the user connected.',
  'Find tools with TOOLROUTER_SEARCH_TOOLS and run them with TOOLROUTER_MULTI_EXECUTE_TOOL.',
  'When an app is not connected, call TOOLROUTER_MANAGE_CONNECTIONS and give the user its redirect_url exactly as returned; continue once they say they are done.',
].join(' ');

export interface ChatOptions {
  /** The Agents SDK model: the real one from `modelFromEnv()`, or a test's `ScriptedModel`. */
  model: Model | string;
  router: ToolRouter<OpenAIAgentsProvider>;
  userId: string;
  /** The toolkits this chat may use (a toolkit filter); `custom` holds `router.tools.create` tools. */
  toolkits: string[];
}

/** What happens while the agent answers, in order. */
export type ChatEvent =
  | { type: 'text'; delta: string }
  | { type: 'tool-call'; tool: string }
  | { type: 'connect-link'; link: ConnectLink };

export interface Chat {
  session: ToolRouterSession<OpenAIAgentsProvider>;
  /** Sends a user message; yields the answer as it streams and returns the final text. */
  send(message: string, options?: { signal?: AbortSignal }): AsyncGenerator<ChatEvent, string>;
}

/**
 * A chatbot on the OpenAI Agents SDK with a toolrouter session's tools: registers the custom tool,
 * creates the session with the toolkit filter, and keeps the conversation between messages.
 *
 * @example
 * const chat = await createChat({ model, router, userId: 'me', toolkits: ['hackernews', 'custom'] });
 * for await (const event of chat.send('What is on Hacker News?')) if (event.type === 'text') process.stdout.write(event.delta);
 */
export async function createChat({ model, router, userId, toolkits }: ChatOptions): Promise<Chat> {
  await router.tools.create(currentTimeTool);
  const session = await router.create(userId, { toolkits });
  const agent = new Agent({
    name: 'Assistant',
    instructions: INSTRUCTIONS,
    model,
    tools: await session.tools(),
  });
  let history: AgentInputItem[] = [];

  async function* send(message: string, options: { signal?: AbortSignal } = {}) {
    const result = await run(agent, [...history, user(message)], {
      stream: true,
      maxTurns: 12,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const shown = new Set<string>();
    for await (const event of result) {
      if (event.type === 'raw_model_stream_event' && event.data.type === 'output_text_delta') {
        yield { type: 'text', delta: event.data.delta } satisfies ChatEvent;
      } else if (event.type === 'run_item_stream_event' && event.item.type === 'tool_call_item') {
        const call = event.item.rawItem;
        if (call.type === 'function_call') yield { type: 'tool-call', tool: call.name } satisfies ChatEvent;
      } else if (event.type === 'run_item_stream_event' && event.item.type === 'tool_call_output_item') {
        for (const link of findConnectLinks(event.item.output)) {
          if (shown.has(link.url)) continue;
          shown.add(link.url);
          yield { type: 'connect-link', link } satisfies ChatEvent;
        }
      }
    }
    await result.completed;
    history = result.history;
    return String(result.finalOutput ?? '');
  }

  return { session, send };
}
