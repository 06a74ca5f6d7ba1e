import type { ToolContext, ToolDefinition } from '../toolkit/toolkit-types.ts';
import { readGoogleJson } from './read-google-json.ts';
import { simplifyMessage } from './simplify-message.ts';

const SUMMARY_HEADERS = ['From', 'To', 'Cc', 'Subject', 'Date'];
const DETAIL_CONCURRENCY = 8;

/** GMAIL_FETCH_EMAILS: `users.messages.list`, then each message's headers and snippet. */
export const fetchEmails: ToolDefinition = {
  slug: 'GMAIL_FETCH_EMAILS',
  name: 'Fetch emails',
  description:
    'Lists or searches emails in the connected Gmail account, newest first. Use it to find messages (by sender, subject, date, label, unread...) before reading one with GMAIL_GET_MESSAGE or answering with GMAIL_REPLY_TO_THREAD. By default each result carries id, threadId, labelIds, snippet and the From/To/Cc/Subject/Date headers; set include_details to false for ids only (faster). Page with nextPageToken.',
  inputSchema: {
    type: 'object',
    properties: {
      query: {
        type: 'string',
        description:
          "Gmail search query, same syntax as the Gmail search box, e.g. 'from:ana@example.com is:unread', 'subject:invoice newer_than:7d', 'has:attachment after:2024/01/31'.",
      },
      label_ids: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Only messages that carry all these label ids, e.g. ["INBOX", "UNREAD"]. System labels: INBOX, SENT, DRAFT, SPAM, TRASH, UNREAD, STARRED, IMPORTANT; user label ids come from GMAIL_LIST_LABELS (e.g. \'Label_12\').',
      },
      max_results: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        default: 10,
        description: 'How many messages to return, 1-100. Default 10.',
      },
      page_token: {
        type: 'string',
        description: 'nextPageToken from a previous call, to get the next page.',
      },
      include_spam_trash: {
        type: 'boolean',
        default: false,
        description: 'Also search SPAM and TRASH. Default false.',
      },
      include_details: {
        type: 'boolean',
        default: true,
        description: 'Fetch headers and snippet of each message (one extra request each). Default true.',
      },
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  async handler(input, context) {
    const query = new URLSearchParams({ maxResults: String(input.max_results ?? 10) });
    if (typeof input.query === 'string' && input.query) query.set('q', input.query);
    for (const labelId of (input.label_ids as string[] | undefined) ?? []) query.append('labelIds', labelId);
    if (typeof input.page_token === 'string' && input.page_token) query.set('pageToken', input.page_token);
    if (input.include_spam_trash === true) query.set('includeSpamTrash', 'true');
    const list = await readGoogleJson(await context.fetch(`/gmail/v1/users/me/messages?${query}`));
    const ids: { id: string; threadId: string }[] = list.messages ?? [];
    const messages =
      input.include_details === false
        ? ids
        : await mapWithLimit(ids, (message) => fetchSummary(context, message.id));
    return {
      messages,
      nextPageToken: list.nextPageToken,
      resultSizeEstimate: list.resultSizeEstimate ?? messages.length,
    };
  },
};

async function fetchSummary(context: ToolContext, id: string) {
  const query = new URLSearchParams({ format: 'metadata' });
  for (const header of SUMMARY_HEADERS) query.append('metadataHeaders', header);
  const message = await readGoogleJson(
    await context.fetch(`/gmail/v1/users/me/messages/${encodeURIComponent(id)}?${query}`),
  );
  return simplifyMessage(message);
}

async function mapWithLimit<T, R>(items: T[], map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DETAIL_CONCURRENCY, items.length) }, worker));
  return results;
}
