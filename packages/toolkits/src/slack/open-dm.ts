import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_OPEN_DM: `conversations.open`. */
export const openDm = slackMethodTool({
  slug: 'SLACK_OPEN_DM',
  name: 'Open direct message',
  description:
    "Opens (or finds the existing) direct message with one person, or a group DM with up to 8 people, and returns its channel id for SLACK_SEND_MESSAGE or SLACK_FETCH_CONVERSATION_HISTORY: { channel: { id: 'D0123ABCD' } }. User ids come from SLACK_LOOKUP_USER_BY_EMAIL or SLACK_LIST_USERS.",
  method: 'conversations.open',
  inputSchema: {
    type: 'object',
    properties: {
      users: {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
        maxItems: 8,
        description: 'User ids to talk to, e.g. ["U0123ABCD"] for a DM or ["U01", "U02"] for a group DM.',
      },
    },
    required: ['users'],
    additionalProperties: false,
  },
  tags: ['idempotentHint'],
  prepare: (input) => ({ users: Array.isArray(input.users) ? input.users.join(',') : input.users }),
});
