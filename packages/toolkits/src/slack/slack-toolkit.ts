import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import { addReaction } from './add-reaction.ts';
import { deleteMessage } from './delete-message.ts';
import { fetchConversationHistory } from './fetch-conversation-history.ts';
import { fetchThreadReplies } from './fetch-thread-replies.ts';
import { getUserInfo } from './get-user-info.ts';
import { listChannels } from './list-channels.ts';
import { listUsers } from './list-users.ts';
import { lookupUserByEmail } from './lookup-user-by-email.ts';
import { openDm } from './open-dm.ts';
import { searchMessages } from './search-messages.ts';
import { sendMessage } from './send-message.ts';
import { slackPhrasings } from './slack-phrasings.ts';
import { updateMessage } from './update-message.ts';

/**
 * The user-token scopes the tools need. They are requested as Slack's `user_scope` (not `scope`,
 * which asks for bot scopes): an agent acts as the person who connected, and `search:read` exists
 * only for user tokens.
 */
export const SLACK_USER_SCOPES = [
  'channels:read',
  'groups:read',
  'im:read',
  'mpim:read',
  'channels:history',
  'groups:history',
  'im:history',
  'mpim:history',
  'chat:write',
  'reactions:write',
  'users:read',
  'users:read.email',
  'search:read',
  'im:write',
  'mpim:write',
];

/**
 * Slack (Web API): message channels and people, read history and threads, search, react. OAuth v2
 * with a user token: the scopes go in `user_scope` and the token comes back under `authed_user`.
 *
 * @example
 * const router = new ToolRouter({ toolkits: [slack] });
 */
export const slack = defineToolkit({
  slug: 'slack',
  name: 'Slack',
  description: 'Send and search messages, read channels and threads, react and look up people in Slack.',
  logo: 'https://a.slack-edge.com/80588/marketing/img/icons/icon_slack_hash_colored.png',
  categories: ['communication', 'team-chat', 'productivity'],
  baseUrl: 'https://slack.com/api',
  auth: [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://slack.com/oauth/v2/authorize',
      tokenUrl: 'https://slack.com/api/oauth.v2.access',
      // No bot scopes: user scopes go in `user_scope` below, as Slack's OAuth v2 expects.
      scopes: [],
      scopeSeparator: ',',
      authorizeParams: { user_scope: SLACK_USER_SCOPES.join(',') },
      tokenResponsePath: 'authed_user',
      // Slack accepts PKCE only once an app opts in (which makes it a public client, for good).
      pkce: false,
    },
  ],
  credentialCheck: { method: 'POST', path: '/auth.test', okField: 'ok', identity: ['team', 'user'] },
  tools: withPhrasings(
    [
      sendMessage,
      listChannels,
      fetchConversationHistory,
      fetchThreadReplies,
      addReaction,
      listUsers,
      getUserInfo,
      lookupUserByEmail,
      searchMessages,
      openDm,
      updateMessage,
      deleteMessage,
    ],
    slackPhrasings,
  ),
});
