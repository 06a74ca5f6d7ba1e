import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { buildMimeMessage, toBase64Url } from './build-mime-message.ts';
import { addressesFrom, emailFieldsSchema } from './email-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';
import { headerValue } from './simplify-message.ts';
import { emailOf, splitAddresses } from './split-addresses.ts';

const THREAD_HEADERS = ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Message-ID', 'References'];

/** GMAIL_REPLY_TO_THREAD: answers the latest message of a thread, threaded with In-Reply-To/References. */
export const replyToThread: ToolDefinition = {
  slug: 'GMAIL_REPLY_TO_THREAD',
  name: 'Reply to thread',
  description:
    "Sends a reply in an existing Gmail conversation, so it shows up threaded for everyone. It answers the thread's latest message: by default to its sender (Reply-To when set; when the user sent the latest message, to that message's recipients), with 'Re: <subject>' and the In-Reply-To/References headers. Set reply_all to also copy everyone else on it, or give to to choose the recipients yourself. Returns the sent message's id and threadId.",
  inputSchema: {
    type: 'object',
    properties: {
      thread_id: {
        type: 'string',
        description: "The Gmail thread id, e.g. '18c1f2a3b4d5e6f7' (threadId in GMAIL_FETCH_EMAILS results).",
      },
      body: emailFieldsSchema.body,
      is_html: emailFieldsSchema.is_html,
      reply_all: {
        type: 'boolean',
        default: false,
        description:
          "Also send to the latest message's other To and Cc recipients (not the user). Default false.",
      },
      to: {
        ...emailFieldsSchema.to,
        description: `Optional: replaces the automatic recipients. ${emailFieldsSchema.to.description}`,
      },
      cc: emailFieldsSchema.cc,
      bcc: emailFieldsSchema.bcc,
    },
    required: ['thread_id', 'body'],
    additionalProperties: false,
  },
  tags: ['openWorldHint'],
  async handler(input, context) {
    const threadId = String(input.thread_id);
    const query = new URLSearchParams({ format: 'metadata' });
    for (const header of THREAD_HEADERS) query.append('metadataHeaders', header);
    const thread = await readGoogleJson(
      await context.fetch(`/gmail/v1/users/me/threads/${encodeURIComponent(threadId)}?${query}`),
    );
    const last = thread.messages?.at(-1);
    if (!last) throw new Error(`Gmail thread '${threadId}' has no messages to reply to.`);
    const header = (name: string) => headerValue(last.payload, name);

    let to = addressesFrom(input.to);
    let cc = addressesFrom(input.cc);
    if (to.length === 0) {
      const profile = await readGoogleJson(await context.fetch('/gmail/v1/users/me/profile'));
      const me = String(profile.emailAddress ?? '').toLowerCase();
      const sentByMe = emailOf(header('From') ?? '') === me;
      to = sentByMe ? splitAddresses(header('To')) : splitAddresses(header('Reply-To') ?? header('From'));
      if (input.reply_all === true) {
        const taken = new Set([me, ...to.map(emailOf), ...cc.map(emailOf)]);
        const others = [...splitAddresses(header('To')), ...splitAddresses(header('Cc'))];
        for (const address of others) {
          if (taken.has(emailOf(address))) continue;
          taken.add(emailOf(address));
          cc = [...cc, address];
        }
      }
    }
    if (to.length === 0) throw new Error('Could not tell whom to reply to; give the recipients in to.');

    const subject = header('Subject') ?? '';
    const messageId = header('Message-ID');
    const references = [header('References'), messageId].filter(Boolean).join(' ');
    const mime = buildMimeMessage({
      to,
      cc,
      bcc: addressesFrom(input.bcc),
      subject: /^re:/i.test(subject) ? subject : `Re: ${subject}`,
      body: String(input.body ?? ''),
      isHtml: input.is_html === true,
      inReplyTo: messageId,
      references: references || undefined,
    });
    const response = await context.fetch('/gmail/v1/users/me/messages/send', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ raw: toBase64Url(mime), threadId }),
    });
    return readGoogleJson(response);
  },
};
