import { describe, expect, it } from 'vitest';
import { findOpenAPIProblem } from './find-openapi-problem.ts';

const petstore = () => ({
  openapi: '3.0.3',
  info: { title: 'Petstore', version: '1' },
  servers: [{ url: 'https://pets.example.com/v1' }],
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        parameters: [{ $ref: '#/components/parameters/limit' }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    parameters: { limit: { name: 'limit', in: 'query', schema: { $ref: '#/components/schemas/Limit' } } },
    schemas: { Limit: { type: 'integer' } },
  },
});

describe('findOpenAPIProblem', () => {
  it('accepts an importable document', () => {
    expect(findOpenAPIProblem(petstore())).toBeUndefined();
  });

  it('names a dangling $ref by its place in the document', () => {
    const document = petstore();
    document.paths['/pets'].get.parameters = [{ $ref: '#/components/parameters/x' }];
    expect(findOpenAPIProblem(document)).toBe(
      "paths./pets.get.parameters[0]: $ref '#/components/parameters/x' does not resolve",
    );
  });

  it('follows references into components and names the broken one there', () => {
    const document = petstore();
    document.components.parameters.limit.schema = { $ref: '#/components/schemas/Missing' };
    expect(findOpenAPIProblem(document)).toBe(
      "components.parameters.limit.schema: $ref '#/components/schemas/Missing' does not resolve",
    );
  });

  it('refuses references to other files', () => {
    const document = petstore();
    document.paths['/pets'].get.parameters = [{ $ref: 'common.yaml#/limit' }];
    expect(findOpenAPIProblem(document)).toMatch(
      /^paths\.\/pets\.get\.parameters\[0\]: \$ref 'common.yaml#\/limit' points outside/,
    );
  });

  it('names Swagger 2, other versions, a non-object and a missing version', () => {
    expect(findOpenAPIProblem({ swagger: '2.0', paths: {} })).toMatch(/^swagger: a Swagger 2.0 document/);
    expect(findOpenAPIProblem({ ...petstore(), openapi: '4.0.0' })).toBe(
      "openapi: version '4.0.0' is not 3.0 or 3.1",
    );
    expect(findOpenAPIProblem([1, 2])).toMatch(/^not an OpenAPI document/);
    expect(findOpenAPIProblem({ paths: {} })).toMatch(
      /^openapi: missing; not an OpenAPI 3.x or Swagger 2 document/,
    );
  });

  it('needs operations and an absolute server URL unless a base URL is given', () => {
    expect(findOpenAPIProblem({ ...petstore(), paths: {} })).toBe('paths: the document has no operations');
    const relative = { ...petstore(), servers: [{ url: '/v1' }] };
    expect(findOpenAPIProblem(relative)).toMatch(/^servers: no absolute servers\[0\]\.url/);
    expect(findOpenAPIProblem(relative, { baseUrl: 'https://pets.example.com' })).toBeUndefined();
  });
});
