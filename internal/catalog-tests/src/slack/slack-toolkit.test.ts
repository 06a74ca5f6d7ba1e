import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slack } from '../../../../packages/toolkits/src/slack/slack-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { SLACK_BASE_PATH, SLACK_TOKEN, startSlackMockApi } from './slack-mock-api.ts';

let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startSlackMockApi();
  ({ session } = await createTestSession({
    toolkit: slack,
    baseUrl: `${api.url}${SLACK_BASE_PATH}`,
    credentials: { accessToken: SLACK_TOKEN },
  }));
});
afterAll(() => api.close());

/** Runs a tool, checks it made one form-encoded POST with the token, and returns its arguments. */
async function run(toolSlug: string, args: Record<string, unknown>) {
  const before = api.requests.length;
  const result = await session.execute(toolSlug, args);
  const requests = api.requests.slice(before);
  expect(requests).toHaveLength(1);
  const [request] = requests;
  expect(request?.method).toBe('POST');
  expect(request?.headers.authorization).toBe(`Bearer ${SLACK_TOKEN}`);
  expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  return {
    result,
    method: request?.path.replace(`${SLACK_BASE_PATH}/`, ''),
    form: Object.fromEntries(new URLSearchParams(request?.bodyText)),
  };
}

describe('slack toolkit against a Slack Web API stand-in', () => {
  it('SLACK_SEND_MESSAGE calls chat.postMessage with blocks as JSON text', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Deployed* :rocket:' } }];
    const { result, method, form } = await run('SLACK_SEND_MESSAGE', {
      channel: 'C0123GENERAL',
      text: 'Deployed',
      blocks,
      thread_ts: '1712345600.000100',
      reply_broadcast: true,
    });
    expect(method).toBe('chat.postMessage');
    expect(form).toEqual({
      channel: 'C0123GENERAL',
      text: 'Deployed',
      blocks: JSON.stringify(blocks),
      thread_ts: '1712345600.000100',
      reply_broadcast: 'true',
    });
    expect(result).toMatchObject({
      successful: true,
      error: null,
      data: { channel: 'C0123GENERAL', ts: '1712345678.000200' },
    });
    expect(result.data).not.toHaveProperty('ok');
  });

  it('reports an HTTP 200 { ok: false, error } answer as a failure naming the error', async () => {
    const { result } = await run('SLACK_SEND_MESSAGE', { channel: 'C9NOPE', text: 'hi' });
    expect(result).toMatchObject({ successful: false, data: null });
    expect(result.error).toContain('chat.postMessage failed: channel_not_found');
  });

  it('names the missing scope Slack reports', async () => {
    const { result } = await run('SLACK_SEARCH_MESSAGES', { query: 'needs-scope' });
    expect(result.successful).toBe(false);
    expect(result.error).toContain("missing_scope (needs scope 'search:read')");
  });

  it('SLACK_LIST_CHANNELS sends the defaults for types, exclude_archived and limit', async () => {
    const { result, method, form } = await run('SLACK_LIST_CHANNELS', {});
    expect(method).toBe('conversations.list');
    expect(form).toEqual({ types: 'public_channel,private_channel', exclude_archived: 'true', limit: '200' });
    expect(result.data).toMatchObject({
      channels: [{ id: 'C0123GENERAL', name: 'general' }, { id: 'G0456SECRET' }],
      response_metadata: { next_cursor: 'dGVhbTpDMDYx' },
    });
  });

  it('SLACK_FETCH_CONVERSATION_HISTORY calls conversations.history with the time window', async () => {
    const { result, method, form } = await run('SLACK_FETCH_CONVERSATION_HISTORY', {
      channel: 'C0123GENERAL',
      oldest: '1712300000',
      limit: 10,
    });
    expect(method).toBe('conversations.history');
    expect(form).toEqual({ channel: 'C0123GENERAL', oldest: '1712300000', limit: '10' });
    expect(result.data).toMatchObject({
      messages: [{ text: 'Deploy is green', reply_count: 2 }],
      has_more: false,
    });
  });

  it('SLACK_FETCH_THREAD_REPLIES calls conversations.replies', async () => {
    const { result, method, form } = await run('SLACK_FETCH_THREAD_REPLIES', {
      channel: 'C0123GENERAL',
      ts: '1712345600.000100',
    });
    expect(method).toBe('conversations.replies');
    expect(form).toEqual({ channel: 'C0123GENERAL', ts: '1712345600.000100', limit: '100' });
    expect(result.data).toMatchObject({ messages: [{}, { text: 'Thanks!' }] });
  });

  it('SLACK_ADD_REACTION strips colons from the emoji name and reports already_reacted', async () => {
    const added = await run('SLACK_ADD_REACTION', {
      channel: 'C0123GENERAL',
      timestamp: '1712345600.000100',
      name: ':eyes:',
    });
    expect(added.method).toBe('reactions.add');
    expect(added.form).toEqual({ channel: 'C0123GENERAL', timestamp: '1712345600.000100', name: 'eyes' });
    expect(added.result).toMatchObject({ successful: true, data: {} });
    const again = await run('SLACK_ADD_REACTION', {
      channel: 'C0123GENERAL',
      timestamp: '1712345600.000100',
      name: 'thumbsup',
    });
    expect(again.result.successful).toBe(false);
    expect(again.result.error).toContain('already_reacted');
  });

  it('SLACK_LIST_USERS trims each member to its identifying fields', async () => {
    const { result, method, form } = await run('SLACK_LIST_USERS', { limit: 50 });
    expect(method).toBe('users.list');
    expect(form).toEqual({ limit: '50' });
    expect(result.data).toEqual({
      members: [
        {
          id: 'U01ANA',
          name: 'ana',
          real_name: 'Ana Lima',
          display_name: 'ana',
          email: 'ana@example.com',
          title: 'Engineer',
          tz: 'America/Sao_Paulo',
          is_bot: false,
          is_admin: false,
          deleted: false,
        },
        {
          id: 'U02BOT',
          name: 'deploybot',
          real_name: 'Deploy Bot',
          display_name: '',
          is_bot: true,
          deleted: false,
        },
      ],
    });
  });

  it('SLACK_GET_USER_INFO and SLACK_LOOKUP_USER_BY_EMAIL find people', async () => {
    const info = await run('SLACK_GET_USER_INFO', { user: 'U01ANA' });
    expect(info.method).toBe('users.info');
    expect(info.result.data).toMatchObject({ user: { id: 'U01ANA', profile: { email: 'ana@example.com' } } });
    const byEmail = await run('SLACK_LOOKUP_USER_BY_EMAIL', { email: 'ana@example.com' });
    expect(byEmail.method).toBe('users.lookupByEmail');
    expect(byEmail.form).toEqual({ email: 'ana@example.com' });
    expect(byEmail.result.data).toMatchObject({ user: { id: 'U01ANA', real_name: 'Ana Lima' } });
    const nobody = await run('SLACK_LOOKUP_USER_BY_EMAIL', { email: 'nobody@example.com' });
    expect(nobody.result.error).toContain('users_not_found');
  });

  it('SLACK_SEARCH_MESSAGES calls search.messages', async () => {
    const { result, method, form } = await run('SLACK_SEARCH_MESSAGES', {
      query: 'deploy in:#general',
      sort: 'timestamp',
      count: 5,
    });
    expect(method).toBe('search.messages');
    expect(form).toEqual({ query: 'deploy in:#general', sort: 'timestamp', count: '5' });
    expect(result.data).toMatchObject({
      messages: { total: 1, matches: [{ channel: { name: 'general' } }] },
    });
  });

  it('SLACK_OPEN_DM joins the user ids with commas', async () => {
    const { result, method, form } = await run('SLACK_OPEN_DM', { users: ['U01ANA', 'U02BOT'] });
    expect(method).toBe('conversations.open');
    expect(form).toEqual({ users: 'U01ANA,U02BOT' });
    expect(result.data).toEqual({ channel: { id: 'G0MPIM' } });
  });

  it('SLACK_UPDATE_MESSAGE and SLACK_DELETE_MESSAGE call chat.update and chat.delete', async () => {
    const updated = await run('SLACK_UPDATE_MESSAGE', {
      channel: 'C0123GENERAL',
      ts: '1712345678.000200',
      text: 'Deployed v2',
    });
    expect(updated.method).toBe('chat.update');
    expect(updated.result.data).toEqual({
      channel: 'C0123GENERAL',
      ts: '1712345678.000200',
      text: 'Deployed v2',
    });
    const deleted = await run('SLACK_DELETE_MESSAGE', { channel: 'C0123GENERAL', ts: '1712345678.000200' });
    expect(deleted.method).toBe('chat.delete');
    expect(deleted.result.successful).toBe(true);
    const refused = await run('SLACK_DELETE_MESSAGE', { channel: 'C0123GENERAL', ts: '1712345600.000100' });
    expect(refused.result.error).toContain('cant_delete_message');
  });
});
