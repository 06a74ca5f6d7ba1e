import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import {
  linearCreateIssue,
  linearGetIssue,
  linearListIssues,
  linearSearchIssues,
  linearUpdateIssue,
} from './linear-issue-tools.ts';
import { linearPhrasings } from './linear-phrasings.ts';
import {
  linearCreateComment,
  linearGetViewer,
  linearListLabels,
  linearListProjects,
  linearListTeams,
  linearListUsers,
  linearListWorkflowStates,
} from './linear-workspace-tools.ts';

/**
 * Linear: create, update, find and comment on issues; list teams, projects, states, users and labels.
 * Every tool sends one GraphQL operation to `https://api.linear.app/graphql`.
 *
 * @example
 * await session.execute('LINEAR_CREATE_ISSUE', { teamId: '9cfb482a-...', title: 'Fix login' });
 */
export const linear = defineToolkit({
  slug: 'linear',
  name: 'Linear',
  description: 'Create, update, search and comment on Linear issues and browse teams and projects.',
  logo: 'https://cdn.simpleicons.org/linear',
  categories: ['project-management', 'developer-tools'],
  baseUrl: 'https://api.linear.app',
  auth: [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://linear.app/oauth/authorize',
      tokenUrl: 'https://api.linear.app/oauth/token',
      scopes: ['read', 'write'],
      scopeSeparator: ',',
      pkce: true,
    },
    // Personal API keys go in the Authorization header as they are, without "Bearer ".
    { mode: 'api_key', in: 'header', name: 'Authorization' },
  ],
  connectHelp:
    'Create a personal API key in Linear under Settings → Account → Security & access → Personal API keys, and paste it here (it starts with "lin_api_").',
  credentialCheck: {
    method: 'POST',
    path: '/graphql',
    body: { query: 'query Viewer { viewer { id name email } }' },
    identity: ['data.viewer.email', 'data.viewer.name'],
  },
  tools: withPhrasings(
    [
      linearCreateIssue,
      linearUpdateIssue,
      linearGetIssue,
      linearListIssues,
      linearSearchIssues,
      linearCreateComment,
      linearListTeams,
      linearListProjects,
      linearListWorkflowStates,
      linearListUsers,
      linearListLabels,
      linearGetViewer,
    ],
    linearPhrasings,
  ),
});
