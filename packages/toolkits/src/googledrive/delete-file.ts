import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

/** GOOGLEDRIVE_DELETE_FILE: `files.delete`, permanent. */
export const deleteFile: ToolDefinition = {
  slug: 'GOOGLEDRIVE_DELETE_FILE',
  name: 'Delete file permanently',
  description:
    'Deletes a Drive file or folder permanently, skipping the trash (a folder takes its contents with it). Only when the user clearly wants it gone for good; otherwise use GOOGLEDRIVE_TRASH_FILE. Only the owner can do this. Returns nothing on success.',
  inputSchema: {
    type: 'object',
    properties: {
      file_id: { type: 'string', description: "The Drive file or folder id, e.g. '1AbCdEfGhIjKlMnOp'." },
    },
    required: ['file_id'],
    additionalProperties: false,
  },
  tags: ['destructiveHint', 'idempotentHint'],
  request: {
    method: 'DELETE',
    // Without supportsAllDrives, Drive answers 404 for files in shared drives.
    path: '/drive/v3/files/{file_id}?supportsAllDrives=true',
    parameters: { file_id: 'path' },
  },
};
