import { catalogToolkits } from '@toolrouter/catalog';
import type { Credentials, ToolkitDefinition } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSession } from '../support/create-test-session.ts';
import { type MockApi, type RecordedRequest, startMockApi } from '../support/start-mock-api.ts';

/**
 * One real `session.execute` call of a generated toolkit against a local server shaped like the
 * vendor's API: the route answers with the vendor's response shape, anything else is a 404, and
 * the request that arrived is checked field by field.
 */
interface VendorCase {
  toolkit: string;
  tool: string;
  credentials: Credentials;
  arguments: Record<string, unknown>;
  /** `METHOD /path` the vendor serves. */
  route: string;
  response: unknown;
  status?: number;
  expect: {
    query?: Record<string, string | string[]>;
    json?: unknown;
    form?: Record<string, string>;
    headers?: Record<string, string>;
    authorization: string;
  };
  /** Checked against the tool result's data. */
  data: unknown;
}

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const CASES: VendorCase[] = [
  {
    toolkit: 'jira',
    tool: 'JIRA_CREATE_ISSUE',
    credentials: { username: 'ada@example.com', password: 'atl-token-1' },
    arguments: {
      updateHistory: true,
      fields: { project: { key: 'ENG' }, summary: 'Checkout fails on Safari', issuetype: { name: 'Bug' } },
    },
    route: 'POST /rest/api/3/issue',
    status: 201,
    response: { id: '10042', key: 'ENG-42', self: 'https://example.atlassian.net/rest/api/3/issue/10042' },
    expect: {
      query: { updateHistory: 'true' },
      json: {
        fields: { project: { key: 'ENG' }, summary: 'Checkout fails on Safari', issuetype: { name: 'Bug' } },
      },
      authorization: basic('ada@example.com', 'atl-token-1'),
    },
    data: { key: 'ENG-42' },
  },
  {
    toolkit: 'jira',
    tool: 'JIRA_SEARCH_FOR_ISSUES_USING_JQL',
    credentials: { username: 'ada@example.com', password: 'atl-token-1' },
    arguments: { jql: 'project = ENG AND status = "In Progress"', maxResults: 5 },
    route: 'GET /rest/api/3/search',
    response: {
      startAt: 0,
      maxResults: 5,
      total: 1,
      issues: [{ id: '10042', key: 'ENG-42', fields: { summary: 'x' } }],
    },
    expect: {
      query: { jql: 'project = ENG AND status = "In Progress"', maxResults: '5' },
      authorization: basic('ada@example.com', 'atl-token-1'),
    },
    data: { total: 1 },
  },
  {
    toolkit: 'zoom',
    tool: 'ZOOM_MEETING_CREATE',
    credentials: { accessToken: 'zoom-at-1' },
    arguments: {
      userId: 'me',
      topic: 'Sprint review',
      type: 2,
      start_time: '2026-12-04T15:00:00Z',
      duration: 45,
    },
    route: 'POST /users/me/meetings',
    status: 201,
    response: { id: 85746065432, topic: 'Sprint review', join_url: 'https://zoom.us/j/85746065432' },
    expect: {
      json: { topic: 'Sprint review', type: 2, start_time: '2026-12-04T15:00:00Z', duration: 45 },
      authorization: 'Bearer zoom-at-1',
    },
    data: { id: 85746065432 },
  },
  {
    toolkit: 'outlook',
    tool: 'OUTLOOK_ME_LIST_MESSAGES',
    credentials: { accessToken: 'graph-at-1' },
    arguments: { $top: 10, $filter: 'isRead eq false' },
    route: 'GET /me/messages',
    response: {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/messages',
      value: [{ id: 'AAMk1', subject: 'Hi' }],
    },
    expect: { query: { $top: '10', $filter: 'isRead eq false' }, authorization: 'Bearer graph-at-1' },
    data: { value: [{ id: 'AAMk1', subject: 'Hi' }] },
  },
  {
    toolkit: 'outlook',
    tool: 'OUTLOOK_ME_SEND_MAIL',
    credentials: { accessToken: 'graph-at-1' },
    arguments: {
      message: {
        subject: 'Lunch?',
        body: { contentType: 'Text', content: 'Noon?' },
        toRecipients: [{ emailAddress: { address: 'bob@example.com' } }],
      },
      saveToSentItems: true,
    },
    route: 'POST /me/microsoft.graph.sendMail',
    status: 202,
    response: '',
    expect: {
      json: {
        message: {
          subject: 'Lunch?',
          body: { contentType: 'Text', content: 'Noon?' },
          toRecipients: [{ emailAddress: { address: 'bob@example.com' } }],
        },
        saveToSentItems: true,
      },
      authorization: 'Bearer graph-at-1',
    },
    data: undefined,
  },
  {
    toolkit: 'googlesheets',
    tool: 'GOOGLESHEETS_SPREADSHEETS_VALUES_APPEND',
    credentials: { accessToken: 'ya29.sheets' },
    arguments: {
      spreadsheetId: '1AbC',
      range: 'Sheet1!A1',
      valueInputOption: 'USER_ENTERED',
      values: [['Ada', 42]],
    },
    route: 'POST /v4/spreadsheets/1AbC/values/Sheet1!A1:append',
    response: { spreadsheetId: '1AbC', updates: { updatedRange: 'Sheet1!A7:B7', updatedRows: 1 } },
    expect: {
      query: { valueInputOption: 'USER_ENTERED' },
      json: { values: [['Ada', 42]] },
      authorization: 'Bearer ya29.sheets',
    },
    data: { updates: { updatedRows: 1 } },
  },
  {
    toolkit: 'googletasks',
    tool: 'GOOGLETASKS_TASKS_INSERT',
    credentials: { accessToken: 'ya29.tasks' },
    arguments: { tasklist: 'MTIz', title: 'Renew passport', due: '2026-12-20T00:00:00.000Z' },
    route: 'POST /tasks/v1/lists/MTIz/tasks',
    response: { kind: 'tasks#task', id: 'dGFzaw', title: 'Renew passport', status: 'needsAction' },
    expect: {
      json: { title: 'Renew passport', due: '2026-12-20T00:00:00.000Z' },
      authorization: 'Bearer ya29.tasks',
    },
    data: { id: 'dGFzaw' },
  },
  {
    toolkit: 'asana',
    tool: 'ASANA_CREATE_TASK',
    credentials: { token: 'asana-pat-1' },
    arguments: {
      data: { name: 'Write launch post', workspace: '1200', assignee: 'me' },
      opt_fields: 'name,permalink_url',
    },
    route: 'POST /tasks',
    status: 201,
    response: {
      data: { gid: '1201', name: 'Write launch post', permalink_url: 'https://app.asana.com/0/0/1201' },
    },
    expect: {
      query: { opt_fields: 'name,permalink_url' },
      json: { data: { name: 'Write launch post', workspace: '1200', assignee: 'me' } },
      authorization: 'Bearer asana-pat-1',
    },
    data: { data: { gid: '1201' } },
  },
  {
    toolkit: 'sendgrid',
    tool: 'SENDGRID_POST_MAIL_SEND',
    credentials: { apiKey: 'SG.key-1' },
    arguments: {
      personalizations: [{ to: [{ email: 'bob@example.com' }] }],
      from: { email: 'ada@example.com' },
      subject: 'Report',
      content: [{ type: 'text/plain', value: 'Attached.' }],
    },
    route: 'POST /mail/send',
    status: 202,
    response: '',
    expect: {
      json: {
        personalizations: [{ to: [{ email: 'bob@example.com' }] }],
        from: { email: 'ada@example.com' },
        subject: 'Report',
        content: [{ type: 'text/plain', value: 'Attached.' }],
      },
      authorization: 'Bearer SG.key-1',
    },
    data: undefined,
  },
  {
    toolkit: 'twilio',
    tool: 'TWILIO_CREATE_MESSAGE',
    credentials: { username: 'AC11111111111111111111111111111111', password: 'twilio-token' },
    arguments: {
      AccountSid: 'AC11111111111111111111111111111111',
      To: '+15558675310',
      From: '+15017122661',
      Body: 'Your code is 1234',
    },
    route: 'POST /2010-04-01/Accounts/AC11111111111111111111111111111111/Messages.json',
    status: 201,
    response: { sid: 'SM1', status: 'queued', to: '+15558675310', body: 'Your code is 1234' },
    expect: {
      form: { To: '+15558675310', From: '+15017122661', Body: 'Your code is 1234' },
      authorization: basic('AC11111111111111111111111111111111', 'twilio-token'),
    },
    data: { sid: 'SM1', status: 'queued' },
  },
  {
    toolkit: 'vercel',
    tool: 'VERCEL_GET_PROJECTS',
    credentials: { token: 'vercel-token-1' },
    arguments: { limit: '20', search: 'web', teamId: 'team_abc' },
    route: 'GET /v9/projects',
    response: { projects: [{ id: 'prj_1', name: 'web' }], pagination: { count: 1, next: null, prev: null } },
    expect: {
      query: { limit: '20', search: 'web', teamId: 'team_abc' },
      authorization: 'Bearer vercel-token-1',
    },
    data: { projects: [{ id: 'prj_1', name: 'web' }] },
  },
  {
    toolkit: 'postmark',
    tool: 'POSTMARK_SEND_EMAIL',
    credentials: { apiKey: 'pm-server-token' },
    arguments: {
      From: 'ada@example.com',
      To: 'bob@example.com',
      Subject: 'Invoice',
      TextBody: 'Due Friday.',
    },
    route: 'POST /email',
    response: {
      To: 'bob@example.com',
      SubmittedAt: '2026-12-03T10:00:00Z',
      MessageID: 'b7bc2f4a',
      ErrorCode: 0,
      Message: 'OK',
    },
    expect: {
      json: { From: 'ada@example.com', To: 'bob@example.com', Subject: 'Invoice', TextBody: 'Due Friday.' },
      headers: { 'x-postmark-server-token': 'pm-server-token' },
      authorization: '',
    },
    data: { MessageID: 'b7bc2f4a' },
  },
  {
    toolkit: 'microsoftteams',
    tool: 'MICROSOFTTEAMS_CHATS_CREATE_MESSAGES',
    credentials: { accessToken: 'graph-at-2' },
    arguments: { 'chat-id': '19:abc@thread.v2', body: { contentType: 'text', content: 'Deploy done' } },
    route: 'POST /chats/19:abc@thread.v2/messages',
    status: 201,
    response: { id: '1616990032035', body: { contentType: 'text', content: 'Deploy done' } },
    expect: {
      json: { body: { contentType: 'text', content: 'Deploy done' } },
      authorization: 'Bearer graph-at-2',
    },
    data: { id: '1616990032035' },
  },
  {
    toolkit: 'square',
    tool: 'SQUARE_CREATE_CUSTOMER',
    credentials: { accessToken: 'sq-at-1' },
    arguments: {
      given_name: 'Ada',
      family_name: 'Lovelace',
      email_address: 'ada@example.com',
      idempotency_key: 'k-1',
    },
    route: 'POST /v2/customers',
    response: { customer: { id: 'JDKYHBWT1D4F8MFH63DBMEN8Y4', given_name: 'Ada' } },
    expect: {
      json: {
        given_name: 'Ada',
        family_name: 'Lovelace',
        email_address: 'ada@example.com',
        idempotency_key: 'k-1',
      },
      authorization: 'Bearer sq-at-1',
    },
    data: { customer: { given_name: 'Ada' } },
  },
  {
    toolkit: 'xero',
    tool: 'XERO_GET_INVOICES',
    credentials: { accessToken: 'xero-at-1' },
    arguments: { xero_tenant_id: 'tenant-9', Statuses: 'AUTHORISED,PAID', page: 1 },
    route: 'GET /Invoices',
    response: { Invoices: [{ InvoiceID: 'inv-1', Status: 'AUTHORISED', Total: 100 }] },
    expect: {
      query: { Statuses: 'AUTHORISED,PAID', page: '1' },
      headers: { 'xero-tenant-id': 'tenant-9' },
      authorization: 'Bearer xero-at-1',
    },
    data: { Invoices: [{ InvoiceID: 'inv-1' }] },
  },
  {
    toolkit: 'spotify',
    tool: 'SPOTIFY_SEARCH',
    credentials: { accessToken: 'spotify-at-1' },
    arguments: { q: 'artist:Radiohead', type: 'album', limit: 2 },
    route: 'GET /search',
    response: { albums: { items: [{ id: '6dVIqQ8qmQ5GBnJ9shOYGE', name: 'OK Computer' }], total: 1 } },
    expect: {
      query: { q: 'artist:Radiohead', type: 'album', limit: '2' },
      authorization: 'Bearer spotify-at-1',
    },
    data: { albums: { total: 1 } },
  },
  {
    toolkit: 'hubspotfiles',
    tool: 'HUBSPOTFILES_DELETE_FILES_V3_FILES_FILE_ID_ARCHIVE',
    credentials: { token: 'pat-na1-1' },
    arguments: { fileId: '123456' },
    route: 'DELETE /files/v3/files/123456',
    status: 204,
    response: '',
    expect: { authorization: 'Bearer pat-na1-1' },
    data: undefined,
  },
];

