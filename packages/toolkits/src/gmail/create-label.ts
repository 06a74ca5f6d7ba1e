import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

/** GMAIL_CREATE_LABEL: `users.labels.create`. */
export const createLabel: ToolDefinition = {
  slug: 'GMAIL_CREATE_LABEL',
  name: 'Create label',
  description:
    "Creates a new Gmail label (folder). Nest labels with a slash, e.g. 'Clients/Acme'. Fails with 409 when a label of that name exists (find it with GMAIL_LIST_LABELS). Returns the label with its new id.",
  inputSchema: {
    type: 'object',
    properties: {
      name: { type: 'string', description: "The label's display name, e.g. 'Receipts' or 'Clients/Acme'." },
      label_list_visibility: {
        type: 'string',
        enum: ['labelShow', 'labelShowIfUnread', 'labelHide'],
        description: "Whether the label shows in Gmail's label list. Default labelShow.",
      },
      message_list_visibility: {
        type: 'string',
        enum: ['show', 'hide'],
        description: 'Whether the label shows on messages in the message list. Default show.',
      },
    },
    required: ['name'],
    additionalProperties: false,
  },
  tags: [],
  request: {
    method: 'POST',
    path: '/gmail/v1/users/me/labels',
    parameters: {
      name: 'body',
      label_list_visibility: { in: 'body', name: 'labelListVisibility' },
      message_list_visibility: { in: 'body', name: 'messageListVisibility' },
    },
  },
};
