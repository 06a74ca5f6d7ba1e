import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { FILE_FIELDS } from './file-fields.ts';
import { readGoogleJson } from './read-google-json.ts';

const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';

/** GOOGLEDRIVE_CREATE_FOLDER: `files.create` with the folder MIME type. */
export const createFolder: ToolDefinition = {
  slug: 'GOOGLEDRIVE_CREATE_FOLDER',
  name: 'Create folder',
  description:
    "Creates a folder in Google Drive, at the top of My Drive or inside parent_folder_id. Drive allows several folders with the same name, so search first with GOOGLEDRIVE_LIST_FILES when the user means an existing one. Returns the new folder's metadata (id, name, webViewLink, ...).",
  inputSchema: {
    type: 'object',
    properties: {
      name: { type: 'string', description: "The folder name, e.g. 'Invoices 2025'." },
      parent_folder_id: {
        type: 'string',
        description:
          "Id of the folder to create it in, e.g. '1AbCdEfGhIjKlMnOp'. Default: My Drive's top level.",
      },
    },
    required: ['name'],
    additionalProperties: false,
  },
  tags: [],
  async handler(input, context) {
    const metadata: Record<string, unknown> = { name: input.name, mimeType: FOLDER_MIME_TYPE };
    if (typeof input.parent_folder_id === 'string' && input.parent_folder_id)
      metadata.parents = [input.parent_folder_id];
    const query = new URLSearchParams({ fields: FILE_FIELDS, supportsAllDrives: 'true' });
    const response = await context.fetch(`/drive/v3/files?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(metadata),
    });
    return readGoogleJson(response);
  },
};
