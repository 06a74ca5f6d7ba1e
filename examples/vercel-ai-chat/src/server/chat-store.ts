import type { UIMessage } from 'ai';

/** One browser user's chat: their toolrouter session and the conversation so far. */
export interface StoredChat {
  sessionId?: string;
  messages: UIMessage[];
}

/** Where chats live. Swap the in-memory one for your database. */
export interface ChatStore {
  load(userId: string): Promise<StoredChat>;
  save(userId: string, chat: StoredChat): Promise<void>;
}

/**
 * Chats in memory, one per user: gone when the process stops (the user's connected accounts are
 * not: the router keeps those in its own store).
 */
export function memoryChatStore(): ChatStore {
  const chats = new Map<string, StoredChat>();
  return {
    async load(userId) {
      return structuredClone(chats.get(userId) ?? { messages: [] });
    },
    async save(userId, chat) {
      chats.set(userId, structuredClone(chat));
    },
  };
}
