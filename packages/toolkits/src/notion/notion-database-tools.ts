import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { NOTION_VERSION } from './notion-request.ts';
import { notionIdSchema, pageSizeSchema, startCursorSchema } from './notion-schemas.ts';

export const notionQueryDatabase: ToolDefinition = {
  slug: 'NOTION_QUERY_DATABASE',
  name: 'Query database',
  description:
    'Lists the rows (pages) of a Notion database, optionally filtered and sorted. Call NOTION_GET_DATABASE first to learn the property names and types the filter needs. Returns `results` (page objects with their `properties`), `has_more` and `next_cursor` for the next page.',
  inputSchema: {
    type: 'object',
    properties: {
      database_id: notionIdSchema('database'),
      filter: {
        type: 'object',
        description:
          'Notion filter object. One condition names a property and a condition for its type: {"property":"Status","status":{"equals":"Done"}}, {"property":"Done","checkbox":{"equals":false}}, {"property":"Due","date":{"on_or_before":"2025-01-31"}}, {"property":"Name","title":{"contains":"launch"}}, {"property":"Tags","multi_select":{"contains":"urgent"}}, {"property":"Estimate","number":{"greater_than":2}}. Combine with {"and":[...]} or {"or":[...]}. Timestamps: {"timestamp":"last_edited_time","last_edited_time":{"past_week":{}}}.',
      },
      sorts: {
        type: 'array',
        description:
          'Sort order, first entry wins: [{"property":"Due","direction":"ascending"}] or [{"timestamp":"last_edited_time","direction":"descending"}].',
        items: {
          type: 'object',
          properties: {
            property: { type: 'string', description: 'Property name to sort by.' },
            timestamp: { type: 'string', enum: ['created_time', 'last_edited_time'] },
            direction: { type: 'string', enum: ['ascending', 'descending'] },
          },
          required: ['direction'],
        },
      },
      start_cursor: startCursorSchema,
      page_size: pageSizeSchema,
    },
    required: ['database_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: {
    method: 'POST',
    path: '/v1/databases/{database_id}/query',
    headers: { 'Notion-Version': NOTION_VERSION },
  },
};

export const notionGetDatabase: ToolDefinition = {
  slug: 'NOTION_GET_DATABASE',
  name: 'Get database',
  description:
    "Retrieves a Notion database's title and schema: every property (column) with its name, id and type, plus the options of select, multi_select and status properties. Use it before NOTION_QUERY_DATABASE or NOTION_CREATE_PAGE to learn the exact property names and allowed values. Does not return the rows.",
  inputSchema: {
    type: 'object',
    properties: { database_id: notionIdSchema('database') },
    required: ['database_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: {
    method: 'GET',
    path: '/v1/databases/{database_id}',
    headers: { 'Notion-Version': NOTION_VERSION },
  },
};
