/** The file fields Drive returns by default from these tools (Drive itself returns only id, name, mimeType). */
export const FILE_FIELDS =
  'id,name,mimeType,size,createdTime,modifiedTime,parents,webViewLink,owners(displayName,emailAddress),shared,starred,trashed,description';

/** `/drive/v3/files/{fileId}`, with the id escaped. */
export function filePath(fileId: unknown): string {
  return `/drive/v3/files/${encodeURIComponent(String(fileId))}`;
}
