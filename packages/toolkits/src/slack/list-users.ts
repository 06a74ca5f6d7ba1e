import { simplifyUser } from './simplify-user.ts';
import { slackFieldsSchema } from './slack-fields-schema.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_LIST_USERS: `users.list`, each member trimmed to its identifying fields. */
export const listUsers = slackMethodTool({
  slug: 'SLACK_LIST_USERS',
  name: 'List users',
  description:
    "Lists the workspace's members (people and bots, including deactivated ones marked deleted) with id, name, real_name, display_name, email, title, tz. Use it to find someone's user id for mentions (<@U0123ABCD>) or DMs; SLACK_LOOKUP_USER_BY_EMAIL is quicker when you know the email. Returns { members, next_cursor }.",
  method: 'users.list',
  inputSchema: {
    type: 'object',
    properties: {
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 200,
        description: 'Page size. Default 200.',
      },
      cursor: slackFieldsSchema.cursor,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  transform: (result) => ({
    members: (result.members ?? []).map(simplifyUser),
    next_cursor: result.response_metadata?.next_cursor || undefined,
  }),
});
