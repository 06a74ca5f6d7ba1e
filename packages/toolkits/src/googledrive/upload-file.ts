import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { FILE_FIELDS } from './file-fields.ts';
import { readGoogleJson } from './read-google-json.ts';

/** Which Google editor format a plain upload converts to. */
const GOOGLE_FORMAT: Record<string, string> = {
  'text/plain': 'application/vnd.google-apps.document',
  'text/markdown': 'application/vnd.google-apps.document',
  'text/html': 'application/vnd.google-apps.document',
  'text/csv': 'application/vnd.google-apps.spreadsheet',
};

/** Drive's limit for a multipart upload. */
const MAX_BYTES = 5 * 1024 * 1024;

/** GOOGLEDRIVE_UPLOAD_FILE: a multipart `files.create` upload of small content. */
export const uploadFile: ToolDefinition = {
  slug: 'GOOGLEDRIVE_UPLOAD_FILE',
  name: 'Upload file',
  description:
    "Creates a file in Google Drive from content you provide (up to 5 MB): notes, reports, CSV data, code. Set convert_to_google_format to turn text/plain, text/markdown or text/html into a Google Doc and text/csv into a Google Sheet. For binary files pass the bytes in base64 with encoding 'base64'. Returns the new file's metadata (id, name, mimeType, webViewLink, ...).",
  inputSchema: {
    type: 'object',
    properties: {
      name: { type: 'string', description: "File name with extension, e.g. 'meeting-notes.md' or 'q1.csv'." },
      content: { type: 'string', description: 'The file content: text, or base64 when encoding is base64.' },
      mime_type: {
        type: 'string',
        default: 'text/plain',
        description:
          "MIME type of content, e.g. 'text/plain' (default), 'text/markdown', 'text/csv', 'application/pdf'.",
      },
      encoding: {
        type: 'string',
        enum: ['utf8', 'base64'],
        default: 'utf8',
        description: "'utf8' (default) for text content, 'base64' for binary content.",
      },
      parent_folder_id: {
        type: 'string',
        description:
          "Id of the folder to put it in, e.g. '1AbCdEfGhIjKlMnOp'. Default: My Drive's top level.",
      },
      convert_to_google_format: {
        type: 'boolean',
        default: false,
        description: 'Convert to a Google Doc (text, markdown, HTML) or Google Sheet (CSV). Default false.',
      },
      description: { type: 'string', description: 'Optional description shown in Drive.' },
    },
    required: ['name', 'content'],
    additionalProperties: false,
  },
  tags: [],
  async handler(input, context) {
    const mimeType = typeof input.mime_type === 'string' && input.mime_type ? input.mime_type : 'text/plain';
    const content = Buffer.from(String(input.content ?? ''), input.encoding === 'base64' ? 'base64' : 'utf8');
    if (content.byteLength > MAX_BYTES) {
      throw new Error(
        `The content is ${content.byteLength} bytes; this tool uploads at most ${MAX_BYTES} bytes.`,
      );
    }
    const metadata: Record<string, unknown> = { name: input.name };
    if (input.convert_to_google_format === true) {
      const googleFormat = GOOGLE_FORMAT[mimeType];
      if (!googleFormat) {
        throw new Error(
          `Cannot convert ${mimeType} to a Google format; use text/plain, text/markdown, text/html or text/csv.`,
        );
      }
      metadata.mimeType = googleFormat;
    } else {
      metadata.mimeType = mimeType;
    }
    if (typeof input.parent_folder_id === 'string' && input.parent_folder_id)
      metadata.parents = [input.parent_folder_id];
    if (typeof input.description === 'string') metadata.description = input.description;

    const boundary = `toolrouter-${crypto.randomUUID()}`;
    const contentType = mimeType.startsWith('text/') ? `${mimeType}; charset=UTF-8` : mimeType;
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n` +
          `--${boundary}\r\nContent-Type: ${contentType}\r\n\r\n`,
        'utf8',
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
    ]);
    const query = new URLSearchParams({
      uploadType: 'multipart',
      fields: FILE_FIELDS,
      supportsAllDrives: 'true',
    });
    const response = await context.fetch(`/upload/drive/v3/files?${query}`, {
      method: 'POST',
      headers: { 'content-type': `multipart/related; boundary=${boundary}` },
      body,
    });
    return readGoogleJson(response);
  },
};
