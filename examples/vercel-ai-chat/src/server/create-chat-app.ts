import { randomUUID } from 'node:crypto';
import { SessionNotFoundError, type ToolRouter, type ToolRouterSession } from '@toolrouter/core';
import { createServer } from '@toolrouter/server';
import type { VercelProvider } from '@toolrouter/vercel';
import {
  convertToModelMessages,
  createUIMessageStreamResponse,
  type LanguageModel,
  stepCountIs,
  streamText,
  toUIMessageStream,
  type UIMessage,
  validateUIMessages,
} from 'ai';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { type ChatStore, memoryChatStore } from './chat-store.ts';
import { currentTimeTool } from './current-time-tool.ts';
import { serveClient } from './serve-client.ts';

export const INSTRUCTIONS = [
  'You are a helpful assistant that acts in the apps the user connected.',
  'Find tools with TOOLROUTER_SEARCH_TOOLS and run them with TOOLROUTER_MULTI_EXECUTE_TOOL.',
  'When an app is not connected, call TOOLROUTER_MANAGE_CONNECTIONS: the chat shows the user a Connect button for its redirect_url.',
  'Tell them to press it and to come back and say when they are done, then continue.',
].join(' ');

const USER_COOKIE = 'chat_user';

/** The Hono env of the chat app: who is chatting, from the cookie. */
export type ChatAppEnv = { Variables: { userId: string } };

export interface ChatAppOptions {
  /** The AI SDK model: the real one from `modelFromEnv()`, or a test's `MockLanguageModelV4`. */
  model: LanguageModel;
  router: ToolRouter<VercelProvider>;
  /** The toolkits the chat may use (a toolkit filter); `custom` holds `router.tools.create` tools. */
  toolkits: string[];
  /** The public URL this app answers on, the router's `baseUrl`: connect links come back to `<baseUrl>/`. */
  baseUrl: string;
  /** The built React app (see build-client.ts). */
  clientDir: string;
  chats?: ChatStore;
}

/**
 * The web chat as one Hono app: the React page, `/api/chat` (streamText with the session's tools,
 * as an AI SDK UI message stream), and toolrouter's own routes (`/connect/:linkId`,
 * `/oauth/callback`, `/mcp`, `/api/v1`) from `createServer(router)`. Each browser gets a user id
 * in a cookie and one toolrouter session, created on its first message and reused after that.
 *
 * @example
 * const app = await createChatApp({ model, router, toolkits: ['github', 'custom'], baseUrl, clientDir });
 * serve({ fetch: app.fetch, port: 3000 });
 */
export async function createChatApp(options: ChatAppOptions): Promise<Hono<ChatAppEnv>> {
  const { model, router, toolkits, baseUrl, clientDir, chats = memoryChatStore() } = options;
  await router.tools.create(currentTimeTool);

  const opening = new Map<string, Promise<ToolRouterSession<VercelProvider>>>();

  /**
   * The user's session: created once, then reopened by id with `sessions.use` (created again only
   * if it was deleted). Concurrent requests of one user share one lookup.
   */
  function sessionOf(userId: string) {
    let pending = opening.get(userId);
    if (!pending) {
      pending = openSession(userId).finally(() => opening.delete(userId));
      opening.set(userId, pending);
    }
    return pending;
  }

  async function openSession(userId: string) {
    const chat = await chats.load(userId);
    if (chat.sessionId) {
      try {
        return await router.sessions.use(chat.sessionId);
      } catch (error) {
        if (!SessionNotFoundError.isInstance(error)) throw error;
      }
    }
    const session = await router.create(userId, {
      toolkits,
      // After connecting, the connect page sends the user back to the chat.
      manageConnections: { callbackUrl: `${baseUrl}/` },
    });
    await chats.save(userId, { ...chat, sessionId: session.sessionId });
    return session;
  }

  const app = new Hono<ChatAppEnv>();

  // Who is chatting: a random user id in a cookie, set with the page so every later request has it.
  const identify = createMiddleware<ChatAppEnv>(async (context, next) => {
    let userId = getCookie(context, USER_COOKIE);
    if (!userId || !/^user_[\w-]{10,64}$/.test(userId)) {
      userId = `user_${randomUUID()}`;
      setCookie(context, USER_COOKIE, userId, { httpOnly: true, sameSite: 'Lax', path: '/' });
    }
    context.set('userId', userId);
    await next();
  });
  app.use('/', identify);
  app.use('/api/chat', identify);

  // The conversation so far and which toolkits are connected: the page loads it on every visit,
  // so the chat is still there when the user comes back from a connect page.
  app.get('/api/chat', async (context) => {
    const userId = context.get('userId');
    const { messages } = await chats.load(userId);
    const session = await sessionOf(userId);
    const connected = await session.toolkits({ isConnected: true, limit: 50 });
    return context.json({ messages, connectedToolkits: connected.items.map((toolkit) => toolkit.slug) });
  });

  // One user message in, the assistant's answer out as a UI message stream (useChat reads it).
  app.post('/api/chat', async (context) => {
    const userId = context.get('userId');
    const { message } = await context.req.json<{ message: UIMessage }>();
    const session = await sessionOf(userId);
    const tools = await session.tools();
    const chat = await chats.load(userId);
    const messages = await validateUIMessages({ messages: [...chat.messages, message], tools });
    const result = streamText({
      model,
      instructions: INSTRUCTIONS,
      messages: await convertToModelMessages(messages, { tools }),
      tools,
      stopWhen: stepCountIs(10),
    });
    // Finish the answer (and save it) even when the browser goes away mid-stream.
    result.consumeStream();
    return createUIMessageStreamResponse({
      stream: toUIMessageStream({
        stream: result.stream,
        tools,
        originalMessages: messages,
        onEnd: ({ messages: all }) =>
          chats.save(userId, { ...chat, sessionId: session.sessionId, messages: all }),
      }),
    });
  });

  // Connect pages, OAuth callback, MCP and the REST API, on the same origin as the chat.
  app.route('/', createServer(router, { baseUrl }));

  app.get('*', async (context) => {
    const response = await serveClient(clientDir, new URL(context.req.url).pathname);
    // newResponse keeps the headers set before (the user cookie).
    return response ? context.newResponse(response.body, response) : context.notFound();
  });

  return app;
}
