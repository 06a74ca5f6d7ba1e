import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googledrive } from '../../../../packages/toolkits/src/googledrive/googledrive-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { DRIVE_TOKEN, parseMultipart, startDriveMockApi } from './googledrive-mock-api.ts';

let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startDriveMockApi();
  ({ session } = await createTestSession({
    toolkit: googledrive,
    baseUrl: api.url,
    credentials: { accessToken: DRIVE_TOKEN },
  }));
});
afterAll(() => api.close());

async function run(toolSlug: string, args: Record<string, unknown>) {
  const before = api.requests.length;
  const result = await session.execute(toolSlug, args);
  const requests = api.requests.slice(before);
  for (const request of requests) expect(request.headers.authorization).toBe(`Bearer ${DRIVE_TOKEN}`);
  return { result, requests, request: requests[0] };
}

describe('googledrive toolkit against a Drive API stand-in', () => {
  it('GOOGLEDRIVE_LIST_FILES combines the query, the folder and trashed = false, newest first', async () => {
    const { result, request } = await run('GOOGLEDRIVE_LIST_FILES', {
      query: "name contains 'budget'",
      folder_id: "Team's folder",
      page_size: 10,
    });
    expect(`${request?.method} ${request?.path}`).toBe('GET /drive/v3/files');
    expect(request?.query.get('q')).toBe(
      "(name contains 'budget') and 'Team\\'s folder' in parents and trashed = false",
    );
    expect(request?.query.get('pageSize')).toBe('10');
    expect(request?.query.get('orderBy')).toBe('modifiedTime desc');
    expect(request?.query.get('fields')).toMatch(
      /^nextPageToken,incompleteSearch,files\(id,name,mimeType,.*webViewLink/,
    );
    expect(request?.query.get('supportsAllDrives')).toBe('true');
    expect(request?.query.get('includeItemsFromAllDrives')).toBe('true');
    expect(result).toMatchObject({
      successful: true,
      data: { nextPageToken: 'next-1', files: [{ id: 'doc1' }, { id: 'sheet1' }] },
    });
  });

  it('GOOGLEDRIVE_LIST_FILES leaves orderBy out of fullText searches, which Drive sorts by relevance', async () => {
    const { request } = await run('GOOGLEDRIVE_LIST_FILES', {
      query: "fullText contains 'revenue'",
      include_trashed: true,
    });
    expect(request?.query.get('q')).toBe("(fullText contains 'revenue')");
    expect(request?.query.has('orderBy')).toBe(false);
  });

  it('GOOGLEDRIVE_GET_FILE_METADATA asks for useful fields and reports a 404 as a failure', async () => {
    const found = await run('GOOGLEDRIVE_GET_FILE_METADATA', { file_id: 'txt1' });
    expect(found.request?.path).toBe('/drive/v3/files/txt1');
    expect(found.request?.query.get('fields')).toContain('webViewLink');
    expect(found.result.data).toMatchObject({ id: 'txt1', name: 'todo.txt' });
    const missing = await run('GOOGLEDRIVE_GET_FILE_METADATA', { file_id: 'gone' });
    expect(missing.result).toMatchObject({ successful: false, data: null });
    expect(missing.result.error).toContain('404');
    expect(missing.result.error).toContain('File not found: gone.');
  });

  it('GOOGLEDRIVE_DOWNLOAD_FILE exports Google Docs as text and Sheets as CSV', async () => {
    const doc = await run('GOOGLEDRIVE_DOWNLOAD_FILE', { file_id: 'doc1' });
    expect(doc.requests.map((request) => request.path)).toEqual([
      '/drive/v3/files/doc1',
      '/drive/v3/files/doc1/export',
    ]);
    expect(doc.requests[1]?.query.get('mimeType')).toBe('text/plain');
    expect(doc.result.data).toEqual({
      id: 'doc1',
      name: 'Meeting notes',
      mimeType: 'text/plain',
      encoding: 'utf8',
      content: 'Agenda\r\n1. Budget',
      truncated: false,
    });
    const markdown = await run('GOOGLEDRIVE_DOWNLOAD_FILE', {
      file_id: 'doc1',
      export_mime_type: 'text/markdown',
    });
    expect(markdown.result.data).toMatchObject({
      mimeType: 'text/markdown',
      content: '# Agenda\n\n1. Budget',
    });
    const sheet = await run('GOOGLEDRIVE_DOWNLOAD_FILE', { file_id: 'sheet1', max_characters: 9 });
    expect(sheet.result.data).toMatchObject({ mimeType: 'text/csv', content: 'item,cost', truncated: true });
  });

  it('GOOGLEDRIVE_DOWNLOAD_FILE downloads other files with alt=media, binary as base64', async () => {
    const text = await run('GOOGLEDRIVE_DOWNLOAD_FILE', { file_id: 'txt1' });
    expect(text.requests[1]?.path).toBe('/drive/v3/files/txt1');
    expect(text.requests[1]?.query.get('alt')).toBe('media');
    expect(text.result.data).toMatchObject({ encoding: 'utf8', content: 'buy milk' });
    const image = await run('GOOGLEDRIVE_DOWNLOAD_FILE', { file_id: 'png1' });
    expect(image.result.data).toMatchObject({
      encoding: 'base64',
      content: Buffer.from('PNGBYTES').toString('base64'),
    });
  });

  it('GOOGLEDRIVE_DOWNLOAD_FILE refuses folders and large binaries without fetching content', async () => {
    const folder = await run('GOOGLEDRIVE_DOWNLOAD_FILE', { file_id: 'folder1' });
    expect(folder.result.successful).toBe(false);
    expect(folder.result.error).toContain('no content');
    expect(folder.requests).toHaveLength(1);
    const video = await run('GOOGLEDRIVE_DOWNLOAD_FILE', { file_id: 'mp4' });
    expect(video.result.successful).toBe(false);
    expect(video.requests).toHaveLength(1);
  });

  it('GOOGLEDRIVE_CREATE_FOLDER posts folder metadata with the parent', async () => {
    const { result, request } = await run('GOOGLEDRIVE_CREATE_FOLDER', {
      name: 'Invoices 2025',
      parent_folder_id: 'folder1',
    });
    expect(`${request?.method} ${request?.path}`).toBe('POST /drive/v3/files');
    expect(request?.json).toEqual({
      name: 'Invoices 2025',
      mimeType: 'application/vnd.google-apps.folder',
      parents: ['folder1'],
    });
    expect(result.data).toMatchObject({ id: 'folder-new' });
  });

  it('GOOGLEDRIVE_UPLOAD_FILE sends a multipart/related upload: JSON metadata, then the content', async () => {
    const { result, request } = await run('GOOGLEDRIVE_UPLOAD_FILE', {
      name: 'notes.md',
      content: '# Notes\n\nCafé at 10 ☕',
      mime_type: 'text/markdown',
      parent_folder_id: 'folder1',
      convert_to_google_format: true,
    });
    expect(`${request?.method} ${request?.path}`).toBe('POST /upload/drive/v3/files');
    expect(request?.query.get('uploadType')).toBe('multipart');
    expect(request?.headers['content-type']).toMatch(/^multipart\/related; boundary=toolrouter-/);
    const parts = parseMultipart(request?.headers['content-type'], request?.bodyText ?? '');
    expect(parts).toHaveLength(2);
    expect(parts[0]?.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(JSON.parse(parts[0]?.content ?? '')).toEqual({
      name: 'notes.md',
      mimeType: 'application/vnd.google-apps.document',
      parents: ['folder1'],
    });
    expect(parts[1]?.headers['content-type']).toBe('text/markdown; charset=UTF-8');
    expect(parts[1]?.content).toBe('# Notes\n\nCafé at 10 ☕');
    expect(result.data).toMatchObject({ id: 'upload-1', name: 'notes.md' });
  });

  it('GOOGLEDRIVE_UPLOAD_FILE decodes base64 content', async () => {
    const { request } = await run('GOOGLEDRIVE_UPLOAD_FILE', {
      name: 'a.pdf',
      content: Buffer.from('%PDF-1.4 tiny').toString('base64'),
      mime_type: 'application/pdf',
      encoding: 'base64',
    });
    const parts = parseMultipart(request?.headers['content-type'], request?.bodyText ?? '');
    expect(JSON.parse(parts[0]?.content ?? '')).toEqual({ name: 'a.pdf', mimeType: 'application/pdf' });
    expect(parts[1]?.headers['content-type']).toBe('application/pdf');
    expect(parts[1]?.content).toBe('%PDF-1.4 tiny');
  });

  it('GOOGLEDRIVE_SHARE_FILE creates a permission with Drive field names', async () => {
    const { result, request } = await run('GOOGLEDRIVE_SHARE_FILE', {
      file_id: 'doc1',
      role: 'writer',
      type: 'user',
      email_address: 'ana@example.com',
      send_notification_email: false,
    });
    expect(`${request?.method} ${request?.path}`).toBe('POST /drive/v3/files/doc1/permissions');
    expect(request?.query.get('sendNotificationEmail')).toBe('false');
    expect(request?.json).toEqual({ role: 'writer', type: 'user', emailAddress: 'ana@example.com' });
    expect(result.data).toMatchObject({ id: 'perm-1', role: 'writer' });
  });

  it('GOOGLEDRIVE_SHARE_FILE and GOOGLEDRIVE_DELETE_FILE reach files of a shared drive', async () => {
    const shared = await run('GOOGLEDRIVE_SHARE_FILE', { file_id: 'team1', role: 'reader', type: 'anyone' });
    expect(shared.request?.query.get('supportsAllDrives')).toBe('true');
    expect(shared.result).toMatchObject({ successful: true, data: { id: 'perm-1', type: 'anyone' } });
    const deleted = await run('GOOGLEDRIVE_DELETE_FILE', { file_id: 'team1' });
    expect(`${deleted.request?.method} ${deleted.request?.path}`).toBe('DELETE /drive/v3/files/team1');
    expect(deleted.request?.query.get('supportsAllDrives')).toBe('true');
    expect(deleted.result.successful).toBe(true);
  });

  it('GOOGLEDRIVE_TRASH_FILE patches trashed and reports a 403 as a failure', async () => {
    const trashed = await run('GOOGLEDRIVE_TRASH_FILE', { file_id: 'txt1' });
    expect(`${trashed.request?.method} ${trashed.request?.path}`).toBe('PATCH /drive/v3/files/txt1');
    expect(trashed.request?.json).toEqual({ trashed: true });
    expect(trashed.result.data).toEqual({ id: 'txt1', name: 'todo.txt', trashed: true });
    const restored = await run('GOOGLEDRIVE_TRASH_FILE', { file_id: 'txt1', restore: true });
    expect(restored.request?.json).toEqual({ trashed: false });
    const denied = await run('GOOGLEDRIVE_TRASH_FILE', { file_id: 'shared1' });
    expect(denied.result.successful).toBe(false);
    expect(denied.result.error).toContain('403');
    expect(denied.result.error).toContain('does not have sufficient permissions');
  });

  it('GOOGLEDRIVE_DELETE_FILE sends DELETE and reports a 403 as a failure', async () => {
    const deleted = await run('GOOGLEDRIVE_DELETE_FILE', { file_id: 'txt1' });
    expect(`${deleted.request?.method} ${deleted.request?.path}`).toBe('DELETE /drive/v3/files/txt1');
    expect(deleted.result.successful).toBe(true);
    const denied = await run('GOOGLEDRIVE_DELETE_FILE', { file_id: 'shared1' });
    expect(denied.result.successful).toBe(false);
    expect(denied.result.error).toContain('403');
  });
});
