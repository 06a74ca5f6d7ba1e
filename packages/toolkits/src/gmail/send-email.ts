import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { buildMimeMessage, toBase64Url } from './build-mime-message.ts';
import { addressesFrom, emailFieldsSchema } from './email-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GMAIL_SEND_EMAIL: composes a MIME message and sends it with `users.messages.send`. */
export const sendEmail: ToolDefinition = {
  slug: 'GMAIL_SEND_EMAIL',
  name: 'Send email',
  description:
    "Sends an email from the connected Gmail account right away. Use it when the user asks to send or email something; use GMAIL_CREATE_DRAFT instead when they want to review first, and GMAIL_REPLY_TO_THREAD to answer an existing conversation. At least one of to, cc or bcc is required. Returns the sent message's id, threadId and labelIds.",
  inputSchema: {
    type: 'object',
    properties: emailFieldsSchema,
    required: ['subject', 'body'],
    additionalProperties: false,
  },
  tags: ['openWorldHint'],
  async handler(input, context) {
    const to = addressesFrom(input.to);
    const cc = addressesFrom(input.cc);
    const bcc = addressesFrom(input.bcc);
    if (to.length + cc.length + bcc.length === 0)
      throw new Error('Give at least one recipient in to, cc or bcc.');
    const mime = buildMimeMessage({
      to,
      cc,
      bcc,
      subject: String(input.subject ?? ''),
      body: String(input.body ?? ''),
      isHtml: input.is_html === true,
    });
    const response = await context.fetch('/gmail/v1/users/me/messages/send', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ raw: toBase64Url(mime) }),
    });
    return readGoogleJson(response);
  },
};
