import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

/** GMAIL_GET_PROFILE: `users.getProfile`. */
export const getProfile: ToolDefinition = {
  slug: 'GMAIL_GET_PROFILE',
  name: 'Get profile',
  description:
    "Returns the connected Gmail account's own address and mailbox totals: { emailAddress, messagesTotal, threadsTotal, historyId }. Use it to learn who 'me' is.",
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/gmail/v1/users/me/profile' },
};
