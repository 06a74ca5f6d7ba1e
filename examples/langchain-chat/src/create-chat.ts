import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import {
  AIMessage,
  AIMessageChunk,
  type BaseMessage,
  HumanMessage,
  ToolMessage,
} from '@langchain/core/messages';
import type { ToolRouter, ToolRouterSession } from '@toolrouter/core';
import type { LangchainProvider } from '@toolrouter/langchain';
import { createAgent } from 'langchain';
import { currentTimeTool } from './current-time-tool.ts';
import { type ConnectLink, findConnectLinks } from './find-connect-links.ts';

export const INSTRUCTIONS = [
  'You are a helpful assistant that acts in the apps the user connected.',
  'Find tools with TOOLROUTER_SEARCH_TOOLS and run them with TOOLROUTER_MULTI_EXECUTE_TOOL.',
  'When an app is not connected, call TOOLROUTER_MANAGE_CONNECTIONS and give the user its redirect_url exactly as returned; continue once they say they are done.',
].join(' ');

export interface ChatOptions {
  /** A LangChain chat model: the real one from `modelFromEnv()`, or a test's `fakeModel()`. */
  model: BaseChatModel;
  router: ToolRouter<LangchainProvider>;
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
  session: ToolRouterSession<LangchainProvider>;
  /** Sends a user message; yields the answer as it streams and returns the final text. */
  send(message: string, options?: { signal?: AbortSignal }): AsyncGenerator<ChatEvent, string>;
}

/**
 * A chatbot on LangChain's `createAgent` with a toolrouter session's tools: registers the custom
 * tool, creates the session with the toolkit filter, and keeps the conversation between messages.
 *
 * @example
 * const chat = await createChat({ model, router, userId: 'me', toolkits: ['hackernews', 'custom'] });
 * for await (const event of chat.send('What is on Hacker News?')) if (event.type === 'text') process.stdout.write(event.delta);
 */
export async function createChat({ model, router, userId, toolkits }: ChatOptions): Promise<Chat> {
  await router.tools.create(currentTimeTool);
  const session = await router.create(userId, { toolkits });
  const agent = createAgent({ model, tools: await session.tools(), systemPrompt: INSTRUCTIONS });
  let messages: BaseMessage[] = [];

  async function* send(message: string, options: { signal?: AbortSignal } = {}) {
    const stream = await agent.stream(
      { messages: [...messages, new HumanMessage(message)] },
      { streamMode: ['messages', 'updates', 'values'], recursionLimit: 25, ...options },
    );
    const shown = new Set<string>();
    let state: { messages: BaseMessage[] } | undefined;
    for await (const [mode, chunk] of stream) {
      if (mode === 'messages') {
        const [token] = chunk as [BaseMessage, unknown];
        // Streamed chunks from models that stream; one whole message from models that do not.
        const fromModel = AIMessageChunk.isInstance(token) || AIMessage.isInstance(token);
        if (fromModel && token.text) yield { type: 'text', delta: token.text } satisfies ChatEvent;
      } else if (mode === 'updates') {
        for (const update of Object.values(chunk as Record<string, { messages?: BaseMessage[] }>)) {
          for (const item of update?.messages ?? []) {
            if (AIMessage.isInstance(item)) {
              for (const call of item.tool_calls ?? [])
                yield { type: 'tool-call', tool: call.name } satisfies ChatEvent;
            } else if (ToolMessage.isInstance(item)) {
              for (const link of findConnectLinks(item.text)) {
                if (shown.has(link.url)) continue;
                shown.add(link.url);
                yield { type: 'connect-link', link } satisfies ChatEvent;
              }
            }
          }
        }
      } else {
        state = chunk as { messages: BaseMessage[] };
      }
    }
    messages = state?.messages ?? messages;
    return messages.at(-1)?.text ?? '';
  }

  return { session, send };
}
