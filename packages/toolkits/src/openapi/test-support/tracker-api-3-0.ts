import type { OpenAPIDocument } from '../openapi-types.ts';

/** A small OpenAPI 3.0 document that exercises what real descriptions do: refs, cycles, nullable, odd bodies. */
export const trackerApi30: OpenAPIDocument = {
  openapi: '3.0.3',
  info: { title: 'Tracker API', version: '1.0.0' },
  servers: [{ url: 'https://{region}.tracker.example/api/', variables: { region: { default: 'eu' } } }],
  security: [{ oauth: ['issues:read'] }, { key: [] }],
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      basicAuth: { type: 'http', scheme: 'basic' },
      key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      cookieKey: { type: 'apiKey', in: 'cookie', name: 'sid' },
      oidc: { type: 'openIdConnect' },
      oauth: {
        type: 'oauth2',
        flows: {
          authorizationCode: {
            authorizationUrl: 'https://tracker.example/oauth/authorize',
            tokenUrl: 'https://tracker.example/oauth/token',
            scopes: { 'issues:read': 'Read issues', 'issues:write': 'Write issues' },
          },
        },
      },
    },
    parameters: {
      owner: {
        name: 'owner',
        in: 'path',
        required: true,
        schema: { type: 'string' },
        description: 'Project owner.',
      },
      perPage: {
        name: 'per_page',
        in: 'query',
        schema: { type: 'integer', default: 30, maximum: 100 },
        description: 'Results per page. See [pagination](https://docs.tracker.example/pagination).',
      },
    },
    requestBodies: {
      treeBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
      },
    },
    schemas: {
      Label: {
        type: 'object',
        'x-internal': true,
        example: { name: 'bug' },
        properties: {
          name: { type: 'string' },
          color: { type: 'string', nullable: true, pattern: '^[0-9a-f]{6}$' },
        },
        required: ['name', 'name'],
      },
      User: { type: 'object', properties: { login: { type: 'string', format: 'email' } } },
      Base: {
        type: 'object',
        properties: {
          id: { type: 'integer', readOnly: true },
          created: { type: 'string', format: 'date-time' },
        },
        required: ['id'],
      },
      IssueInput: {
        allOf: [
          { $ref: '#/components/schemas/Base' },
          {
            type: 'object',
            properties: {
              title: { type: 'string', description: 'Issue **title**.' },
              labels: { type: 'array', items: { $ref: '#/components/schemas/Label' } },
              assignee: { allOf: [{ $ref: '#/components/schemas/User' }], nullable: true },
              priority: { type: 'integer', minimum: 1, maximum: 5, exclusiveMaximum: true },
              kind: {
                oneOf: [{ type: 'string', enum: ['bug', 'feature'] }, { type: 'integer' }],
                discriminator: { propertyName: 'kind' },
              },
              state: { enum: ['open', 'closed'], nullable: true },
            },
            required: ['title'],
          },
        ],
      },
      Node: {
        type: 'object',
        properties: {
          owner: { type: 'string', description: 'Who owns the node.' },
          name: { type: 'string' },
          children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
        },
        required: ['name'],
      },
    },
  },
  paths: {
    '/projects/{owner}/issues': {
      parameters: [{ $ref: '#/components/parameters/owner' }],
      get: {
        operationId: 'listIssues',
        tags: ['issues'],
        summary: 'List issues',
        description:
          'Lists the issues of a project.\n\nSee [the guide](https://docs.tracker.example/issues) <b>first</b>.',
        parameters: [
          { $ref: '#/components/parameters/perPage' },
          {
            name: 'labels',
            in: 'query',
            schema: { type: 'array', items: { type: 'string' } },
            style: 'form',
          } as never,
          { name: 'X-Request-Id', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'Accept', in: 'header', schema: { type: 'string' } },
          { name: 'session', in: 'cookie', schema: { type: 'string' } },
        ],
      },
      post: {
        operationId: 'issues/create',
        tags: ['issues'],
        summary: 'Create an issue',
        parameters: [{ name: 'notify', in: 'query', schema: { type: 'boolean' } }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/IssueInput' } } },
        },
      },
    },
    '/projects/{owner}/issues/{number}': {
      parameters: [{ $ref: '#/components/parameters/owner' }],
      delete: {
        operationId: 'issues.delete',
        tags: ['issues'],
        summary: 'Delete an issue',
        deprecated: true,
        parameters: [{ name: 'number', in: 'path', schema: { type: 'integer' } }],
      },
    },
    '/projects/{owner}/issues/{number}/labels': {
      put: {
        operationId: 'setLabels',
        tags: ['labels'],
        summary: 'Replace the labels of an issue',
        parameters: [{ $ref: '#/components/parameters/owner' }],
        requestBody: {
          description: 'Label names.',
          content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
        },
      },
    },
    '/projects/{owner}/tree': {
      parameters: [{ $ref: '#/components/parameters/owner' }],
      post: {
        operationId: 'createTree',
        summary: 'Create a tree',
        requestBody: { $ref: '#/components/requestBodies/treeBody' },
      },
    },
    '/projects/{owner}/attachments': {
      parameters: [{ $ref: '#/components/parameters/owner' }],
      post: {
        operationId: 'attachments/upload',
        requestBody: {
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
      },
    },
    '/projects/{owner}/forms': {
      parameters: [{ $ref: '#/components/parameters/owner' }],
      post: {
        operationId: 'submitForm',
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': {
              schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
            },
          },
        },
      },
    },
    '/projects/{owner}/search': {
      parameters: [{ $ref: '#/components/parameters/owner' }],
      post: {
        operationId: 'search',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  {
                    type: 'object',
                    properties: { query: { type: 'string' }, limit: { type: 'integer' } },
                    required: ['query', 'limit'],
                  },
                  {
                    type: 'object',
                    properties: {
                      ids: { type: 'array', items: { type: 'integer' } },
                      limit: { type: 'integer' },
                    },
                    required: ['ids', 'limit'],
                  },
                  { type: 'string' },
                ],
              },
            },
          },
        },
      },
    },
    '/projects/{owner}/archive': {
      post: { operationId: 'archive', servers: [{ url: 'https://uploads.tracker.example' }] },
    },
    '/health': {
      head: { summary: 'Check health' },
      options: { operationId: 'healthOptions' },
    },
  },
};
