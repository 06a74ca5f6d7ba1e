import {
  errors,
  id,
  jsonBody,
  noContent,
  ok,
  operation,
  pathParameter,
  query,
  schema,
  sessionId,
} from './openapi-helpers.ts';

const linkId = pathParameter('linkId', 'A connect link id (lnk_...).');
const finished = {
  type: 'object',
  required: ['connectedAccountId'],
  properties: {
    connectedAccountId: { type: 'string' },
    redirectTo: {
      type: 'string',
      format: 'uri',
      description:
        'The link’s callbackUrl with status and connected_account_id; absent: show a success page.',
    },
  },
};

/**
 * Paths of the operations a remote-mode router (`new ToolRouter({ apiUrl })`) uses beyond the
 * basic ones: the server's URL, readiness, connection waits and checks, proxy calls, MCP token
 * checks, and finishing connect links from pages of your own.
 */
export const REMOTE_MODE_PATHS: Record<string, Record<string, unknown>> = {
  '/info': {
    get: operation(
      'getServerInfo',
      'The server’s public URL (MCP URLs and connect links start with it).',
      'Server',
      {
        responses: {
          ...ok('Server info.', {
            type: 'object',
            required: ['baseUrl'],
            properties: { baseUrl: { type: 'string', format: 'uri' } },
          }),
          ...errors(),
        },
      },
    ),
  },
  '/ping': {
    get: operation('ping', 'Answers once the store answers a query.', 'Server', {
      responses: { ...noContent, ...errors(503) },
    }),
  },
  '/sessions/{sessionId}/ensure-connected': {
    parameters: [sessionId],
    post: operation(
      'ensureSessionToolkitConnected',
      'The toolkit’s account when it can run for the session’s user; else a connection request to hand to the user and wait for.',
      'Connect links',
      {
        requestBody: jsonBody({
          type: 'object',
          required: ['toolkit'],
          properties: {
            toolkit: { type: 'string' },
            callbackUrl: { type: 'string', format: 'uri' },
            alias: { type: 'string' },
          },
        }),
        responses: {
          ...ok('Connected (wasConnected true), or connectionRequest to finish.', {
            type: 'object',
            required: ['toolkit', 'wasConnected'],
            properties: {
              toolkit: { type: 'string' },
              wasConnected: { type: 'boolean' },
              connectedAccount: schema('ConnectedAccount'),
              connectionRequest: schema('ConnectionRequest'),
            },
          }),
          ...errors(400, 404),
        },
      },
    ),
  },
  '/sessions/{sessionId}/proxy': {
    parameters: [sessionId],
    post: operation(
      'proxyExecute',
      'Call the toolkit’s API directly with the session user’s account (only its own host).',
      'Sessions',
      {
        requestBody: jsonBody({
          type: 'object',
          required: ['toolkit', 'method', 'endpoint'],
          properties: {
            toolkit: { type: 'string' },
            method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] },
            endpoint: {
              type: 'string',
              description: 'A path under the toolkit’s base URL, or a URL under it.',
            },
            body: {},
            parameters: {
              type: 'array',
              items: {
                type: 'object',
                required: ['in', 'name', 'value'],
                properties: {
                  in: { type: 'string', enum: ['query', 'header'] },
                  name: { type: 'string' },
                  value: { type: ['string', 'number', 'boolean'] },
                },
              },
            },
            account: { type: 'string', description: 'A connected account id or alias of the user.' },
          },
        }),
        responses: {
          ...ok('The result; read `successful` and `error`.', schema('ToolExecutionResult')),
          ...errors(400, 404),
        },
      },
    ),
  },
  '/sessions/{sessionId}/rotate-token': {
    parameters: [sessionId],
    post: operation(
      'rotateSessionToken',
      'Give the session a new MCP token; the old one stops working at once.',
      'Sessions',
      { responses: { ...ok('The session with its new token.', schema('Session')), ...errors(404) } },
    ),
  },
  '/sessions/{sessionId}/authenticate': {
    parameters: [sessionId],
    post: operation('authenticateSession', 'Whether a token is this session’s MCP token.', 'Sessions', {
      requestBody: jsonBody({
        type: 'object',
        required: ['token'],
        properties: { token: { type: 'string' } },
      }),
      responses: {
        ...ok('The session, or null when the token is not its own.', {
          type: 'object',
          required: ['session'],
          properties: { session: { oneOf: [schema('Session'), { type: 'null' }] } },
        }),
        ...errors(),
      },
    }),
  },
  '/connected-accounts/{id}/wait': {
    parameters: [id],
    get: operation(
      'waitForConnection',
      'Long poll: answers as soon as the account is ACTIVE; 409 when it failed, 408 after timeoutMs (then ask again).',
      'Connected accounts',
      {
        parameters: [
          query('timeoutMs', 'How long to wait, default 25000, at most 60000.', { type: 'integer' }),
        ],
        responses: {
          ...ok('The ACTIVE account.', schema('ConnectedAccount')),
          ...errors(400, 404, 408, 409),
        },
      },
    ),
  },
  '/connect-links/sweep': {
    post: operation(
      'sweepStaleConnections',
      'Settle connections that can no longer finish: INITIATED accounts whose link was used up over 2 minutes ago without becoming ACTIVE (the instance died midway) become FAILED, those whose link expired unused become EXPIRED. The server also runs this every minute.',
      'Connect links',
      {
        responses: {
          ...ok('How many accounts it settled.', {
            type: 'object',
            required: ['failed', 'expired'],
            properties: { failed: { type: 'integer' }, expired: { type: 'integer' } },
          }),
          ...errors(),
        },
      },
    ),
  },
  '/connect-links/{linkId}/oauth': {
    parameters: [linkId],
    post: operation(
      'startConnectLinkOAuth',
      'The provider’s authorization URL for an OAuth link (send the user there).',
      'Connect links',
      {
        responses: {
          ...ok('Where to send the user.', {
            type: 'object',
            required: ['authorizationUrl'],
            properties: { authorizationUrl: { type: 'string', format: 'uri' } },
          }),
          ...errors(400, 404, 409, 410),
        },
      },
    ),
  },
  '/connect-links/{linkId}/credentials': {
    parameters: [linkId],
    post: operation(
      'submitConnectLinkCredentials',
      'Finish an API key, bearer or basic link with what the user typed in.',
      'Connect links',
      {
        requestBody: jsonBody({
          type: 'object',
          required: ['credentials'],
          properties: {
            credentials: {
              type: 'object',
              description: 'The link’s form fields: apiKey, token, or username and password.',
            },
          },
        }),
        responses: { ...ok('The account is ACTIVE.', finished), ...errors(400, 404, 409, 410) },
      },
    ),
  },
  '/oauth/callback': {
    post: operation(
      'handleOAuthCallback',
      'Finish an OAuth link with the query the provider sent to your callback page.',
      'Connect links',
      {
        requestBody: jsonBody({
          type: 'object',
          properties: {
            state: { type: 'string' },
            code: { type: 'string' },
            error: { type: 'string' },
            error_description: { type: 'string' },
          },
        }),
        responses: {
          ...ok('How it ended; a denial is FAILED here, not an HTTP error.', {
            ...finished,
            required: ['connectedAccountId', 'status'],
            properties: {
              ...finished.properties,
              status: { type: 'string', enum: ['ACTIVE', 'FAILED'] },
              error: { type: 'string' },
            },
          }),
          ...errors(400, 409, 410),
        },
      },
    ),
  },
};
