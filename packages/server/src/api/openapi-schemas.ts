import { CONNECTED_ACCOUNT_STATUSES, SESSION_CONFIG_SCHEMA } from '@toolrouter/core';
import { TAGS } from '@toolrouter/toolkits';

/** `components.schemas` of the REST API's OpenAPI document (JSON Schema 2020-12, as OpenAPI 3.1 uses). */
export const OPENAPI_SCHEMAS: Record<string, Record<string, unknown>> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', description: 'Stable machine-readable code, e.g. SESSION_NOT_FOUND.' },
          message: { type: 'string', description: 'What went wrong and what to do next.' },
          field: { type: 'string', description: 'The offending field, for validation errors.' },
          details: {
            type: 'object',
            description:
              'The data of a toolrouter error beside its message, e.g. `{ sessionId, expectedConfigVersion, actualConfigVersion }`; never a secret. Remote-mode clients rebuild the typed error from it.',
          },
        },
      },
    },
  },
  Tag: { type: 'string', enum: [...TAGS] },
  AuthMode: { type: 'string', enum: ['oauth2', 'api_key', 'bearer', 'basic', 'none'] },
  ConnectedAccountStatus: { type: 'string', enum: [...CONNECTED_ACCOUNT_STATUSES] },
  // The schema core validates every config with: one description, no copy of its enums here.
  SessionConfig: SESSION_CONFIG_SCHEMA,
  SessionConfigHistoryEntry: {
    type: 'object',
    required: ['configVersion', 'config', 'createdAt'],
    properties: {
      configVersion: { type: 'integer' },
      config: { $ref: '#/components/schemas/SessionConfig' },
      createdAt: { type: 'string', format: 'date-time' },
    },
  },
  UsableAccount: {
    type: 'object',
    description: 'An account a call may name in `account` (id or alias).',
    required: ['id', 'alias', 'label'],
    properties: {
      id: { type: 'string' },
      alias: { type: ['string', 'null'] },
      label: { type: ['string', 'null'], description: 'Who it is at the vendor: login, email, workspace.' },
    },
  },
  Session: {
    type: 'object',
    required: ['sessionId', 'userId', 'config', 'configVersion', 'mcp', 'createdAt', 'updatedAt'],
    properties: {
      sessionId: { type: 'string', examples: ['ses_01J...'] },
      userId: { type: 'string' },
      config: { $ref: '#/components/schemas/SessionConfig' },
      configVersion: {
        type: 'integer',
        description: 'Increments on every update; send it back as expectedConfigVersion.',
      },
      mcp: {
        type: 'object',
        required: ['type', 'url', 'headers'],
        properties: {
          type: { const: 'http' },
          url: { type: 'string', format: 'uri' },
          headers: {
            type: 'object',
            properties: {
              Authorization: { type: 'string', description: "Bearer <the session's own MCP token>" },
            },
          },
        },
      },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  Tool: {
    type: 'object',
    required: ['slug', 'name', 'description', 'toolkit', 'inputSchema', 'tags', 'kind'],
    properties: {
      slug: { type: 'string', examples: ['GITHUB_ISSUES_CREATE'] },
      name: { type: 'string' },
      description: { type: 'string' },
      toolkit: { type: 'string' },
      inputSchema: { type: 'object', description: 'JSON Schema of the arguments.' },
      outputSchema: { type: 'object' },
      tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
      kind: { type: 'string', enum: ['http', 'handler', 'custom', 'meta'] },
    },
  },
  Toolkit: {
    type: 'object',
    required: ['slug', 'name', 'description', 'categories', 'authModes', 'isNoAuth', 'toolCount'],
    properties: {
      slug: { type: 'string', examples: ['github'] },
      name: { type: 'string' },
      description: { type: 'string' },
      logo: { type: 'string' },
      categories: { type: 'array', items: { type: 'string' } },
      authModes: { type: 'array', items: { $ref: '#/components/schemas/AuthMode' } },
      isNoAuth: { type: 'boolean' },
      toolCount: { type: 'integer' },
      stored: {
        type: 'object',
        description: 'Set for a toolkit stored with POST /toolkits (toolrouter toolkits import).',
        required: ['source', 'createdAt', 'updatedAt'],
        properties: {
          source: { type: ['string', 'null'] },
          createdAt: { type: 'string', format: 'date-time' },
          updatedAt: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
  SessionToolkitsPage: {
    type: 'object',
    required: ['items', 'nextCursor', 'totalPages'],
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['slug', 'name', 'isNoAuth'],
          properties: {
            slug: { type: 'string' },
            name: { type: 'string' },
            logo: { type: 'string' },
            isNoAuth: { type: 'boolean' },
            connection: {
              type: 'object',
              properties: {
                isActive: { type: 'boolean' },
                authConfig: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    mode: { $ref: '#/components/schemas/AuthMode' },
                    isManaged: { type: 'boolean' },
                  },
                },
                connectedAccount: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    status: { $ref: '#/components/schemas/ConnectedAccountStatus' },
                  },
                },
              },
            },
          },
        },
      },
      nextCursor: { type: ['string', 'null'] },
      totalPages: { type: 'integer' },
    },
  },
  SearchResult: {
    type: 'object',
    required: ['slug', 'name', 'description', 'toolkit', 'inputSchema', 'score', 'isConnected'],
    properties: {
      slug: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      toolkit: { type: 'string' },
      inputSchema: { type: 'object' },
      score: { type: 'number' },
      isConnected: { type: 'boolean' },
      accounts: { type: 'array', items: { $ref: '#/components/schemas/UsableAccount' } },
    },
  },
  ToolExecutionResult: {
    type: 'object',
    description:
      'A tool problem (bad arguments, upstream 4xx/5xx, no connection) is a result with successful=false, not an HTTP error.',
    required: ['data', 'error', 'successful', 'logId'],
    properties: {
      data: {},
      error: { type: ['string', 'null'] },
      successful: { type: 'boolean' },
      logId: { type: 'string' },
    },
  },
  ConnectionRequest: {
    type: 'object',
    required: ['id', 'status', 'redirectUrl', 'linkId', 'expiresAt'],
    properties: {
      id: {
        type: 'string',
        description: 'The connected account (ca_...) that becomes ACTIVE when the user finishes.',
      },
      status: { const: 'INITIATED' },
      redirectUrl: {
        type: 'string',
        format: 'uri',
        description: 'The hosted connect page; single use, valid 10 minutes.',
      },
      linkId: { type: 'string' },
      expiresAt: { type: 'string', format: 'date-time' },
    },
  },
  ConnectLink: {
    type: 'object',
    required: ['id', 'toolkit', 'toolkitName', 'mode', 'fields', 'status', 'expiresAt'],
    properties: {
      id: { type: 'string' },
      toolkit: { type: 'string' },
      toolkitName: { type: 'string' },
      logo: { type: 'string' },
      mode: { $ref: '#/components/schemas/AuthMode' },
      fields: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'label', 'secret'],
          properties: { name: { type: 'string' }, label: { type: 'string' }, secret: { type: 'boolean' } },
        },
      },
      help: { type: 'string' },
      status: { type: 'string', enum: ['pending', 'expired', 'used'] },
      expiresAt: { type: 'string', format: 'date-time' },
    },
  },
  AuthConfig: {
    type: 'object',
    required: [
      'id',
      'toolkit',
      'mode',
      'name',
      'isManaged',
      'isDefault',
      'createdBy',
      'scopes',
      'hasCredentials',
      'verifyCredentials',
      'createdAt',
      'updatedAt',
    ],
    properties: {
      id: { type: 'string', examples: ['ac_01J...'] },
      toolkit: { type: 'string' },
      mode: { $ref: '#/components/schemas/AuthMode' },
      name: { type: 'string' },
      isManaged: { type: 'boolean' },
      isDefault: { type: 'boolean' },
      createdBy: { type: 'string', enum: ['router', 'operator'] },
      scopes: { type: 'array', items: { type: 'string' } },
      hasCredentials: {
        type: 'boolean',
        description: 'App credentials are stored; their values are never returned.',
      },
      verifyCredentials: {
        type: 'boolean',
        description: "Typed-in credentials pass the toolkit's check request before they are stored.",
      },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  AuthConfigCredentials: {
    type: 'object',
    required: ['clientId'],
    properties: { clientId: { type: 'string' }, clientSecret: { type: 'string' } },
  },
  CreateAuthConfig: {
    type: 'object',
    required: ['toolkit', 'mode'],
    properties: {
      toolkit: { type: 'string' },
      mode: { $ref: '#/components/schemas/AuthMode' },
      name: { type: 'string' },
      credentials: { $ref: '#/components/schemas/AuthConfigCredentials' },
      scopes: { type: 'array', items: { type: 'string' } },
      isDefault: { type: 'boolean' },
      verifyCredentials: { type: 'boolean', default: true },
    },
  },
  UpdateAuthConfig: {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string' },
      credentials: { $ref: '#/components/schemas/AuthConfigCredentials' },
      scopes: { type: 'array', items: { type: 'string' } },
      isDefault: { type: 'boolean' },
      verifyCredentials: { type: 'boolean', default: true },
    },
  },
  ConnectedAccount: {
    type: 'object',
    required: [
      'id',
      'userId',
      'toolkit',
      'authConfigId',
      'status',
      'statusReason',
      'alias',
      'label',
      'expiresAt',
      'connectedAt',
      'createdAt',
      'updatedAt',
    ],
    properties: {
      id: { type: 'string', examples: ['ca_01J...'] },
      userId: { type: 'string' },
      toolkit: { type: 'string' },
      authConfigId: { type: 'string' },
      status: { $ref: '#/components/schemas/ConnectedAccountStatus' },
      statusReason: { type: ['string', 'null'] },
      alias: { type: ['string', 'null'] },
      label: {
        type: ['string', 'null'],
        description: 'Who the account is at the vendor (login, email, workspace), from its check request.',
      },
      expiresAt: { type: ['string', 'null'], format: 'date-time' },
      connectedAt: { type: ['string', 'null'], format: 'date-time' },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  CreateConnectedAccount: {
    type: 'object',
    required: ['userId', 'authConfigId', 'credentials'],
    properties: {
      userId: { type: 'string' },
      authConfigId: { type: 'string' },
      credentials: {
        description: 'Stored encrypted, never returned.',
        oneOf: [
          { type: 'object', required: ['apiKey'], properties: { apiKey: { type: 'string' } } },
          { type: 'object', required: ['token'], properties: { token: { type: 'string' } } },
          {
            type: 'object',
            required: ['username', 'password'],
            properties: { username: { type: 'string' }, password: { type: 'string' } },
          },
          {
            type: 'object',
            required: ['accessToken'],
            properties: {
              accessToken: { type: 'string' },
              refreshToken: { type: 'string' },
              expiresAt: { type: 'string', format: 'date-time' },
              tokenType: { type: 'string' },
              scope: { type: 'string' },
            },
          },
        ],
      },
      alias: { type: 'string' },
    },
  },
  ExecutionLog: {
    type: 'object',
    required: [
      'id',
      'sessionId',
      'userId',
      'toolkit',
      'toolSlug',
      'connectedAccountId',
      'successful',
      'error',
      'statusCode',
      'durationMs',
      'createdAt',
    ],
    properties: {
      id: { type: 'string', examples: ['log_01J...'] },
      sessionId: { type: ['string', 'null'] },
      userId: { type: 'string' },
      toolkit: { type: 'string' },
      toolSlug: { type: 'string' },
      connectedAccountId: { type: ['string', 'null'] },
      successful: { type: 'boolean' },
      error: { type: ['string', 'null'] },
      statusCode: { type: ['integer', 'null'] },
      durationMs: { type: 'number' },
      createdAt: { type: 'string', format: 'date-time' },
    },
  },
  LogPayload: {
    description:
      'Arguments or a result as the log keeps them: the redacted value, or past the cap the start of its JSON text and its whole size.',
    oneOf: [
      {
        type: 'object',
        required: ['truncated', 'value'],
        properties: { truncated: { const: false }, value: {} },
      },
      {
        type: 'object',
        required: ['truncated', 'preview', 'bytes'],
        properties: {
          truncated: { const: true },
          preview: { type: 'string' },
          bytes: { type: 'integer' },
        },
      },
    ],
  },
  ExecutionLogDetail: {
    allOf: [
      { $ref: '#/components/schemas/ExecutionLog' },
      {
        type: 'object',
        required: ['arguments', 'result'],
        properties: {
          arguments: { oneOf: [{ $ref: '#/components/schemas/LogPayload' }, { type: 'null' }] },
          result: { oneOf: [{ $ref: '#/components/schemas/LogPayload' }, { type: 'null' }] },
        },
      },
    ],
  },
};
