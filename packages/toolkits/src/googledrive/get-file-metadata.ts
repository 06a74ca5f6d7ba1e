import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { FILE_FIELDS, filePath } from './file-fields.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLEDRIVE_GET_FILE_METADATA: `files.get` without content. */
export const getFileMetadata: ToolDefinition = {
  slug: 'GOOGLEDRIVE_GET_FILE_METADATA',
  name: 'Get file metadata',
  description:
    "Returns a Drive file's or folder's metadata (not its content): id, name, mimeType, size, created/modified times, parents, webViewLink, owners, shared, starred, trashed, description. Use GOOGLEDRIVE_DOWNLOAD_FILE for the content.",
  inputSchema: {
    type: 'object',
    properties: {
      file_id: {
        type: 'string',
        description:
          "The Drive file id, e.g. '1AbCdEfGhIjKlMnOp' (from GOOGLEDRIVE_LIST_FILES or a URL .../d/<id>/edit).",
      },
      fields: {
        type: 'string',
        description: `Drive fields selector to return instead of the default, e.g. 'id,name,permissions'. Default: ${FILE_FIELDS}.`,
      },
    },
    required: ['file_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  async handler(input, context) {
    const fields = typeof input.fields === 'string' && input.fields ? input.fields : FILE_FIELDS;
    const query = new URLSearchParams({ fields, supportsAllDrives: 'true' });
    return readGoogleJson(await context.fetch(`${filePath(input.file_id)}?${query}`));
  },
};
