import { slackFieldsSchema } from './slack-fields-schema.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_FETCH_CONVERSATION_HISTORY: `conversations.history`. */
export const fetchConversationHistory = slackMethodTool({
  slug: 'SLACK_FETCH_CONVERSATION_HISTORY',
  name: 'Fetch conversation history',
  description:
    "Reads the latest messages of a channel or DM, newest first (thread replies are not included: read them with SLACK_FETCH_THREAD_REPLIES using a message's thread_ts). Narrow by time with oldest/latest (Unix timestamps). Returns { messages: [{ type, user, text, ts, thread_ts, reply_count, reactions }], has_more, response_metadata.next_cursor }.",
  method: 'conversations.history',
  inputSchema: {
    type: 'object',
    properties: {
      channel: slackFieldsSchema.channel,
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 999,
        default: 50,
        description: 'How many messages, up to 999. Default 50.',
      },
      oldest: {
        type: 'string',
        description: "Only messages after this Unix timestamp, e.g. '1712300000' or a message ts.",
      },
      latest: { type: 'string', description: "Only messages before this Unix timestamp, e.g. '1712400000'." },
      inclusive: {
        type: 'boolean',
        description: 'Include messages exactly at oldest/latest. Default false.',
      },
      cursor: slackFieldsSchema.cursor,
    },
    required: ['channel'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
});
