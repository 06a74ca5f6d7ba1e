import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { buildMimeMessage, toBase64Url } from './build-mime-message.ts';
import { addressesFrom, emailFieldsSchema } from './email-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GMAIL_CREATE_DRAFT: saves a MIME message as a draft with `users.drafts.create`. */
export const createDraft: ToolDefinition = {
  slug: 'GMAIL_CREATE_DRAFT',
  name: 'Create draft',
  description:
    "Saves an email as a draft in the connected Gmail account without sending it, so the user can review it in Gmail. Use it when the user asks to draft or prepare an email. Recipients are optional for a draft. Returns the draft id and its message's id and threadId.",
  inputSchema: {
    type: 'object',
    properties: {
      ...emailFieldsSchema,
      thread_id: {
        type: 'string',
        description:
          "Optional Gmail thread id (e.g. '18c1f2a3b4d5e6f7') to file the draft in an existing conversation; the subject should then match the thread's.",
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  tags: [],
  async handler(input, context) {
    const mime = buildMimeMessage({
      to: addressesFrom(input.to),
      cc: addressesFrom(input.cc),
      bcc: addressesFrom(input.bcc),
      subject: String(input.subject ?? ''),
      body: String(input.body ?? ''),
      isHtml: input.is_html === true,
    });
    const message: Record<string, string> = { raw: toBase64Url(mime) };
    if (typeof input.thread_id === 'string' && input.thread_id) message.threadId = input.thread_id;
    const response = await context.fetch('/gmail/v1/users/me/drafts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message }),
    });
    return readGoogleJson(response);
  },
};
