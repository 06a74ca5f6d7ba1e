import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

export const DRIVE_TOKEN = 'ya29.drive-test-token';

const FILES: Record<
  string,
  { metadata: Record<string, unknown>; exports?: Record<string, string>; media?: string }
> = {
  doc1: {
    metadata: { id: 'doc1', name: 'Meeting notes', mimeType: 'application/vnd.google-apps.document' },
    exports: { 'text/plain': 'Agenda\r\n1. Budget', 'text/markdown': '# Agenda\n\n1. Budget' },
  },
  sheet1: {
    metadata: { id: 'sheet1', name: 'Budget', mimeType: 'application/vnd.google-apps.spreadsheet' },
    exports: { 'text/csv': 'item,cost\nrent,1000' },
  },
  txt1: { metadata: { id: 'txt1', name: 'todo.txt', mimeType: 'text/plain', size: '8' }, media: 'buy milk' },
  png1: { metadata: { id: 'png1', name: 'dot.png', mimeType: 'image/png', size: '8' }, media: 'PNGBYTES' },
  mp4: { metadata: { id: 'mp4', name: 'talk.mp4', mimeType: 'video/mp4', size: '52428800' }, media: '' },
  folder1: { metadata: { id: 'folder1', name: 'Invoices', mimeType: 'application/vnd.google-apps.folder' } },
  shared1: { metadata: { id: 'shared1', name: 'Their file', mimeType: 'text/plain', size: '1' }, media: 'x' },
  team1: {
    metadata: { id: 'team1', name: 'Team plan', mimeType: 'text/plain', size: '4', driveId: 'drive-team' },
    media: 'plan',
  },
};

/** Google's error body: `{ error: { code, message, errors, status } }` (Drive v3 omits `status`). */
function driveError(code: number, message: string, reason: string): MockResponse {
  return {
    status: code,
    body: { error: { code, message, errors: [{ domain: 'global', reason, message }] } },
  };
}

/** Splits a `multipart/related` upload body into its parts' headers and content. */
export function parseMultipart(contentType: string | undefined, body: string) {
  const boundary = /boundary=([^;]+)/.exec(contentType ?? '')?.[1];
  if (!boundary) return [];
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const split = part.indexOf('\r\n\r\n');
      const head = part.slice(0, split).trim();
      const headers = Object.fromEntries(
        head
          .split('\r\n')
          .map((line) => [
            line.slice(0, line.indexOf(':')).toLowerCase(),
            line.slice(line.indexOf(':') + 1).trim(),
          ]),
      );
      return { headers, content: part.slice(split + 4).replace(/\r\n$/, '') };
    });
}

function route(request: RecordedRequest): MockResponse {
  if (request.headers.authorization !== `Bearer ${DRIVE_TOKEN}`) {
    return driveError(401, 'Request had invalid authentication credentials.', 'authError');
  }
  const { method, path, query } = request;
  if (method === 'GET' && path === '/drive/v3/files') {
    const files = Object.values(FILES).map((file) => file.metadata);
    return { body: { nextPageToken: 'next-1', incompleteSearch: false, files: files.slice(0, 2) } };
  }
  if (method === 'POST' && path === '/drive/v3/files') {
    return {
      body: {
        id: 'folder-new',
        webViewLink: 'https://drive.google.com/drive/folders/folder-new',
        ...request.json,
      },
    };
  }
  if (method === 'POST' && path === '/upload/drive/v3/files') {
    if (query.get('uploadType') !== 'multipart') return driveError(400, 'Bad uploadType', 'badRequest');
    const parts = parseMultipart(request.headers['content-type'], request.bodyText);
    const metadata = JSON.parse(parts[0]?.content ?? '{}');
    return {
      body: { id: 'upload-1', ...metadata, size: String(Buffer.byteLength(parts[1]?.content ?? '')) },
    };
  }
  const match = /^\/drive\/v3\/files\/([^/]+)(\/export|\/permissions)?$/.exec(path);
  const file = match ? FILES[decodeURIComponent(match[1] ?? '')] : undefined;
  if (!match || !file) return driveError(404, `File not found: ${match?.[1] ?? ''}.`, 'notFound');
  // Like Drive, files of a shared drive are not found unless the caller says it supports all drives.
  if (file.metadata.driveId && query.get('supportsAllDrives') !== 'true') {
    return driveError(404, `File not found: ${match[1]}.`, 'notFound');
  }
  const id = file.metadata.id;
  if (match[2] === '/export' && method === 'GET') {
    const content = file.exports?.[query.get('mimeType') ?? ''];
    if (content === undefined)
      return driveError(400, 'The requested conversion is not supported.', 'badRequest');
    return { headers: { 'content-type': query.get('mimeType') ?? '' }, body: content };
  }
  if (match[2] === '/permissions' && method === 'POST') {
    return { body: { kind: 'drive#permission', id: 'perm-1', ...request.json } };
  }
  if (method === 'GET' && query.get('alt') === 'media') {
    if (file.media === undefined)
      return driveError(403, 'Only files with binary content can be downloaded.', 'fileNotDownloadable');
    return { headers: { 'content-type': String(file.metadata.mimeType) }, body: file.media };
  }
  if (method === 'GET') return { body: file.metadata };
  if (id === 'shared1' && (method === 'PATCH' || method === 'DELETE')) {
    return driveError(
      403,
      'The user does not have sufficient permissions for this file.',
      'insufficientFilePermissions',
    );
  }
  if (method === 'PATCH') return { body: { id, name: file.metadata.name, trashed: request.json?.trashed } };
  if (method === 'DELETE') return { status: 204 };
  return driveError(405, 'Method not allowed', 'httpMethodNotAllowed');
}

/**
 * A local stand-in for the Google Drive API v3 (`https://www.googleapis.com/drive/v3` and its
 * `/upload/drive/v3` upload path) speaking its documented shapes.
 *
 * @example
 * const api = await startDriveMockApi();
 */
export function startDriveMockApi(): Promise<MockApi> {
  return startMockApi(route);
}
