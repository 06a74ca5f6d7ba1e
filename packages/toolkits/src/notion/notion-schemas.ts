import type { JsonSchema } from '../toolkit/toolkit-types.ts';

/** Schema fragments shared by the Notion tools. */

export const notionIdSchema = (what: string): JsonSchema => ({
  type: 'string',
  description: `ID of the ${what}: a UUID with or without dashes, e.g. "59833787-2cf9-4fdf-8782-e53db20768a5", as found at the end of its Notion URL.`,
  minLength: 32,
});

export const contentSchema: JsonSchema = {
  type: 'string',
  description:
    'Body text in light Markdown, turned into Notion blocks: "# ", "## ", "### " headings, "- " bullets, "1. " numbered items, "- [ ] " / "- [x] " to-dos, "> " quotes, "---" dividers, ``` fenced code ```, and paragraphs separated by blank lines. Inline **bold**, *italic*, ~~strike~~, `code` and [links](https://example.com) are kept. Example: "## Agenda\\n- Budget\\n- Hiring\\n\\nNotes to follow."',
};

export const childrenSchema: JsonSchema = {
  type: 'array',
  description:
    'Raw Notion block objects, for block types the Markdown `content` cannot express (tables, callouts, toggles, embeds, images). Example: [{"object":"block","type":"callout","callout":{"rich_text":[{"type":"text","text":{"content":"Heads up"}}],"icon":{"type":"emoji","emoji":"⚠️"}}}]',
  items: { type: 'object', properties: { type: { type: 'string' } }, required: ['type'] },
};

export const pagePropertiesSchema: JsonSchema = {
  type: 'object',
  description:
    'Page property values keyed by property name (or id), in Notion\'s property value format. For a page inside a database the keys must match the database\'s properties (see NOTION_GET_DATABASE). Examples: {"Status":{"status":{"name":"In progress"}}, "Tags":{"multi_select":[{"name":"urgent"}]}, "Due":{"date":{"start":"2025-03-01"}}, "Estimate":{"number":3}, "Done":{"checkbox":true}, "Owner":{"people":[{"id":"<user id>"}]}, "Link":{"url":"https://example.com"}, "Summary":{"rich_text":[{"text":{"content":"Short summary"}}]}}.',
  additionalProperties: { type: 'object' },
};

export const startCursorSchema: JsonSchema = {
  type: 'string',
  description: 'Pagination cursor: the `next_cursor` of the previous response. Omit for the first page.',
};

export const pageSizeSchema: JsonSchema = {
  type: 'integer',
  minimum: 1,
  maximum: 100,
  description: 'Number of results per page, 1 to 100. Default 100.',
};