let toolkits: Map<string, ToolkitDefinition>;
const apis: MockApi[] = [];

beforeAll(async () => {
  const slugs = [...new Set(CASES.map((entry) => entry.toolkit))];
  toolkits = new Map((await catalogToolkits({ only: slugs })).map((toolkit) => [toolkit.slug, toolkit]));
}, 60_000);
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
});

describe('generated toolkits against vendor-shaped local APIs', () => {
  it('covers at least 10 generated toolkits', () => {
    expect(new Set(CASES.map((entry) => entry.toolkit)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES.map((entry) => [entry.tool, entry] as const))(
    '%s sends the vendor request',
    async (_slug, entry) => {
      const [method, path] = entry.route.split(' ') as [string, string];
      const toolkit = toolkits.get(entry.toolkit) as ToolkitDefinition;
      // The vendor also answers the toolkit's credential check, which runs before the account is stored.
      const check = toolkit.credentialCheck;
      const checkPath = check?.path.split('?')[0];
      const api = await startMockApi((request: RecordedRequest) =>
        request.method === method && decodeURIComponent(request.path) === path
          ? { status: entry.status ?? 200, body: entry.response }
          : request.method === check?.method && request.path === checkPath
            ? { status: 200, body: { name: 'Ada' } }
            : { status: 404, body: { error: `no route ${request.method} ${request.path}` } },
      );
      apis.push(api);
      const { session } = await createTestSession({
        toolkit,
        baseUrl: api.url,
        credentials: entry.credentials,
      });
      const result = await session.execute(entry.tool, entry.arguments);
      expect(result.error).toBeFalsy();
      expect(result.successful).toBe(true);
      if (entry.data === undefined) expect(result.data ?? undefined).toBeFalsy();
      else expect(result.data).toMatchObject(entry.data as object);

      const checks = api.requests.slice(0, -1);
      for (const checkRequest of checks) {
        expect(`${checkRequest.method} ${checkRequest.path}`).toBe(`GET ${checkPath}`);
        expect(checkRequest.headers.authorization ?? '').toBe(entry.expect.authorization);
      }
      expect(checks.length).toBeLessThanOrEqual(check ? 1 : 0);
      const request = api.requests.at(-1) as RecordedRequest;
      expect(request.method).toBe(method);
      expect(decodeURIComponent(request.path)).toBe(path);
      const query = Object.fromEntries(request.query.entries());
      expect(query).toEqual(entry.expect.query ?? {});
      if (entry.expect.json !== undefined) {
        expect(request.headers['content-type']).toContain('application/json');
        expect(request.json).toEqual(entry.expect.json);
      }
      if (entry.expect.form) {
        expect(request.headers['content-type']).toContain('application/x-www-form-urlencoded');
        expect(Object.fromEntries(new URLSearchParams(request.bodyText))).toEqual(entry.expect.form);
      }
      if (entry.expect.json === undefined && !entry.expect.form) expect(request.bodyText).toBe('');
      expect(request.headers.authorization ?? '').toBe(entry.expect.authorization);
      for (const [name, value] of Object.entries(entry.expect.headers ?? {}))
        expect(request.headers[name]).toBe(value);
    },
  );
});
