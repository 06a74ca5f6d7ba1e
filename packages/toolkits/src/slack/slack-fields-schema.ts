/** JSON Schema properties several Slack tools share, in Slack's own argument names. */
export const slackFieldsSchema = {
  channel: {
    type: 'string',
    description:
      "Conversation id: a channel 'C0123ABCD', private channel 'G0123ABCD' or DM 'D0123ABCD' (from SLACK_LIST_CHANNELS or SLACK_OPEN_DM).",
  },
  ts: {
    type: 'string',
    description: "A message's timestamp id, e.g. '1712345678.123456' (the ts field of a message).",
  },
  cursor: {
    type: 'string',
    description: 'response_metadata.next_cursor from the previous call, to get the next page.',
  },
  blocks: {
    type: 'array',
    items: { type: 'object' },
    description:
      'Optional Block Kit layout blocks, e.g. [{"type":"section","text":{"type":"mrkdwn","text":"*Done*"}}]. text is then the notification fallback.',
  },
  text: {
    type: 'string',
    description:
      "Message text in Slack mrkdwn: *bold*, _italic_, `code`, <https://x.com|link>, <@U0123ABCD> mentions, e.g. 'Deploy *finished* :rocket:'.",
  },
} as const;
