import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { FILE_FIELDS } from './file-fields.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLEDRIVE_LIST_FILES: `files.list` with Drive's query language. */
export const listFiles: ToolDefinition = {
  slug: 'GOOGLEDRIVE_LIST_FILES',
  name: 'List or search files',
  description:
    "Lists or searches files and folders in the user's Google Drive (including shared drives they belong to), most recently modified first. Use query for Drive's search syntax and folder_id to list one folder. Trashed files are left out unless include_trashed is true. Returns { files: [{ id, name, mimeType, size, modifiedTime, parents, webViewLink, owners, ... }], nextPageToken }.",
  inputSchema: {
    type: 'object',
    properties: {
      query: {
        type: 'string',
        description:
          "Drive search query (the files.list 'q' syntax), e.g. \"name contains 'budget'\", \"fullText contains 'quarterly revenue'\", \"mimeType = 'application/vnd.google-apps.folder'\", \"modifiedTime > '2025-01-01T00:00:00'\", \"'ana@example.com' in owners\". Combine with and/or; quote strings with single quotes.",
      },
      folder_id: {
        type: 'string',
        description:
          "Only items directly inside this folder, e.g. '1AbCdEfGhIjKlMnOp'. Use 'root' for My Drive's top level.",
      },
      include_trashed: {
        type: 'boolean',
        default: false,
        description: 'Also return files in the trash. Default false.',
      },
      order_by: {
        type: 'string',
        description:
          "Sort keys, e.g. 'modifiedTime desc' (the default), 'name', 'createdTime desc', 'folder,name'. Ignored for fullText searches, which sort by relevance.",
      },
      page_size: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 50,
        description: 'Page size, 1-1000. Default 50.',
      },
      page_token: { type: 'string', description: 'nextPageToken from a previous call.' },
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  async handler(input, context) {
    const clauses: string[] = [];
    if (typeof input.query === 'string' && input.query.trim()) clauses.push(`(${input.query.trim()})`);
    if (typeof input.folder_id === 'string' && input.folder_id) {
      clauses.push(`'${input.folder_id.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}' in parents`);
    }
    if (input.include_trashed !== true) clauses.push('trashed = false');
    const isFullText = /fullText\s+contains/i.test(String(input.query ?? ''));
    const query = new URLSearchParams({
      q: clauses.join(' and '),
      pageSize: String(input.page_size ?? 50),
      fields: `nextPageToken,incompleteSearch,files(${FILE_FIELDS})`,
      supportsAllDrives: 'true',
      includeItemsFromAllDrives: 'true',
    });
    if (!isFullText)
      query.set('orderBy', typeof input.order_by === 'string' ? input.order_by : 'modifiedTime desc');
    if (typeof input.page_token === 'string' && input.page_token) query.set('pageToken', input.page_token);
    return readGoogleJson(await context.fetch(`/drive/v3/files?${query}`));
  },
};
