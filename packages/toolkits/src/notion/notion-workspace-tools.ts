import type { ToolContext, ToolDefinition } from '../toolkit/toolkit-types.ts';
import { toRichText } from './markdown-to-blocks.ts';
import { NOTION_VERSION, notionRequest } from './notion-request.ts';
import { notionIdSchema, pageSizeSchema, startCursorSchema } from './notion-schemas.ts';

export const notionSearch: ToolDefinition = {
  slug: 'NOTION_SEARCH',
  name: 'Search',
  description:
    'Searches the pages and databases the integration can access by title. Use it to find a page or database id from its name (e.g. before NOTION_CREATE_PAGE or NOTION_QUERY_DATABASE). An empty query lists everything shared with the integration. Returns `results` (page and database objects with `id`, `url` and title), `has_more` and `next_cursor`. It matches titles, not page bodies.',
  inputSchema: {
    type: 'object',
    properties: {
      query: {
        type: 'string',
        description: 'Text to look for in titles, e.g. "Roadmap". Omit to list everything.',
      },
      filter: {
        type: 'object',
        description:
          'Restrict to one kind of object: {"property":"object","value":"page"} or {"property":"object","value":"database"}.',
        properties: {
          property: { type: 'string', enum: ['object'] },
          value: { type: 'string', enum: ['page', 'database'] },
        },
        required: ['property', 'value'],
        additionalProperties: false,
      },
      sort: {
        type: 'object',
        description:
          'Sort by last edit time: {"direction":"descending","timestamp":"last_edited_time"}. Default: relevance.',
        properties: {
          direction: { type: 'string', enum: ['ascending', 'descending'] },
          timestamp: { type: 'string', enum: ['last_edited_time'] },
        },
        required: ['direction', 'timestamp'],
        additionalProperties: false,
      },
      start_cursor: startCursorSchema,
      page_size: pageSizeSchema,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'POST', path: '/v1/search', headers: { 'Notion-Version': NOTION_VERSION } },
};

export const notionListUsers: ToolDefinition = {
  slug: 'NOTION_LIST_USERS',
  name: 'List users',
  description:
    'Lists the members (people) and bots of the Notion workspace with their `id`, `name`, `type` and, for people, `person.email`. Use it to find the user id for a "people" property or a mention. Paginated with `has_more` / `next_cursor`.',
  inputSchema: {
    type: 'object',
    properties: { start_cursor: startCursorSchema, page_size: pageSizeSchema },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/users', headers: { 'Notion-Version': NOTION_VERSION } },
};

export const notionCreateComment: ToolDefinition = {
  slug: 'NOTION_CREATE_COMMENT',
  name: 'Create comment',
  description:
    'Adds a comment to a Notion page (a new discussion at the top of the page, `page_id`) or replies in an existing discussion thread (`discussion_id`, from a comment\'s `discussion_id`); give exactly one. The integration needs the "insert comments" capability. Returns the comment object.',
  inputSchema: {
    type: 'object',
    properties: {
      page_id: notionIdSchema('page to comment on'),
      discussion_id: { type: 'string', description: 'ID of the discussion thread to reply in.' },
      text: {
        type: 'string',
        minLength: 1,
        description:
          'Comment text; inline **bold**, *italic*, `code` and [links](https://example.com) are kept.',
      },
    },
    required: ['text'],
    additionalProperties: false,
  },
  handler: createComment,
};

async function createComment(input: Record<string, unknown>, context: ToolContext): Promise<unknown> {
  const pageId = input.page_id as string | undefined;
  const discussionId = input.discussion_id as string | undefined;
  if (Boolean(pageId) === Boolean(discussionId))
    throw new Error('Give exactly one of page_id or discussion_id.');
  return notionRequest(context, 'POST', '/v1/comments', {
    ...(pageId ? { parent: { page_id: pageId } } : { discussion_id: discussionId }),
    rich_text: toRichText(input.text as string),
  });
}
