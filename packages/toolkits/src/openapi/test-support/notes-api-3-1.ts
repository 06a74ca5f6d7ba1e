import type { OpenAPIDocument } from '../openapi-types.ts';

/** A small OpenAPI 3.1 document: JSON Schema 2020-12 types, `$ref` with siblings, boolean schemas, no auth. */
export const notesApi31: OpenAPIDocument = {
  openapi: '3.1.0',
  info: { title: 'Notes API', version: '2.0.0' },
  servers: [{ url: 'https://notes.example/v1' }],
  components: {
    schemas: {
      Note: {
        type: 'object',
        properties: {
          text: { type: ['string', 'null'], examples: ['Buy milk'] },
          tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 10 },
          parent: { $ref: '#/components/schemas/Note', description: 'The note this one answers.' },
          meta: { type: 'object', additionalProperties: { type: 'string' } },
          status: { const: 'draft' },
          anything: true,
          score: { type: 'number', exclusiveMinimum: 0 },
          color: { type: 'string', 'x-display': 'color-picker', patternProperties: { '^x': {} } },
          list: { type: 'array' },
        },
        required: ['text'],
      },
    },
    requestBodies: {
      note: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } },
      },
    },
  },
  paths: {
    '/notes': {
      post: {
        operationId: 'createNote',
        summary: 'Create a note',
        requestBody: { $ref: '#/components/requestBodies/note' },
      },
    },
    '/notes/{id}': {
      get: {
        operationId: 'getNote',
        summary: 'Get a note',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'filter[kind]', in: 'query', schema: { type: 'string', enum: ['a', 'b', 'a'] } },
        ],
      },
      patch: {
        operationId: 'updateNote',
        summary: 'Update a note',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          content: {
            'application/merge-patch+json': {
              schema: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' } } },
            },
          },
        },
      },
    },
    '/notes/{id}/history': {
      get: {
        operationId: 'get_note_history',
        summary: 'Note history',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { $ref: '#/components/schemas/Missing' } },
        ],
      },
    },
  },
};
