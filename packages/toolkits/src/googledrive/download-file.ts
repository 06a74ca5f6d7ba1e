import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { filePath } from './file-fields.ts';
import { readGoogleJson } from './read-google-json.ts';

/** The text format each Google editor file is exported to when the caller names none. */
const EXPORT_FORMAT: Record<string, string> = {
  'application/vnd.google-apps.document': 'text/plain',
  'application/vnd.google-apps.spreadsheet': 'text/csv',
  'application/vnd.google-apps.presentation': 'text/plain',
  'application/vnd.google-apps.drawing': 'image/svg+xml',
  'application/vnd.google-apps.script': 'application/vnd.google-apps.script+json',
};

const TEXT_TYPES =
  /^(text\/|application\/(json|xml|javascript|x-yaml|yaml|sql|x-sh|.*\+json|.*\+xml)|image\/svg\+xml)/;

/** Largest binary file returned as base64. */
const MAX_BINARY_BYTES = 1024 * 1024;

/** GOOGLEDRIVE_DOWNLOAD_FILE: `files.export` for Google files, `files.get?alt=media` for the rest. */
export const downloadFile: ToolDefinition = {
  slug: 'GOOGLEDRIVE_DOWNLOAD_FILE',
  name: 'Read file content',
  description:
    "Reads a Drive file's content. Google Docs and Slides come as plain text, Sheets as CSV (first sheet), other files as they are: text files as text, binary files up to 1 MB as base64. Pass export_mime_type to choose another export, e.g. 'text/markdown' or 'text/html' for a Doc. Long text is cut at max_characters. Returns { id, name, mimeType, encoding: 'utf8'|'base64', content, truncated }.",
  inputSchema: {
    type: 'object',
    properties: {
      file_id: { type: 'string', description: "The Drive file id, e.g. '1AbCdEfGhIjKlMnOp'." },
      export_mime_type: {
        type: 'string',
        description:
          "For Google Docs/Sheets/Slides only: the format to export to, e.g. 'text/markdown', 'text/html', 'text/csv', 'application/pdf'.",
      },
      max_characters: {
        type: 'integer',
        minimum: 1,
        default: 100000,
        description: 'Cut text content after this many characters. Default 100000.',
      },
    },
    required: ['file_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  async handler(input, context) {
    const path = filePath(input.file_id);
    const metadata = await readGoogleJson(
      await context.fetch(
        `${path}?${new URLSearchParams({ fields: 'id,name,mimeType,size', supportsAllDrives: 'true' })}`,
      ),
    );
    const sourceType = String(metadata.mimeType ?? '');
    let contentType: string;
    let response: Response;
    if (sourceType.startsWith('application/vnd.google-apps.')) {
      const exportType =
        typeof input.export_mime_type === 'string' && input.export_mime_type
          ? input.export_mime_type
          : EXPORT_FORMAT[sourceType];
      if (!exportType)
        throw new Error(`'${metadata.name}' is a ${sourceType}, which has no content to download.`);
      contentType = exportType;
      response = await context.fetch(`${path}/export?${new URLSearchParams({ mimeType: exportType })}`);
    } else {
      if (Number(metadata.size) > MAX_BINARY_BYTES && !TEXT_TYPES.test(sourceType)) {
        throw new Error(
          `'${metadata.name}' is ${metadata.size} bytes of ${sourceType}; this tool returns binary files up to ${MAX_BINARY_BYTES} bytes.`,
        );
      }
      contentType = sourceType;
      response = await context.fetch(`${path}?alt=media&supportsAllDrives=true`);
    }
    if (!response.ok) await readGoogleJson(response);
    const bytes = Buffer.from(await response.arrayBuffer());
    const base = { id: metadata.id, name: metadata.name, mimeType: contentType };
    if (TEXT_TYPES.test(contentType)) {
      const text = bytes.toString('utf8');
      const limit = typeof input.max_characters === 'number' ? input.max_characters : 100_000;
      return { ...base, encoding: 'utf8', content: text.slice(0, limit), truncated: text.length > limit };
    }
    if (bytes.byteLength > MAX_BINARY_BYTES) {
      throw new Error(
        `'${metadata.name}' is ${bytes.byteLength} bytes as ${contentType}; the limit is ${MAX_BINARY_BYTES}.`,
      );
    }
    return { ...base, encoding: 'base64', content: bytes.toString('base64'), truncated: false };
  },
};
