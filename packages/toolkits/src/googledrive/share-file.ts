import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

/** GOOGLEDRIVE_SHARE_FILE: `permissions.create`. */
export const shareFile: ToolDefinition = {
  slug: 'GOOGLEDRIVE_SHARE_FILE',
  name: 'Share file',
  description:
    "Shares a Drive file or folder: gives a person or group (type 'user'/'group' with email_address), everyone in a domain (type 'domain' with domain) or anyone with the link (type 'anyone') a role. By default Drive emails people the user shares with. Returns the new Permission (id, type, role, emailAddress).",
  inputSchema: {
    type: 'object',
    properties: {
      file_id: { type: 'string', description: "The Drive file or folder id, e.g. '1AbCdEfGhIjKlMnOp'." },
      role: {
        type: 'string',
        enum: ['reader', 'commenter', 'writer', 'fileOrganizer', 'organizer', 'owner'],
        description:
          "What they may do: 'reader' (view), 'commenter', 'writer' (edit); 'owner' transfers ownership.",
      },
      type: {
        type: 'string',
        enum: ['user', 'group', 'domain', 'anyone'],
        description:
          "Who: 'user' or 'group' (needs email_address), 'domain' (needs domain), 'anyone' (link sharing).",
      },
      email_address: {
        type: 'string',
        description: "The person's or group's email, e.g. 'ana@example.com'.",
      },
      domain: { type: 'string', description: "For type 'domain': the domain, e.g. 'example.com'." },
      send_notification_email: {
        type: 'boolean',
        description: "Email the person about the share (user/group only). Drive's default is true.",
      },
      email_message: { type: 'string', description: 'A note to include in that email.' },
      transfer_ownership: {
        type: 'boolean',
        description: "Must be true when role is 'owner' (acknowledges the ownership transfer).",
      },
    },
    required: ['file_id', 'role', 'type'],
    additionalProperties: false,
  },
  tags: ['openWorldHint'],
  request: {
    method: 'POST',
    // Without supportsAllDrives, Drive answers 404 for files in shared drives.
    path: '/drive/v3/files/{file_id}/permissions?supportsAllDrives=true',
    parameters: {
      file_id: 'path',
      role: 'body',
      type: 'body',
      email_address: { in: 'body', name: 'emailAddress' },
      domain: 'body',
      send_notification_email: { in: 'query', name: 'sendNotificationEmail' },
      email_message: { in: 'query', name: 'emailMessage' },
      transfer_ownership: { in: 'query', name: 'transferOwnership' },
    },
  },
};
