import type { ToolContext, ToolDefinition } from '../toolkit/toolkit-types.ts';
import { markdownToBlocks, type NotionBlock } from './markdown-to-blocks.ts';
import { NOTION_MAX_CHILDREN, NOTION_VERSION, notionRequest } from './notion-request.ts';
import {
  childrenSchema,
  contentSchema,
  notionIdSchema,
  pageSizeSchema,
  startCursorSchema,
} from './notion-schemas.ts';

export const notionAppendBlocks: ToolDefinition = {
  slug: 'NOTION_APPEND_BLOCKS',
  name: 'Append blocks',
  description:
    'Adds content to the end of a Notion page (or inside a block that can hold children, like a toggle), or right after a given block with `after`. Write the content as light Markdown in `content`, or pass raw Notion block objects in `children` (both may be given: content first). Any number of blocks is sent in batches of 100. Returns `results`, the blocks created.',
  inputSchema: {
    type: 'object',
    properties: {
      block_id: notionIdSchema('page or parent block to add content to'),
      content: contentSchema,
      children: childrenSchema,
      after: notionIdSchema('existing child block after which the new blocks go (default: at the end)'),
    },
    required: ['block_id'],
    additionalProperties: false,
  },
  handler: appendBlocks,
};

export const notionGetBlockChildren: ToolDefinition = {
  slug: 'NOTION_GET_BLOCK_CHILDREN',
  name: 'Get block children',
  description:
    "Reads the body of a Notion page, or the children of a block: one level of block objects (paragraphs, headings, list items, to-dos, code, ...) in order, each with its `type`, text under `<type>.rich_text`, and `has_children`. Pass a page id to read the page's content; call again with a block's id to read its nested children. Paginated with `has_more` / `next_cursor`.",
  inputSchema: {
    type: 'object',
    properties: {
      block_id: notionIdSchema('page or block whose children to list'),
      start_cursor: startCursorSchema,
      page_size: pageSizeSchema,
    },
    required: ['block_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: {
    method: 'GET',
    path: '/v1/blocks/{block_id}/children',
    headers: { 'Notion-Version': NOTION_VERSION },
  },
};

export const notionDeleteBlock: ToolDefinition = {
  slug: 'NOTION_DELETE_BLOCK',
  name: 'Delete block',
  description:
    'Deletes one block (a paragraph, list item, ...) from a Notion page by moving it to the trash; a page id deletes that whole page. Block ids come from NOTION_GET_BLOCK_CHILDREN. Returns the deleted block with `archived: true`.',
  inputSchema: {
    type: 'object',
    properties: { block_id: notionIdSchema('block to delete') },
    required: ['block_id'],
    additionalProperties: false,
  },
  tags: ['destructiveHint', 'idempotentHint'],
  request: { method: 'DELETE', path: '/v1/blocks/{block_id}', headers: { 'Notion-Version': NOTION_VERSION } },
};

async function appendBlocks(input: Record<string, unknown>, context: ToolContext): Promise<unknown> {
  const blockId = input.block_id as string;
  const blocks: NotionBlock[] = [
    ...(typeof input.content === 'string' ? markdownToBlocks(input.content) : []),
    ...((input.children as NotionBlock[] | undefined) ?? []),
  ];
  if (blocks.length === 0) throw new Error('Nothing to append: give `content` or `children`.');
  let after = input.after as string | undefined;
  const results: unknown[] = [];
  for (let start = 0; start < blocks.length; start += NOTION_MAX_CHILDREN) {
    const body: Record<string, unknown> = { children: blocks.slice(start, start + NOTION_MAX_CHILDREN) };
    if (after) body.after = after;
    const response = await notionRequest(
      context,
      'PATCH',
      `/v1/blocks/${encodeURIComponent(blockId)}/children`,
      body,
    );
    const created: Array<{ id?: string }> = Array.isArray(response?.results) ? response.results : [];
    results.push(...created);
    // Later batches must follow the last block of this one when the caller chose a position.
    if (after) after = created.at(-1)?.id ?? after;
  }
  return { object: 'list', results };
}
