import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import { notionAppendBlocks, notionDeleteBlock, notionGetBlockChildren } from './notion-block-tools.ts';
import { notionGetDatabase, notionQueryDatabase } from './notion-database-tools.ts';
import { notionCreatePage, notionGetPage, notionUpdatePage } from './notion-page-tools.ts';
import { notionPhrasings } from './notion-phrasings.ts';
import { notionCreateComment, notionListUsers, notionSearch } from './notion-workspace-tools.ts';

/**
 * Notion: search, read and write pages, databases, blocks and comments (API version 2022-06-28).
 * Connect with OAuth (a public integration) or an internal integration token as a bearer token.
 *
 * @example
 * const router = new ToolRouter({ toolkits: [notion] });
 * await session.execute('NOTION_SEARCH', { query: 'Roadmap' });
 */
export const notion = defineToolkit({
  slug: 'notion',
  name: 'Notion',
  description: 'Search, read and write Notion pages, databases, blocks and comments.',
  logo: 'https://cdn.simpleicons.org/notion',
  categories: ['productivity', 'documents'],
  baseUrl: 'https://api.notion.com',
  auth: [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://api.notion.com/v1/oauth/authorize',
      tokenUrl: 'https://api.notion.com/v1/oauth/token',
      // No scopes: Notion grants what the user shares on its consent screen.
      // Notion documents no PKCE support and validates token request bodies strictly.
      pkce: false,
      authorizeParams: { owner: 'user' },
      clientAuth: 'basic',
    },
    { mode: 'bearer' },
  ],
  connectHelp:
    'Create an internal integration at https://www.notion.so/profile/integrations, copy its Internal Integration Secret (starts with "ntn_" or "secret_"), then share the pages and databases it may use with it (page menu ••• → Connections).',
  tools: withPhrasings(
    [
      notionSearch,
      notionGetPage,
      notionCreatePage,
      notionUpdatePage,
      notionGetDatabase,
      notionQueryDatabase,
      notionGetBlockChildren,
      notionAppendBlocks,
      notionDeleteBlock,
      notionCreateComment,
      notionListUsers,
    ],
    notionPhrasings,
  ),
});
