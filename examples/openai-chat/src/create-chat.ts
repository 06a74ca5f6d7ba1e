import type { OpenAIProvider, ToolRouter, ToolRouterSession } from '@toolrouter/core';
import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { currentTimeTool } from './current-time-tool.ts';
import { type ConnectLink, findConnectLinks } from './find-connect-links.ts';

export const INSTRUCTIONS = [
  'You are a helpful assistant that acts in the apps the user connected.',
  'Find tools with TOOLROUTER_SEARCH_TOOLS and run them with TOOLROUTER_MULTI_EXECUTE_TOOL.',
  'When an app is not connected, call TOOLROUTER_MANAGE_CONNECTIONS and give the user its redirect_url exactly as returned; continue once they say they are done.',
].join(' ');

export interface ChatOptions {
  /** An OpenAI SDK client (api.openai.com, or any Chat Completions compatible server) and a model name. */
  client: OpenAI;
  model: string;
  /** A router with the default `OpenAIProvider`: `session.tools()` are Chat Completions function tools. */
  router: ToolRouter<OpenAIProvider>;
  userId: string;
  /** The toolkits this chat may use (a toolkit filter); `custom` holds `router.tools.create` tools. */
  toolkits: string[];
  /** Most model calls one message may take (each tool round is one). */
  maxSteps?: number;
}

/** What happens while the model answers, in order. */
export type ChatEvent =
  | { type: 'text'; delta: string }
  | { type: 'tool-call'; tool: string }
  /** An app tool ran (seen by the `beforeExecute` modifier, also inside TOOLROUTER_MULTI_EXECUTE_TOOL). */
  | { type: 'app-tool'; tool: string }
  | { type: 'connect-link'; link: ConnectLink };

export interface Chat {
  session: ToolRouterSession<OpenAIProvider>;
  /** Sends a user message; yields the answer as it streams and returns the final text. */
  send(message: string, options?: { signal?: AbortSignal }): AsyncGenerator<ChatEvent, string>;
}

/**
 * A chatbot on the plain OpenAI SDK: a Chat Completions loop that streams each answer and runs the
 * model's tool calls with `OpenAIProvider.handleToolCalls`, passing the tools `session.tools()`
 * returned so their modifiers apply.
 *
 * @example
 * const chat = await createChat({ client: new OpenAI(), model: 'gpt-5-mini', router, userId: 'me', toolkits: ['hackernews', 'custom'] });
 * for await (const event of chat.send('What is on Hacker News?')) if (event.type === 'text') process.stdout.write(event.delta);
 */
export async function createChat(options: ChatOptions): Promise<Chat> {
  const { client, model, router, userId, toolkits, maxSteps = 10 } = options;
  await router.tools.create(currentTimeTool);
  const session = await router.create(userId, { toolkits });
  const appToolsRun: string[] = [];
  const tools = await session.tools({
    // Runs before every app tool, also the ones inside TOOLROUTER_MULTI_EXECUTE_TOOL.
    beforeExecute: ({ toolSlug, arguments: args }) => {
      appToolsRun.push(toolSlug);
      return args;
    },
  });
  const messages: ChatCompletionMessageParam[] = [{ role: 'system', content: INSTRUCTIONS }];

  async function* send(message: string, { signal }: { signal?: AbortSignal } = {}) {
    messages.push({ role: 'user', content: message });
    const shown = new Set<string>();
    for (let step = 0; step < maxSteps; step += 1) {
      const stream = client.chat.completions.stream({ model, messages, tools }, signal ? { signal } : {});
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content;
        if (delta) yield { type: 'text', delta } satisfies ChatEvent;
      }
      const completion = await stream.finalChatCompletion();
      const answer = completion.choices[0]?.message;
      const calls = (answer?.tool_calls ?? []).filter((call) => call.type === 'function');
      messages.push({
        role: 'assistant',
        content: answer?.content ?? null,
        ...(calls.length ? { tool_calls: calls } : {}),
      });
      if (calls.length === 0) return answer?.content ?? '';

      for (const call of calls) yield { type: 'tool-call', tool: call.function.name } satisfies ChatEvent;
      appToolsRun.length = 0;
      const results = await router.provider.handleToolCalls(session, completion, {
        tools,
        ...(signal ? { signal } : {}),
      });
      for (const tool of appToolsRun) yield { type: 'app-tool', tool } satisfies ChatEvent;
      for (const result of results) {
        for (const link of findConnectLinks(result.content)) {
          if (shown.has(link.url)) continue;
          shown.add(link.url);
          yield { type: 'connect-link', link } satisfies ChatEvent;
        }
      }
      messages.push(...results);
    }
    return `(Stopped after ${maxSteps} model calls without an answer.)`;
  }

  return { session, send };
}
