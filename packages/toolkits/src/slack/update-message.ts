import { slackFieldsSchema } from './slack-fields-schema.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_UPDATE_MESSAGE: `chat.update`. */
export const updateMessage = slackMethodTool({
  slug: 'SLACK_UPDATE_MESSAGE',
  name: 'Edit message',
  description:
    "Replaces the text (and blocks) of a message the user sent earlier, e.g. to fix a typo. Slack shows it as (edited). Only the author's own messages can be edited. Returns { channel, ts, text }.",
  method: 'chat.update',
  inputSchema: {
    type: 'object',
    properties: {
      channel: slackFieldsSchema.channel,
      ts: {
        ...slackFieldsSchema.ts,
        description: `The message to edit. ${slackFieldsSchema.ts.description}`,
      },
      text: { ...slackFieldsSchema.text, description: `The new text. ${slackFieldsSchema.text.description}` },
      blocks: slackFieldsSchema.blocks,
    },
    required: ['channel', 'ts', 'text'],
    additionalProperties: false,
  },
  tags: ['idempotentHint'],
});
