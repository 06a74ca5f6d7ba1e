import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

export const SLACK_TOKEN = 'xoxp-slack-test-token';
/** The mock serves the Web API under `/api`, like `https://slack.com/api`. */
export const SLACK_BASE_PATH = '/api';

const CHANNELS = [
  {
    id: 'C0123GENERAL',
    name: 'general',
    is_channel: true,
    is_private: false,
    is_member: true,
    num_members: 42,
  },
  { id: 'G0456SECRET', name: 'leads', is_channel: true, is_private: true, is_member: true, num_members: 4 },
];

const USERS = [
  {
    id: 'U01ANA',
    team_id: 'T0TEAM',
    name: 'ana',
    real_name: 'Ana Lima',
    tz: 'America/Sao_Paulo',
    is_admin: false,
    is_bot: false,
    deleted: false,
    profile: {
      real_name: 'Ana Lima',
      display_name: 'ana',
      email: 'ana@example.com',
      title: 'Engineer',
      image_72: 'https://avatars.slack-edge.com/ana_72.png',
      status_emoji: ':palm_tree:',
    },
  },
  {
    id: 'U02BOT',
    team_id: 'T0TEAM',
    name: 'deploybot',
    is_bot: true,
    deleted: false,
    profile: {
      real_name: 'Deploy Bot',
      display_name: '',
      image_72: 'https://avatars.slack-edge.com/bot_72.png',
    },
  },
];

const fail = (error: string, extra: Record<string, unknown> = {}): MockResponse => ({
  body: { ok: false, error, ...extra },
});
const knownChannel = (id: string | null) =>
  CHANNELS.some((channel) => channel.id === id) || id?.startsWith('D') === true;

/** Answers one Web API method the way Slack documents it, HTTP 200 with `ok` true or false. */
function answer(method: string, args: URLSearchParams): MockResponse {
  switch (method) {
    case 'chat.postMessage': {
      const channel = args.get('channel');
      if (!knownChannel(channel)) return fail('channel_not_found');
      if (!args.get('text') && !args.get('blocks')) return fail('no_text');
      return {
        body: {
          ok: true,
          channel,
          ts: '1712345678.000200',
          message: { type: 'message', user: 'U00ME', text: args.get('text'), ts: '1712345678.000200' },
        },
      };
    }
    case 'conversations.list':
      return { body: { ok: true, channels: CHANNELS, response_metadata: { next_cursor: 'dGVhbTpDMDYx' } } };
    case 'conversations.history':
      if (!knownChannel(args.get('channel'))) return fail('channel_not_found');
      return {
        body: {
          ok: true,
          messages: [
            {
              type: 'message',
              user: 'U01ANA',
              text: 'Deploy is green',
              ts: '1712345600.000100',
              reply_count: 2,
              thread_ts: '1712345600.000100',
            },
          ],
          has_more: false,
          response_metadata: { next_cursor: '' },
        },
      };
    case 'conversations.replies':
      return {
        body: {
          ok: true,
          messages: [
            {
              type: 'message',
              user: 'U01ANA',
              text: 'Deploy is green',
              ts: args.get('ts'),
              thread_ts: args.get('ts'),
            },
            {
              type: 'message',
              user: 'U00ME',
              text: 'Thanks!',
              ts: '1712345700.000300',
              thread_ts: args.get('ts'),
            },
          ],
          has_more: false,
        },
      };
    case 'reactions.add':
      if (args.get('name') === 'thumbsup' && args.get('timestamp') === '1712345600.000100')
        return fail('already_reacted');
      return { body: { ok: true } };
    case 'users.list':
      return {
        body: { ok: true, members: USERS, cache_ts: 1712345678, response_metadata: { next_cursor: '' } },
      };
    case 'users.info': {
      const user = USERS.find((candidate) => candidate.id === args.get('user'));
      return user ? { body: { ok: true, user } } : fail('user_not_found');
    }
    case 'users.lookupByEmail': {
      const user = USERS.find((candidate) => candidate.profile.email === args.get('email'));
      return user ? { body: { ok: true, user } } : fail('users_not_found');
    }
    case 'search.messages':
      if (args.get('query') === 'needs-scope')
        return fail('missing_scope', { needed: 'search:read', provided: 'chat:write' });
      return {
        body: {
          ok: true,
          query: args.get('query'),
          messages: {
            total: 1,
            matches: [
              {
                type: 'message',
                user: 'U01ANA',
                username: 'ana',
                text: 'Deploy is green',
                ts: '1712345600.000100',
                channel: { id: 'C0123GENERAL', name: 'general' },
                permalink: 'https://example.slack.com/archives/C0123GENERAL/p1712345600000100',
              },
            ],
            paging: { count: Number(args.get('count') ?? 20), total: 1, page: 1, pages: 1 },
          },
        },
      };
    case 'conversations.open':
      return {
        body: { ok: true, channel: { id: args.get('users')?.includes(',') ? 'G0MPIM' : 'D0DIRECT' } },
      };
    case 'chat.update':
      return { body: { ok: true, channel: args.get('channel'), ts: args.get('ts'), text: args.get('text') } };
    case 'chat.delete':
      if (args.get('ts') === '1712345600.000100') return fail('cant_delete_message');
      return { body: { ok: true, channel: args.get('channel'), ts: args.get('ts') } };
    default:
      return fail('unknown_method');
  }
}

function route(request: RecordedRequest): MockResponse {
  if (!request.path.startsWith(`${SLACK_BASE_PATH}/`)) return { status: 404, body: 'Not Found' };
  if (request.headers.authorization !== `Bearer ${SLACK_TOKEN}`) return fail('invalid_auth');
  const isForm = String(request.headers['content-type'] ?? '').startsWith(
    'application/x-www-form-urlencoded',
  );
  const args = new URLSearchParams(isForm ? request.bodyText : request.query);
  return answer(request.path.slice(SLACK_BASE_PATH.length + 1), args);
}

/**
 * A local stand-in for the Slack Web API (`https://slack.com/api/<method>`): form-encoded
 * arguments, a bearer token, and Slack's `{ ok, error }` answers, always HTTP 200.
 *
 * @example
 * const api = await startSlackMockApi(); // base URL: `${api.url}${SLACK_BASE_PATH}`
 */
export function startSlackMockApi(): Promise<MockApi> {
  return startMockApi(route);
}
