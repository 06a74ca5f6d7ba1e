import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_SEARCH_MESSAGES: `search.messages`. */
export const searchMessages = slackMethodTool({
  slug: 'SLACK_SEARCH_MESSAGES',
  name: 'Search messages',
  description:
    "Searches messages across the channels and DMs the user can see, with Slack's search syntax. Use it to find a discussion or who said what, e.g. 'deploy in:#eng from:@ana after:2025-01-01'. Returns { query, messages: { total, matches: [{ text, user, username, ts, channel: { id, name }, permalink }], paging } }.",
  method: 'search.messages',
  inputSchema: {
    type: 'object',
    properties: {
      query: {
        type: 'string',
        description:
          'Search terms and modifiers: in:#channel, in:@user, from:@user, has:link, before:/after:/on:YYYY-MM-DD, "exact phrase", e.g. \'invoice from:@ana after:2025-03-01\'.',
      },
      count: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        default: 20,
        description: 'Results per page, up to 100. Default 20.',
      },
      page: { type: 'integer', minimum: 1, description: 'Page number, from 1.' },
      sort: {
        type: 'string',
        enum: ['score', 'timestamp'],
        description: "'score' (relevance, default) or 'timestamp'.",
      },
      sort_dir: { type: 'string', enum: ['desc', 'asc'], description: "'desc' (default) or 'asc'." },
    },
    required: ['query'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
});
