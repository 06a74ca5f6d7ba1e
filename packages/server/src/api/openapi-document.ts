import { SERVER_VERSION } from '../mcp/server-version.ts';
import {
  errors,
  id,
  jsonBody,
  list,
  noContent,
  ok,
  operation,
  pathParameter,
  query,
  schema,
  sessionId,
  slug,
} from './openapi-helpers.ts';
import { REMOTE_MODE_PATHS } from './openapi-remote-mode-paths.ts';
import { OPENAPI_SCHEMAS } from './openapi-schemas.ts';

/**
 * The OpenAPI 3.1 document of `/api/v1`, served at `/api/v1/openapi.json`. Written by hand next to
 * the routes; a test checks that every documented operation answers and every route is documented.
 *
 * @example
 * const document = openApiDocument();
 * Object.keys(document.paths); // ['/sessions', '/sessions/{sessionId}', ...]
 */
export function openApiDocument(): {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
} & Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'toolrouter REST API',
      version: SERVER_VERSION,
      description:
        'Everything the toolrouter SDK does, over JSON: sessions, toolkits, tools, auth configs, connected accounts, connect links and logs. Authenticate with `Authorization: Bearer <TOOLROUTER_API_KEY>`. MCP clients use `/mcp/{sessionId}` with the session token instead.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/v1' }],
    security: [{ adminKey: [] }],
    tags: [
      'Server',
      'Sessions',
      'Catalog',
      'Auth configs',
      'Connected accounts',
      'Connect links',
      'Logs',
    ].map((name) => ({ name })),
    paths: {
      '/openapi.json': {
        get: operation('getOpenApiDocument', 'This document.', 'Catalog', {
          security: [],
          responses: ok('The OpenAPI 3.1 document.', { type: 'object' }),
        }),
      },
      '/sessions': {
        post: operation('createSession', 'Create a session for one of your users.', 'Sessions', {
          requestBody: jsonBody({
            type: 'object',
            required: ['userId'],
            properties: { userId: { type: 'string' }, config: schema('SessionConfig') },
          }),
          responses: {
            ...ok('The new session, with its MCP URL and headers.', schema('Session'), '201'),
            ...errors(400, 404, 403, 413),
          },
        }),
        get: operation('listSessions', 'List sessions, newest first.', 'Sessions', {
          parameters: [query('userId', 'Only this user’s sessions.')],
          responses: { ...ok('Sessions.', list('Session')), ...errors() },
        }),
      },
      '/sessions/{sessionId}': {
        parameters: [sessionId],
        get: operation('getSession', 'Read a session.', 'Sessions', {
          responses: { ...ok('The session.', schema('Session')), ...errors(404) },
        }),
        patch: operation(
          'updateSession',
          'Change a session’s config; keys given replace the old ones, null removes one.',
          'Sessions',
          {
            requestBody: jsonBody({
              type: 'object',
              properties: {
                config: schema('SessionConfig'),
                expectedConfigVersion: {
                  type: 'integer',
                  description: 'Fail with 409 when the session is no longer at this version.',
                },
              },
            }),
            responses: { ...ok('The updated session.', schema('Session')), ...errors(400, 404, 409) },
          },
        ),
        delete: operation(
          'deleteSession',
          'Delete a session; its MCP token stops working at once.',
          'Sessions',
          {
            responses: { ...noContent, ...errors(404) },
          },
        ),
      },
      '/sessions/{sessionId}/config-history': {
        parameters: [sessionId],
        get: operation(
          'listSessionConfigHistory',
          'Every config the session has had, newest first.',
          'Sessions',
          {
            responses: { ...ok('Config versions.', list('SessionConfigHistoryEntry')), ...errors(404) },
          },
        ),
      },
      '/sessions/{sessionId}/search': {
        parameters: [sessionId],
        post: operation(
          'searchSessionTools',
          'Find the session’s tools for a task in plain words.',
          'Sessions',
          {
            requestBody: jsonBody({
              type: 'object',
              required: ['query'],
              properties: {
                query: { type: 'string' },
                toolkits: { type: 'array', items: { type: 'string' } },
                limit: { type: 'integer' },
              },
            }),
            responses: { ...ok('Hits, best first.', list('SearchResult')), ...errors(400, 404) },
          },
        ),
      },
      '/sessions/{sessionId}/execute': {
        parameters: [sessionId],
        post: operation(
          'executeSessionTool',
          'Run a meta-tool or app tool for the session’s user.',
          'Sessions',
          {
            requestBody: jsonBody({
              type: 'object',
              required: ['toolSlug'],
              properties: {
                toolSlug: { type: 'string' },
                arguments: { description: 'An object (a JSON string is accepted).' },
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
      '/sessions/{sessionId}/toolkits': {
        parameters: [sessionId],
        get: operation(
          'listSessionToolkits',
          'The toolkits the session allows, with the user’s connection state.',
          'Sessions',
          {
            parameters: [
              query('toolkits', 'Comma-separated slugs.'),
              query('search', 'Matches slug and name.'),
              query('isConnected', 'Only connected (true) or unconnected (false) toolkits.', {
                type: 'boolean',
              }),
              query('cursor', 'nextCursor of the previous page.'),
              query('limit', 'Page size, 1 to 50 (default 20).', { type: 'integer' }),
            ],
            responses: { ...ok('One page.', schema('SessionToolkitsPage')), ...errors(400, 404) },
          },
        ),
      },
      '/sessions/{sessionId}/tools': {
        parameters: [sessionId],
        get: operation(
          'listSessionTools',
          'The tools the session shows an agent: meta-tools, then preloaded tools.',
          'Sessions',
          {
            responses: { ...ok('Tools.', list('Tool')), ...errors(404) },
          },
        ),
      },
      '/sessions/{sessionId}/authorize': {
        parameters: [sessionId],
        post: operation(
          'authorizeToolkit',
          'Start connecting a toolkit for the session’s user; returns the connect link.',
          'Connect links',
          {
            requestBody: jsonBody({
              type: 'object',
              required: ['toolkit'],
              properties: {
                toolkit: { type: 'string' },
                callbackUrl: {
                  type: 'string',
                  format: 'uri',
                  description: 'Where the user lands afterwards; must be allow-listed.',
                },
                alias: { type: 'string' },
              },
            }),
            responses: {
              ...ok('The pending connection.', schema('ConnectionRequest'), '201'),
              ...errors(400, 404),
            },
          },
        ),
      },
      '/connect-links/{linkId}': {
        parameters: [pathParameter('linkId', 'A connect link id (lnk_...).')],
        get: operation(
          'getConnectLink',
          'What a connect link is for and whether it can still be used.',
          'Connect links',
          {
            responses: { ...ok('The link.', schema('ConnectLink')), ...errors(404) },
          },
        ),
      },
      '/toolkits': {
        get: operation('listToolkits', 'Every toolkit in the catalog.', 'Catalog', {
          responses: { ...ok('Toolkits.', list('Toolkit')), ...errors() },
        }),
        post: operation(
          'registerToolkit',
          'Store a toolkit (HTTP tools only, e.g. made by fromOpenAPI) so every instance and restart has it; replaces a stored toolkit of the same slug. Bodies up to 16 MiB.',
          'Catalog',
          {
            requestBody: jsonBody({
              type: 'object',
              required: ['toolkit'],
              properties: {
                toolkit: {
                  type: 'object',
                  description:
                    'A toolkit definition: slug, name, baseUrl, auth, tools with request mappings.',
                },
                source: { type: 'string', description: 'Where it came from, shown in listings.' },
              },
            }),
            responses: {
              ...ok('The stored toolkit.', schema('Toolkit'), '201'),
              ...errors(400, 409, 413),
            },
          },
        ),
      },
      '/toolkits/{slug}': {
        parameters: [slug],
        get: operation('getToolkit', 'One toolkit.', 'Catalog', {
          responses: { ...ok('The toolkit.', schema('Toolkit')), ...errors(404) },
        }),
        delete: operation(
          'deleteToolkit',
          'Delete a stored toolkit everywhere (built-in and catalog toolkits cannot be deleted: 409).',
          'Catalog',
          {
            responses: { ...noContent, ...errors(404, 409) },
          },
        ),
      },
      '/tools': {
        get: operation('listTools', 'Tools of the catalog.', 'Catalog', {
          parameters: [
            query('toolkit', 'Only this toolkit’s tools.'),
            query('search', 'Plain-words filter.'),
          ],
          responses: { ...ok('Tools.', list('Tool')), ...errors(404) },
        }),
      },
      '/tools/{slug}': {
        parameters: [slug],
        get: operation('getTool', 'One tool with its schemas.', 'Catalog', {
          responses: { ...ok('The tool.', schema('Tool')), ...errors(404) },
        }),
      },
      '/tools/{slug}/execute': {
        parameters: [slug],
        post: operation('executeTool', 'Run a tool for a user outside any session.', 'Catalog', {
          requestBody: jsonBody({
            type: 'object',
            required: ['userId'],
            properties: { userId: { type: 'string' }, arguments: {}, account: { type: 'string' } },
          }),
          responses: { ...ok('The result.', schema('ToolExecutionResult')), ...errors(400) },
        }),
      },
      '/auth-configs': {
        post: operation(
          'createAuthConfig',
          'Add how a toolkit’s users authenticate (an OAuth app, or typed-in keys).',
          'Auth configs',
          {
            requestBody: jsonBody(schema('CreateAuthConfig')),
            responses: { ...ok('The auth config.', schema('AuthConfig'), '201'), ...errors(400, 404) },
          },
        ),
        get: operation('listAuthConfigs', 'List auth configs.', 'Auth configs', {
          parameters: [query('toolkit', 'Only this toolkit’s.')],
          responses: { ...ok('Auth configs.', list('AuthConfig')), ...errors() },
        }),
      },
      '/auth-configs/{id}': {
        parameters: [id],
        get: operation('getAuthConfig', 'Read an auth config.', 'Auth configs', {
          responses: { ...ok('The auth config.', schema('AuthConfig')), ...errors(404) },
        }),
        patch: operation('updateAuthConfig', 'Change an auth config.', 'Auth configs', {
          requestBody: jsonBody(schema('UpdateAuthConfig')),
          responses: { ...ok('The auth config.', schema('AuthConfig')), ...errors(400, 404) },
        }),
        delete: operation(
          'deleteAuthConfig',
          'Delete an auth config and every account on it.',
          'Auth configs',
          {
            responses: { ...noContent, ...errors(404) },
          },
        ),
      },
      '/connected-accounts': {
        post: operation(
          'createConnectedAccount',
          'Import credentials a user already holds as an ACTIVE account.',
          'Connected accounts',
          {
            requestBody: jsonBody(schema('CreateConnectedAccount')),
            responses: {
              ...ok('The account (never its credentials).', schema('ConnectedAccount'), '201'),
              ...errors(400, 404, 409),
            },
          },
        ),
        get: operation(
          'listConnectedAccounts',
          'List connected accounts, newest first.',
          'Connected accounts',
          {
            parameters: [
              query('userId', 'Only this user’s.'),
              query('toolkit', 'Only this toolkit’s.'),
              query('authConfigId', 'Only accounts on this auth config.'),
              query('status', 'Comma-separated statuses.'),
            ],
            responses: { ...ok('Accounts.', list('ConnectedAccount')), ...errors(400) },
          },
        ),
      },
      '/connected-accounts/{id}': {
        parameters: [id],
        get: operation('getConnectedAccount', 'Read a connected account.', 'Connected accounts', {
          responses: { ...ok('The account.', schema('ConnectedAccount')), ...errors(404) },
        }),
        delete: operation('deleteConnectedAccount', 'Delete a connected account.', 'Connected accounts', {
          responses: { ...noContent, ...errors(404) },
        }),
      },
      '/connected-accounts/{id}/enable': {
        parameters: [id],
        post: operation(
          'enableConnectedAccount',
          'Make a disabled (INACTIVE) account usable again.',
          'Connected accounts',
          {
            responses: { ...ok('The account.', schema('ConnectedAccount')), ...errors(400, 404) },
          },
        ),
      },
      '/connected-accounts/{id}/disable': {
        parameters: [id],
        post: operation(
          'disableConnectedAccount',
          'Keep the account but stop every session from using it.',
          'Connected accounts',
          {
            responses: { ...ok('The account.', schema('ConnectedAccount')), ...errors(400, 404) },
          },
        ),
      },
      '/logs': {
        get: operation('listLogs', 'Tool executions, newest first.', 'Logs', {
          parameters: [
            query('userId', 'Only this user’s.'),
            query('sessionId', 'Only this session’s.'),
            query('toolkit', 'Only this toolkit’s.'),
            query('toolSlug', 'Only this tool’s.'),
            query('successful', 'Only successes (true) or failures (false).', { type: 'boolean' }),
            query(
              'since',
              'Only calls at or after this ISO 8601 time (`2026-12-03`, `2026-12-03T17:00:00Z`).',
              {
                type: 'string',
              },
            ),
            query('until', 'Only calls before this ISO 8601 time.', { type: 'string' }),
            query('limit', 'Page size, 1 to 500 (default 50).', { type: 'integer' }),
            query('cursor', 'nextCursor of the previous page.'),
          ],
          responses: {
            ...ok('One page.', {
              type: 'object',
              required: ['items', 'nextCursor'],
              properties: {
                items: { type: 'array', items: schema('ExecutionLog') },
                nextCursor: { type: ['string', 'null'] },
              },
            }),
            ...errors(400),
          },
        }),
      },
      '/logs/{id}': {
        parameters: [id],
        get: operation(
          'getLog',
          'One tool execution with its arguments and result (redacted: secret-looking keys masked, the account’s credential values replaced; capped at 16 KB each). `null` when payload logging is off.',
          'Logs',
          { responses: { ...ok('The execution.', schema('ExecutionLogDetail')), ...errors(404) } },
        ),
      },
      ...REMOTE_MODE_PATHS,
    },
    components: {
      securitySchemes: {
        adminKey: { type: 'http', scheme: 'bearer', description: 'The admin API key (TOOLROUTER_API_KEY).' },
      },
      responses: {
        Error: {
          description: 'An error with a stable code.',
          content: { 'application/json': { schema: schema('Error') } },
        },
      },
      schemas: OPENAPI_SCHEMAS,
    },
  };
}
