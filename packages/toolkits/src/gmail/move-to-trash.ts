import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

/** GMAIL_MOVE_TO_TRASH: `users.messages.trash`. */
export const moveToTrash: ToolDefinition = {
  slug: 'GMAIL_MOVE_TO_TRASH',
  name: 'Move email to trash',
  description:
    "Moves one email to the Gmail trash, where it stays recoverable for 30 days. Use it when the user asks to delete an email. Returns the message's id and labelIds (now with TRASH).",
  inputSchema: {
    type: 'object',
    properties: {
      message_id: { type: 'string', description: "The Gmail message id, e.g. '18c1f2a3b4d5e6f7'." },
    },
    required: ['message_id'],
    additionalProperties: false,
  },
  tags: ['destructiveHint', 'idempotentHint'],
  request: { method: 'POST', path: '/gmail/v1/users/me/messages/{message_id}/trash' },
};
