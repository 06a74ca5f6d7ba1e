import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

export const GMAIL_TOKEN = 'ya29.gmail-test-token';
const ME = 'me@example.com';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const headers = (entries: Record<string, string>) =>
  Object.entries(entries).map(([name, value]) => ({ name, value }));

/** Messages in Gmail's `Message` resource shape (format `full`). */
const MESSAGES: Record<string, any> = {
  m1: {
    id: 'm1',
    threadId: 't1',
    labelIds: ['INBOX', 'UNREAD'],
    snippet: 'Shall we have lunch on Friday?',
    internalDate: '1710400000000',
    payload: {
      partId: '',
      mimeType: 'multipart/mixed',
      headers: headers({
        From: 'Ana Lima <ana@example.com>',
        To: ME,
        Subject: 'Lunch?',
        Date: 'Thu, 14 Mar 2024 09:00:00 +0000',
        'Message-ID': '<m1@mail.example.com>',
      }),
      body: { size: 0 },
      parts: [
        {
          partId: '0',
          mimeType: 'multipart/alternative',
          headers: [],
          body: { size: 0 },
          parts: [
            {
              partId: '0.0',
              mimeType: 'text/plain',
              body: { size: 31, data: base64url('Shall we have lunch on Friday?') },
            },
            {
              partId: '0.1',
              mimeType: 'text/html',
              body: { size: 45, data: base64url('<p>Shall we have <b>lunch</b> on Friday?</p>') },
            },
          ],
        },
        {
          partId: '1',
          mimeType: 'application/pdf',
          filename: 'menu.pdf',
          headers: [],
          body: { attachmentId: 'att-1', size: 20480 },
        },
      ],
    },
  },
  m2: {
    id: 'm2',
    threadId: 't1',
    labelIds: ['SENT'],
    snippet: 'Sure, noon?',
    internalDate: '1710403600000',
    payload: {
      mimeType: 'text/plain',
      headers: headers({
        From: `Me <${ME}>`,
        To: 'Ana Lima <ana@example.com>',
        Cc: 'bo@example.com',
        Subject: 'Re: Lunch?',
        'Message-Id': '<m2@mail.example.com>',
        References: '<m1@mail.example.com>',
      }),
      body: { size: 11, data: base64url('Sure, noon?') },
    },
  },
  m3: {
    id: 'm3',
    threadId: 't2',
    labelIds: ['INBOX'],
    snippet: 'Numbers attached',
    internalDate: '1710500000000',
    payload: {
      mimeType: 'text/html',
      headers: headers({
        From: 'Bo Chen <bo@example.com>',
        'Reply-To': 'finance@example.com',
        To: `${ME}, "Lima, Ana" <ana@example.com>`,
        Cc: 'Cy <cy@example.com>',
        Subject: 'Q1 numbers',
        'Message-ID': '<m3@mail.example.com>',
      }),
      body: { size: 40, data: base64url('<div>Numbers&nbsp;attached<br>Bo</div>') },
    },
  },
};

const LABELS = [
  { id: 'INBOX', name: 'INBOX', type: 'system' },
  { id: 'UNREAD', name: 'UNREAD', type: 'system' },
  { id: 'Label_12', name: 'Receipts', type: 'user' },
];

/** Gmail's error body: `{ error: { code, message, errors, status } }`. */
export function googleError(
  code: number,
  status: string,
  message: string,
  reason = 'failedPrecondition',
): MockResponse {
  return {
    status: code,
    body: { error: { code, message, errors: [{ message, domain: 'global', reason }], status } },
  };
}

/** The message as Gmail answers for `format=metadata` with the given `metadataHeaders`. */
function metadataOf(message: any, wanted: string[]) {
  const lower = wanted.map((name) => name.toLowerCase());
  const { parts: _parts, body: _body, ...payload } = message.payload;
  return {
    ...message,
    payload: {
      ...payload,
      headers: message.payload.headers.filter((header: any) => lower.includes(header.name.toLowerCase())),
    },
  };
}

