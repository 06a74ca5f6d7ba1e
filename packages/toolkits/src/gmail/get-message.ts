import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { readGoogleJson } from './read-google-json.ts';
import { simplifyMessage } from './simplify-message.ts';

/** GMAIL_GET_MESSAGE: `users.messages.get` in `full` format, bodies decoded. */
export const getMessage: ToolDefinition = {
  slug: 'GMAIL_GET_MESSAGE',
  name: 'Get message',
  description:
    'Reads one email in full: From/To/Cc/Subject/Date, the decoded plain-text body (derived from the HTML when the email has no text part), its labels and its attachments (filename, mimeType, size, attachmentId). Use it after GMAIL_FETCH_EMAILS found the message id. messageIdHeader is the RFC 822 Message-ID.',
  inputSchema: {
    type: 'object',
    properties: {
      message_id: {
        type: 'string',
        description:
          "The Gmail message id, e.g. '18c1f2a3b4d5e6f7' (the id field of GMAIL_FETCH_EMAILS results).",
      },
      include_html: {
        type: 'boolean',
        default: false,
        description: 'Also return the HTML body when the email has one. Default false (text only).',
      },
    },
    required: ['message_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  async handler(input, context) {
    const id = encodeURIComponent(String(input.message_id));
    const message = await readGoogleJson(
      await context.fetch(`/gmail/v1/users/me/messages/${id}?format=full`),
    );
    return simplifyMessage(message, { includeHtml: input.include_html === true });
  },
};
