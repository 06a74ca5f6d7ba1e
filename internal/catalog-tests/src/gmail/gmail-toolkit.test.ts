import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmail } from '../../../../packages/toolkits/src/gmail/gmail-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { decodeRawMessage } from './decode-raw-message.ts';
import { GMAIL_TOKEN, startGmailMockApi } from './gmail-mock-api.ts';

let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startGmailMockApi();
  ({ session } = await createTestSession({
    toolkit: gmail,
    baseUrl: api.url,
    credentials: { accessToken: GMAIL_TOKEN },
  }));
});
afterAll(() => api.close());

/** Runs a tool and returns the requests the mock API received during it. */
async function run(toolSlug: string, args: Record<string, unknown>) {
  const before = api.requests.length;
  const result = await session.execute(toolSlug, args);
  return { result, requests: api.requests.slice(before) };
}

describe('gmail toolkit against a Gmail API stand-in', () => {
  it('GMAIL_SEND_EMAIL posts a base64url RFC 2822 message with the bearer token', async () => {
    const { result, requests } = await run('GMAIL_SEND_EMAIL', {
      to: ['ana@example.com', 'Bo Chen <bo@example.com>'],
      cc: ['cy@example.com'],
      bcc: ['audit@example.com'],
      subject: 'Réunion — ordre du jour',
      body: 'Bonjour à tous,\nvoici l’ordre du jour.',
    });
    expect(result).toMatchObject({
      successful: true,
      error: null,
      data: { id: 'sent-1', labelIds: ['SENT'] },
    });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/gmail/v1/users/me/messages/send');
    expect(request?.headers.authorization).toBe(`Bearer ${GMAIL_TOKEN}`);
    expect(request?.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(request?.json ?? {})).toEqual(['raw']);
    expect(request?.json.raw).toMatch(/^[A-Za-z0-9_-]+$/);
    const message = decodeRawMessage(request?.json.raw);
    expect(message.headers).toMatchObject({
      to: 'ana@example.com, Bo Chen <bo@example.com>',
      cc: 'cy@example.com',
      bcc: 'audit@example.com',
      subject: 'Réunion — ordre du jour',
      'mime-version': '1.0',
      'content-type': 'text/plain; charset="UTF-8"',
      'content-transfer-encoding': 'base64',
    });
    expect(message.body).toBe('Bonjour à tous,\nvoici l’ordre du jour.');
  });

  it('GMAIL_SEND_EMAIL sends HTML when is_html is set and refuses a message without recipients', async () => {
    const { requests } = await run('GMAIL_SEND_EMAIL', {
      to: ['ana@example.com'],
      subject: 'Hi',
      body: '<p>Hello <b>Ana</b></p>',
      is_html: true,
    });
    const message = decodeRawMessage(requests[0]?.json.raw);
    expect(message.headers['content-type']).toBe('text/html; charset="UTF-8"');
    expect(message.body).toBe('<p>Hello <b>Ana</b></p>');

    const refused = await run('GMAIL_SEND_EMAIL', { subject: 'Hi', body: 'x' });
    expect(refused.result.successful).toBe(false);
    expect(refused.result.error).toMatch(/recipient/);
    expect(refused.requests).toHaveLength(0);
  });

  it('GMAIL_FETCH_EMAILS searches with q and labelIds, then reads each message as metadata', async () => {
    const { result, requests } = await run('GMAIL_FETCH_EMAILS', {
      query: 'from:ana@example.com newer_than:7d',
      label_ids: ['INBOX', 'UNREAD'],
      max_results: 5,
    });
    expect(result.successful).toBe(true);
    const list = requests[0];
    expect(list?.method).toBe('GET');
    expect(list?.path).toBe('/gmail/v1/users/me/messages');
    expect(list?.query.get('q')).toBe('from:ana@example.com newer_than:7d');
    expect(list?.query.getAll('labelIds')).toEqual(['INBOX', 'UNREAD']);
    expect(list?.query.get('maxResults')).toBe('5');
    const detail = requests[1];
    expect(detail?.path).toBe('/gmail/v1/users/me/messages/m1');
    expect(detail?.query.get('format')).toBe('metadata');
    expect(detail?.query.getAll('metadataHeaders')).toEqual(['From', 'To', 'Cc', 'Subject', 'Date']);
    expect(requests.every((request) => request.headers.authorization === `Bearer ${GMAIL_TOKEN}`)).toBe(true);
    expect(result.data).toEqual({
      messages: [
        {
          id: 'm1',
          threadId: 't1',
          labelIds: ['INBOX', 'UNREAD'],
          snippet: 'Shall we have lunch on Friday?',
          internalDate: '1710400000000',
          from: 'Ana Lima <ana@example.com>',
          to: 'me@example.com',
          subject: 'Lunch?',
          date: 'Thu, 14 Mar 2024 09:00:00 +0000',
        },
      ],
      resultSizeEstimate: 1,
    });
  });

  it('GMAIL_FETCH_EMAILS returns ids only and the next page token when include_details is false', async () => {
    const { result, requests } = await run('GMAIL_FETCH_EMAILS', {
      max_results: 2,
      include_details: false,
      page_token: 'page-1',
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.query.get('pageToken')).toBe('page-1');
    expect(requests[0]?.query.has('q')).toBe(false);
    expect(result.data).toEqual({
      messages: [
        { id: 'm1', threadId: 't1' },
        { id: 'm2', threadId: 't1' },
      ],
      nextPageToken: 'page-2',
      resultSizeEstimate: 3,
    });
  });

  it('GMAIL_GET_MESSAGE decodes the text body and lists attachments', async () => {
    const { result, requests } = await run('GMAIL_GET_MESSAGE', { message_id: 'm1', include_html: true });
    expect(requests[0]?.path).toBe('/gmail/v1/users/me/messages/m1');
    expect(requests[0]?.query.get('format')).toBe('full');
    expect(result.data).toMatchObject({
      id: 'm1',
      from: 'Ana Lima <ana@example.com>',
      subject: 'Lunch?',
      messageIdHeader: '<m1@mail.example.com>',
      text: 'Shall we have lunch on Friday?',
      html: '<p>Shall we have <b>lunch</b> on Friday?</p>',
      attachments: [
        { filename: 'menu.pdf', mimeType: 'application/pdf', size: 20480, attachmentId: 'att-1' },
      ],
    });
  });

  it('GMAIL_GET_MESSAGE derives text from an HTML-only email', async () => {
    const { result } = await run('GMAIL_GET_MESSAGE', { message_id: 'm3' });
    expect(result.data).toMatchObject({ text: 'Numbers attached\nBo' });
    expect(result.data).not.toHaveProperty('html');
  });

  it("GMAIL_GET_MESSAGE reports Google's 404 as a failure", async () => {
    const { result } = await run('GMAIL_GET_MESSAGE', { message_id: 'nope' });
    expect(result.successful).toBe(false);
    expect(result.data).toBeNull();
    expect(result.error).toContain('404');
    expect(result.error).toContain('Requested entity was not found.');
  });

  it('GMAIL_CREATE_DRAFT posts { message: { raw, threadId } } to drafts', async () => {
    const { result, requests } = await run('GMAIL_CREATE_DRAFT', {
      to: ['ana@example.com'],
      subject: 'Draft',
      body: 'Thinking…',
      thread_id: 't1',
    });
    expect(result.data).toMatchObject({ id: 'r-5551', message: { threadId: 't1', labelIds: ['DRAFT'] } });
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.path).toBe('/gmail/v1/users/me/drafts');
    expect(requests[0]?.json.message.threadId).toBe('t1');
    const message = decodeRawMessage(requests[0]?.json.message.raw);
    expect(message.headers.to).toBe('ana@example.com');
    expect(message.body).toBe('Thinking…');
  });

  it("GMAIL_REPLY_TO_THREAD answers the latest message's recipients when the user sent it, threaded", async () => {
    const { result, requests } = await run('GMAIL_REPLY_TO_THREAD', {
      thread_id: 't1',
      body: 'See you then.',
    });
    expect(result.successful).toBe(true);
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /gmail/v1/users/me/threads/t1',
      'GET /gmail/v1/users/me/profile',
      'POST /gmail/v1/users/me/messages/send',
    ]);
    expect(requests[0]?.query.get('format')).toBe('metadata');
    expect(requests[0]?.query.getAll('metadataHeaders')).toContain('Message-ID');
    expect(requests[2]?.json.threadId).toBe('t1');
    const message = decodeRawMessage(requests[2]?.json.raw);
    expect(message.headers).toMatchObject({
      to: 'Ana Lima <ana@example.com>',
      subject: 'Re: Lunch?',
      'in-reply-to': '<m2@mail.example.com>',
      references: '<m1@mail.example.com> <m2@mail.example.com>',
    });
    expect(message.headers).not.toHaveProperty('cc');
    expect(message.body).toBe('See you then.');
  });

  it('GMAIL_REPLY_TO_THREAD with reply_all answers Reply-To and copies the others but not the user', async () => {
    const { requests } = await run('GMAIL_REPLY_TO_THREAD', {
      thread_id: 't2',
      body: 'Thanks!',
      reply_all: true,
    });
    const message = decodeRawMessage(requests.at(-1)?.json.raw);
    expect(message.headers).toMatchObject({
      to: 'finance@example.com',
      cc: '"Lima, Ana" <ana@example.com>, Cy <cy@example.com>',
      subject: 'Re: Q1 numbers',
      'in-reply-to': '<m3@mail.example.com>',
      references: '<m3@mail.example.com>',
    });
  });

  it('GMAIL_LIST_LABELS and GMAIL_GET_PROFILE map straight to their GET endpoints', async () => {
    const labels = await run('GMAIL_LIST_LABELS', {});
    expect(labels.requests[0]?.path).toBe('/gmail/v1/users/me/labels');
    expect(labels.requests[0]?.headers.authorization).toBe(`Bearer ${GMAIL_TOKEN}`);
    expect(labels.result.data).toMatchObject({
      labels: [{ id: 'INBOX' }, { id: 'UNREAD' }, { id: 'Label_12' }],
    });
    const profile = await run('GMAIL_GET_PROFILE', {});
    expect(profile.result.data).toMatchObject({ emailAddress: 'me@example.com' });
  });

  it('GMAIL_ADD_LABEL_TO_EMAIL posts addLabelIds/removeLabelIds to modify', async () => {
    const { result, requests } = await run('GMAIL_ADD_LABEL_TO_EMAIL', {
      message_id: 'm1',
      add_label_ids: ['Label_12'],
      remove_label_ids: ['UNREAD'],
    });
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.path).toBe('/gmail/v1/users/me/messages/m1/modify');
    expect(requests[0]?.json).toEqual({ addLabelIds: ['Label_12'], removeLabelIds: ['UNREAD'] });
    expect(result.data).toEqual({ id: 'm1', threadId: 't1', labelIds: ['INBOX', 'Label_12'] });
  });

  it('GMAIL_CREATE_LABEL sends Gmail field names and reports a 409 conflict as a failure', async () => {
    const created = await run('GMAIL_CREATE_LABEL', {
      name: 'Clients/Acme',
      label_list_visibility: 'labelShow',
    });
    expect(created.requests[0]?.json).toEqual({ name: 'Clients/Acme', labelListVisibility: 'labelShow' });
    expect(created.result.data).toMatchObject({ id: 'Label_99', name: 'Clients/Acme' });
    const conflict = await run('GMAIL_CREATE_LABEL', { name: 'Receipts' });
    expect(conflict.result.successful).toBe(false);
    expect(conflict.result.error).toContain('409');
  });

  it('GMAIL_MOVE_TO_TRASH posts to the trash endpoint', async () => {
    const { result, requests } = await run('GMAIL_MOVE_TO_TRASH', { message_id: 'm2' });
    expect(`${requests[0]?.method} ${requests[0]?.path}`).toBe('POST /gmail/v1/users/me/messages/m2/trash');
    expect(result.data).toMatchObject({ id: 'm2', labelIds: ['TRASH'] });
  });
});