function route(request: RecordedRequest): MockResponse {
  if (request.headers.authorization !== `Bearer ${GMAIL_TOKEN}`) {
    return googleError(
      401,
      'UNAUTHENTICATED',
      'Request had invalid authentication credentials.',
      'authError',
    );
  }
  const { method, path, query } = request;
  const prefix = '/gmail/v1/users/me';
  if (method === 'GET' && path === `${prefix}/profile`) {
    return { body: { emailAddress: ME, messagesTotal: 3, threadsTotal: 2, historyId: '1234' } };
  }
  if (method === 'GET' && path === `${prefix}/labels`) return { body: { labels: LABELS } };
  if (method === 'POST' && path === `${prefix}/labels`) {
    if (LABELS.some((label) => label.name === request.json?.name)) {
      return googleError(409, 'ALREADY_EXISTS', 'Label name exists or conflicts', 'duplicate');
    }
    return { body: { id: 'Label_99', type: 'user', ...request.json } };
  }
  if (method === 'GET' && path === `${prefix}/messages`) {
    const labelIds = query.getAll('labelIds');
    const matching = Object.values(MESSAGES).filter((message) =>
      labelIds.every((labelId) => message.labelIds.includes(labelId)),
    );
    const page = matching.slice(0, Number(query.get('maxResults') ?? 100));
    return {
      body: {
        messages: page.map(({ id, threadId }) => ({ id, threadId })),
        ...(matching.length > page.length ? { nextPageToken: 'page-2' } : {}),
        resultSizeEstimate: matching.length,
      },
    };
  }
  if (method === 'POST' && path === `${prefix}/messages/send`) {
    return { body: { id: 'sent-1', threadId: request.json?.threadId ?? 'thread-new', labelIds: ['SENT'] } };
  }
  if (method === 'POST' && path === `${prefix}/drafts`) {
    return {
      body: {
        id: 'r-5551',
        message: {
          id: 'draft-msg-1',
          threadId: request.json?.message?.threadId ?? 'thread-new',
          labelIds: ['DRAFT'],
        },
      },
    };
  }
  const messageMatch = /^\/gmail\/v1\/users\/me\/messages\/([^/]+)(\/modify|\/trash)?$/.exec(path);
  if (messageMatch) {
    const message = MESSAGES[decodeURIComponent(messageMatch[1] ?? '')];
    if (!message) return googleError(404, 'NOT_FOUND', 'Requested entity was not found.', 'notFound');
    if (method === 'GET' && !messageMatch[2]) {
      return {
        body:
          query.get('format') === 'metadata' ? metadataOf(message, query.getAll('metadataHeaders')) : message,
      };
    }
    if (method === 'POST' && messageMatch[2] === '/modify') {
      const add: string[] = request.json?.addLabelIds ?? [];
      const remove: string[] = request.json?.removeLabelIds ?? [];
      const labelIds = [...message.labelIds.filter((id: string) => !remove.includes(id)), ...add];
      return { body: { id: message.id, threadId: message.threadId, labelIds } };
    }
    if (method === 'POST' && messageMatch[2] === '/trash') {
      return { body: { id: message.id, threadId: message.threadId, labelIds: ['TRASH'] } };
    }
  }
  const threadMatch = /^\/gmail\/v1\/users\/me\/threads\/([^/]+)$/.exec(path);
  if (method === 'GET' && threadMatch) {
    const id = decodeURIComponent(threadMatch[1] ?? '');
    const messages = Object.values(MESSAGES).filter((message) => message.threadId === id);
    if (messages.length === 0)
      return googleError(404, 'NOT_FOUND', 'Requested entity was not found.', 'notFound');
    const wanted = query.getAll('metadataHeaders');
    return {
      body: { id, historyId: '99', messages: messages.map((message) => metadataOf(message, wanted)) },
    };
  }
  return googleError(404, 'NOT_FOUND', `No route for ${method} ${path}`, 'notFound');
}

/**
 * A local stand-in for the Gmail API v1 (`https://gmail.googleapis.com`) that speaks its documented
 * request and response shapes for the paths the gmail toolkit uses, and checks the bearer token.
 *
 * @example
 * const api = await startGmailMockApi();
 */
export function startGmailMockApi(): Promise<MockApi> {
  return startMockApi(route);
}
