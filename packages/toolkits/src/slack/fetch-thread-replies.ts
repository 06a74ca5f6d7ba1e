import { slackFieldsSchema } from './slack-fields-schema.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_FETCH_THREAD_REPLIES: `conversations.replies`. */
export const fetchThreadReplies = slackMethodTool({
  slug: 'SLACK_FETCH_THREAD_REPLIES',
  name: 'Fetch thread replies',
  description:
    "Reads a message thread: the parent message followed by its replies, oldest first. ts is the parent's ts (a message's thread_ts). Returns { messages, has_more, response_metadata.next_cursor }.",
  method: 'conversations.replies',
  inputSchema: {
    type: 'object',
    properties: {
      channel: slackFieldsSchema.channel,
      ts: {
        ...slackFieldsSchema.ts,
        description: `The thread's parent message. ${slackFieldsSchema.ts.description}`,
      },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 100,
        description: 'How many messages. Default 100.',
      },
      cursor: slackFieldsSchema.cursor,
    },
    required: ['channel', 'ts'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
});
