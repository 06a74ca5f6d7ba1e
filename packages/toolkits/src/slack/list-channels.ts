import { slackFieldsSchema } from './slack-fields-schema.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_LIST_CHANNELS: `conversations.list`. */
export const listChannels = slackMethodTool({
  slug: 'SLACK_LIST_CHANNELS',
  name: 'List channels',
  description:
    "Lists the workspace's conversations the user can see, by default public and private channels that are not archived: id, name, is_private, is_member, topic, purpose, num_members. Use it to turn a channel name into the id other Slack tools take. Page with response_metadata.next_cursor.",
  method: 'conversations.list',
  inputSchema: {
    type: 'object',
    properties: {
      types: {
        type: 'string',
        default: 'public_channel,private_channel',
        description:
          "Comma-separated kinds: public_channel, private_channel, mpim (group DMs), im (DMs). Default 'public_channel,private_channel'.",
      },
      exclude_archived: {
        type: 'boolean',
        default: true,
        description: 'Leave out archived channels. Default true.',
      },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 200,
        description: 'Page size, up to 1000. Default 200.',
      },
      cursor: slackFieldsSchema.cursor,
      team_id: {
        type: 'string',
        description: 'Enterprise Grid only: the workspace id to list, e.g. T0123ABCD.',
      },
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
});
