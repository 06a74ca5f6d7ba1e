import { slackFieldsSchema } from './slack-fields-schema.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_ADD_REACTION: `reactions.add`. */
export const addReaction = slackMethodTool({
  slug: 'SLACK_ADD_REACTION',
  name: 'Add reaction',
  description:
    'Adds an emoji reaction from the user to a message, e.g. to acknowledge it with :eyes: or :white_check_mark:. Fails with already_reacted when the user already added that emoji. Returns {}.',
  method: 'reactions.add',
  inputSchema: {
    type: 'object',
    properties: {
      channel: slackFieldsSchema.channel,
      timestamp: {
        ...slackFieldsSchema.ts,
        description: `The message to react to. ${slackFieldsSchema.ts.description}`,
      },
      name: {
        type: 'string',
        description:
          "Emoji name without colons, e.g. 'thumbsup', 'eyes', 'white_check_mark', or a custom emoji's name.",
      },
    },
    required: ['channel', 'timestamp', 'name'],
    additionalProperties: false,
  },
  tags: [],
  prepare: (input) => ({ ...input, name: String(input.name ?? '').replace(/^:|:$/g, '') }),
});
