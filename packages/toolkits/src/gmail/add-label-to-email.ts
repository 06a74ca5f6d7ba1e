import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

/** GMAIL_ADD_LABEL_TO_EMAIL: `users.messages.modify`. */
export const addLabelToEmail: ToolDefinition = {
  slug: 'GMAIL_ADD_LABEL_TO_EMAIL',
  name: 'Add or remove labels on an email',
  description:
    "Adds and/or removes labels on one email. This is also how to mark as read (remove UNREAD), mark unread (add UNREAD), archive (remove INBOX), star (add STARRED) or flag important (add IMPORTANT). Label ids come from GMAIL_LIST_LABELS. Returns the message's id, threadId and new labelIds.",
  inputSchema: {
    type: 'object',
    properties: {
      message_id: { type: 'string', description: "The Gmail message id, e.g. '18c1f2a3b4d5e6f7'." },
      add_label_ids: {
        type: 'array',
        items: { type: 'string' },
        description: 'Label ids to add, e.g. ["STARRED", "Label_12"]. At most 100.',
      },
      remove_label_ids: {
        type: 'array',
        items: { type: 'string' },
        description: 'Label ids to remove, e.g. ["UNREAD"] to mark as read or ["INBOX"] to archive.',
      },
    },
    required: ['message_id'],
    additionalProperties: false,
  },
  tags: ['idempotentHint'],
  request: {
    method: 'POST',
    path: '/gmail/v1/users/me/messages/{message_id}/modify',
    parameters: {
      message_id: 'path',
      add_label_ids: { in: 'body', name: 'addLabelIds' },
      remove_label_ids: { in: 'body', name: 'removeLabelIds' },
    },
  },
};
