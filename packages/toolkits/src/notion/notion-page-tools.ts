import type { ToolContext, ToolDefinition } from '../toolkit/toolkit-types.ts';
import { markdownToBlocks, type NotionBlock, toPlainRichText } from './markdown-to-blocks.ts';
import { NOTION_MAX_CHILDREN, NOTION_VERSION, notionRequest } from './notion-request.ts';
import { childrenSchema, contentSchema, notionIdSchema, pagePropertiesSchema } from './notion-schemas.ts';

export const notionGetPage: ToolDefinition = {
  slug: 'NOTION_GET_PAGE',
  name: 'Get page',
  description:
    "Retrieves a Notion page's metadata and property values (title, status, dates, ...), not its body. Use NOTION_GET_BLOCK_CHILDREN with the page id to read the body. Returns the page object with `id`, `url`, `parent`, `properties`, `created_time`, `last_edited_time` and `archived`.",
  inputSchema: {
    type: 'object',
    properties: { page_id: notionIdSchema('page') },
    required: ['page_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/pages/{page_id}', headers: { 'Notion-Version': NOTION_VERSION } },
};

export const notionCreatePage: ToolDefinition = {
  slug: 'NOTION_CREATE_PAGE',
  name: 'Create page',
  description:
    "Creates a Notion page, either as a sub-page of a page (`parent_page_id`) or as a row of a database (`parent_database_id`); give exactly one. Set `title` for the page title (for a database row it fills the database's title column, whatever its name), `properties` for other database columns, and the body with `content` (light Markdown) and/or raw `children` blocks; long bodies are sent in batches of 100 blocks. The integration must have access to the parent (shared with it in Notion). Returns the created page object, including its `id` and `url`.",
  inputSchema: {
    type: 'object',
    properties: {
      parent_page_id: notionIdSchema('parent page the new page goes under'),
      parent_database_id: notionIdSchema('database the new page becomes a row of'),
      title: { type: 'string', description: 'Page title, e.g. "Q3 planning notes".' },
      properties: pagePropertiesSchema,
      content: contentSchema,
      children: childrenSchema,
      icon_emoji: { type: 'string', description: 'An emoji used as the page icon, e.g. "📝".' },
      cover_url: {
        type: 'string',
        format: 'uri',
        description: 'URL of an external image used as the page cover.',
      },
    },
    additionalProperties: false,
  },
  handler: createPage,
};

export const notionUpdatePage: ToolDefinition = {
  slug: 'NOTION_UPDATE_PAGE',
  name: 'Update page',
  description:
    'Updates a Notion page\'s properties, icon or cover, or moves it to the trash (`archived: true`) and back (`archived: false`). Only the properties you pass change. To rename a page, set its title property: for a sub-page {"title":{"title":[{"text":{"content":"New title"}}]}}, for a database row the database\'s title column, e.g. {"Name":{"title":[{"text":{"content":"New title"}}]}}. The body is not edited here: use NOTION_APPEND_BLOCKS or NOTION_DELETE_BLOCK. Returns the updated page object.',
  inputSchema: {
    type: 'object',
    properties: {
      page_id: notionIdSchema('page to update'),
      properties: pagePropertiesSchema,
      archived: { type: 'boolean', description: 'true moves the page to the trash, false restores it.' },
      icon: {
        type: 'object',
        description:
          'New icon: {"type":"emoji","emoji":"🚀"} or {"type":"external","external":{"url":"https://..."}}.',
      },
      cover: {
        type: 'object',
        description:
          'New cover image: {"type":"external","external":{"url":"https://example.com/cover.png"}}.',
      },
    },
    required: ['page_id'],
    additionalProperties: false,
  },
  // `archived: true` moves the page to the trash.
  tags: ['destructiveHint', 'idempotentHint'],
  request: { method: 'PATCH', path: '/v1/pages/{page_id}', headers: { 'Notion-Version': NOTION_VERSION } },
};

async function createPage(input: Record<string, unknown>, context: ToolContext): Promise<unknown> {
  const parentPageId = input.parent_page_id as string | undefined;
  const parentDatabaseId = input.parent_database_id as string | undefined;
  if (Boolean(parentPageId) === Boolean(parentDatabaseId)) {
    throw new Error('Give exactly one of parent_page_id or parent_database_id.');
  }
  const properties: Record<string, unknown> = { ...((input.properties as Record<string, unknown>) ?? {}) };
  if (typeof input.title === 'string') {
    const titleKey = parentDatabaseId
      ? await databaseTitleProperty(context, parentDatabaseId, properties)
      : 'title';
    properties[titleKey] = { title: toPlainRichText(input.title) };
  }
  const blocks: NotionBlock[] = [
    ...(typeof input.content === 'string' ? markdownToBlocks(input.content) : []),
    ...((input.children as NotionBlock[] | undefined) ?? []),
  ];
  const body: Record<string, unknown> = {
    parent: parentDatabaseId ? { database_id: parentDatabaseId } : { page_id: parentPageId },
    properties,
  };
  if (blocks.length > 0) body.children = blocks.slice(0, NOTION_MAX_CHILDREN);
  if (typeof input.icon_emoji === 'string') body.icon = { type: 'emoji', emoji: input.icon_emoji };
  if (typeof input.cover_url === 'string')
    body.cover = { type: 'external', external: { url: input.cover_url } };
  const page = await notionRequest(context, 'POST', '/v1/pages', body);
  for (let start = NOTION_MAX_CHILDREN; start < blocks.length; start += NOTION_MAX_CHILDREN) {
    await notionRequest(context, 'PATCH', `/v1/blocks/${encodeURIComponent(page.id)}/children`, {
      children: blocks.slice(start, start + NOTION_MAX_CHILDREN),
    });
  }
  return page;
}

/** The name of a database's title column: taken from `properties` when already there, else read from the database. */
async function databaseTitleProperty(
  context: ToolContext,
  databaseId: string,
  properties: Record<string, unknown>,
): Promise<string> {
  const given = Object.entries(properties).find(
    ([, value]) => typeof value === 'object' && value !== null && 'title' in value,
  );
  if (given) return given[0];
  const database = await notionRequest(context, 'GET', `/v1/databases/${encodeURIComponent(databaseId)}`);
  const entry = Object.entries((database?.properties ?? {}) as Record<string, { type?: string }>).find(
    ([, property]) => property?.type === 'title',
  );
  if (!entry) throw new Error(`Database ${databaseId} has no title property.`);
  return entry[0];
}
