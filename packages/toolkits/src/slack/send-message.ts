import { slackFieldsSchema } from './slack-fields-schema.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_SEND_MESSAGE: `chat.postMessage`. */
export const sendMessage = slackMethodTool({
  slug: 'SLACK_SEND_MESSAGE',
  name: 'Send message',
  description:
    'Posts a message as the connected user to a Slack channel, private channel or DM, or as a reply in a thread (thread_ts). To message a person directly, get the DM channel with SLACK_OPEN_DM first. Returns { channel, ts, message }; ts identifies the new message (for replies, reactions, edits).',
  method: 'chat.postMessage',
  inputSchema: {
    type: 'object',
    properties: {
      channel: {
        ...slackFieldsSchema.channel,
        description: `${slackFieldsSchema.channel.description} A '#name' also works.`,
      },
      text: slackFieldsSchema.text,
      blocks: slackFieldsSchema.blocks,
      thread_ts: {
        type: 'string',
        description: "ts of the thread's parent message to reply in that thread, e.g. '1712345678.123456'.",
      },
      reply_broadcast: {
        type: 'boolean',
        description: 'With thread_ts: also show the reply in the channel. Default false.',
      },
      unfurl_links: {
        type: 'boolean',
        description: 'Show previews of links in the text. Default: Slack decides.',
      },
    },
    required: ['channel', 'text'],
    additionalProperties: false,
  },
  tags: ['openWorldHint'],
});
