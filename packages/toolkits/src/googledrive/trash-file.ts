import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { filePath } from './file-fields.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLEDRIVE_TRASH_FILE: `files.update` with `trashed: true` (or false to restore). */
export const trashFile: ToolDefinition = {
  slug: 'GOOGLEDRIVE_TRASH_FILE',
  name: 'Move file to trash',
  description:
    'Moves a Drive file or folder to the trash (recoverable for 30 days), or restores it from the trash with restore: true. This is the safe way to delete; GOOGLEDRIVE_DELETE_FILE deletes for good. Returns { id, name, trashed }.',
  inputSchema: {
    type: 'object',
    properties: {
      file_id: { type: 'string', description: "The Drive file or folder id, e.g. '1AbCdEfGhIjKlMnOp'." },
      restore: { type: 'boolean', default: false, description: 'true takes the file back out of the trash.' },
    },
    required: ['file_id'],
    additionalProperties: false,
  },
  tags: ['destructiveHint', 'idempotentHint'],
  async handler(input, context) {
    const query = new URLSearchParams({ fields: 'id,name,trashed', supportsAllDrives: 'true' });
    const response = await context.fetch(`${filePath(input.file_id)}?${query}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ trashed: input.restore !== true }),
    });
    return readGoogleJson(response);
  },
};
