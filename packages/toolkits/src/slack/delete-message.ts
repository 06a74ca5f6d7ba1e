import { slackFieldsSchema } from './slack-fields-schema.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_DELETE_MESSAGE: `chat.delete`. */
export const deleteMessage = slackMethodTool({
  slug: 'SLACK_DELETE_MESSAGE',
  name: 'Delete message',
  description:
    "Deletes a message for everyone; it cannot be undone. Only the user's own messages can be deleted (unless they are a workspace admin). Returns { channel, ts }.",
  method: 'chat.delete',
  inputSchema: {
    type: 'object',
    properties: {
      channel: slackFieldsSchema.channel,
      ts: {
        ...slackFieldsSchema.ts,
        description: `The message to delete. ${slackFieldsSchema.ts.description}`,
      },
    },
    required: ['channel', 'ts'],
    additionalProperties: false,
  },
  tags: ['destructiveHint', 'idempotentHint'],
});
