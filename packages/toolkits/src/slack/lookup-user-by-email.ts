import { simplifyUser } from './simplify-user.ts';
import { slackMethodTool } from './slack-method-tool.ts';

/** SLACK_LOOKUP_USER_BY_EMAIL: `users.lookupByEmail`. */
export const lookupUserByEmail = slackMethodTool({
  slug: 'SLACK_LOOKUP_USER_BY_EMAIL',
  name: 'Find user by email',
  description:
    'Finds the Slack member with this email address and returns { user: { id, name, real_name, display_name, email, ... } }. Fails with users_not_found when nobody in the workspace has it.',
  method: 'users.lookupByEmail',
  inputSchema: {
    type: 'object',
    properties: { email: { type: 'string', description: "The email address, e.g. 'ana@example.com'." } },
    required: ['email'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  transform: (result) => ({ user: simplifyUser(result.user) }),
});
