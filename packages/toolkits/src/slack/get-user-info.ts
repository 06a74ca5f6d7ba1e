import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_GET_USER_INFO: `users.info`. */
export const getUserInfo = slackMethodTool({
  slug: 'SLACK_GET_USER_INFO',
  name: 'Get user info',
  description:
    "Returns one Slack user's profile by id: { user: { id, name, real_name, tz, is_bot, deleted, profile: { display_name, email, title, phone, status_text, ... } } }. Use it to see who wrote a message (its user field).",
  method: 'users.info',
  inputSchema: {
    type: 'object',
    properties: { user: { type: 'string', description: "The user id, e.g. 'U0123ABCD'." } },
    required: ['user'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
});
