import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import { createFolder } from './create-folder.ts';
import { deleteFile } from './delete-file.ts';
import { downloadFile } from './download-file.ts';
import { getFileMetadata } from './get-file-metadata.ts';
import { googledrivePhrasings } from './googledrive-phrasings.ts';
import { listFiles } from './list-files.ts';
import { shareFile } from './share-file.ts';
import { trashFile } from './trash-file.ts';
import { uploadFile } from './upload-file.ts';

/**
 * Google Drive (API v3): search, read, upload, organise and share files. OAuth 2 with the full
 * `drive` scope, since an agent works on files the user already has, not only ones it created
 * (`drive.file` would hide those). `drive` is a restricted scope: a public app needs Google's review.
 *
 * @example
 * const router = new ToolRouter({ toolkits: [googledrive] });
 */
export const googledrive = defineToolkit({
  slug: 'googledrive',
  name: 'Google Drive',
  description: "Search, read, upload, organise and share files in a user's Google Drive.",
  logo: 'https://www.gstatic.com/images/branding/product/2x/drive_2020q4_48dp.png',
  categories: ['storage', 'documents', 'productivity'],
  baseUrl: 'https://www.googleapis.com',
  auth: [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      scopes: ['https://www.googleapis.com/auth/drive'],
      pkce: true,
      authorizeParams: { access_type: 'offline', prompt: 'consent' },
    },
  ],
  tools: withPhrasings(
    [listFiles, getFileMetadata, downloadFile, createFolder, uploadFile, shareFile, trashFile, deleteFile],
    googledrivePhrasings,
  ),
});
