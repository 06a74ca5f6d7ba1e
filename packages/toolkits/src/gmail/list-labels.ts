import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

/** GMAIL_LIST_LABELS: `users.labels.list`. */
export const listLabels: ToolDefinition = {
  slug: 'GMAIL_LIST_LABELS',
  name: 'List labels',
  description:
    "Lists the Gmail labels of the connected account, system ones (INBOX, SENT, UNREAD, STARRED, ...) and the user's own. Use it to turn a label name into the id that GMAIL_ADD_LABEL_TO_EMAIL and GMAIL_FETCH_EMAILS need. Returns { labels: [{ id, name, type }] }; user labels have ids like 'Label_12'.",
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/gmail/v1/users/me/labels' },
};
