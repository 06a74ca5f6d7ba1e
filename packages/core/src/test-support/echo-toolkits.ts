import { defineToolkit } from '@toolrouter/toolkits';

const tools = (prefix: string) => [
  {
    slug: `${prefix}_GET`,
    name: 'Get a thing',
    description: 'Gets a thing by id.',
    inputSchema: {
      type: 'object',
      properties: { id: { type: 'string' }, verbose: { type: 'boolean' } },
      required: ['id'],
      additionalProperties: false,
    },
    tags: ['readOnlyHint' as const],
    request: { method: 'GET' as const, path: '/things/{id}' },
  },
  {
    slug: `${prefix}_CREATE`,
    name: 'Create a thing',
    description: 'Creates a thing.',
    inputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
    request: { method: 'POST' as const, path: '/things' },
  },
  {
    slug: `${prefix}_DELETE`,
    name: 'Delete a thing',
    description: 'Deletes a thing by id.',
    inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
    tags: ['destructiveHint' as const, 'idempotentHint' as const],
    request: { method: 'DELETE' as const, path: '/things/{id}' },
  },
];

/** An API-key toolkit for tests (the key goes in `x-api-key`). */
export const echoToolkit = defineToolkit({
  slug: 'echo',
  name: 'Echo',
  description: 'A test API that says which account called it.',
  baseUrl: 'https://echo.invalid',
  auth: [{ mode: 'api_key', in: 'header', name: 'x-api-key' }],
  tools: tools('ECHO'),
});

/** An OAuth2-only toolkit for tests. */
export const oauthEchoToolkit = defineToolkit({
  slug: 'oauthecho',
  name: 'OAuth Echo',
  description: 'A test API behind OAuth 2.',
  baseUrl: 'https://oauth-echo.invalid',
  auth: [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://oauth-echo.invalid/authorize',
      tokenUrl: 'https://oauth-echo.invalid/token',
      scopes: ['read'],
    },
  ],
  tools: tools('OAUTHECHO'),
});

/** A public toolkit for tests. */
export const publicEchoToolkit = defineToolkit({
  slug: 'publicecho',
  name: 'Public Echo',
  description: 'A test API without auth.',
  baseUrl: 'https://public-echo.invalid',
  auth: [{ mode: 'none' }],
  tools: tools('PUBLICECHO'),
});
