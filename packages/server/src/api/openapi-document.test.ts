import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { openApiDocument } from './openapi-document.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
});

afterAll(async () => {
  await test.close();
});

/** Every documented operation as `METHOD /api/v1/path/{param}`. */
function documentedOperations(): string[] {
  const operations: string[] = [];
  for (const [path, item] of Object.entries(openApiDocument().paths)) {
    for (const method of Object.keys(item).filter((key) => METHODS.includes(key)))
      operations.push(`${method.toUpperCase()} /api/v1${path}`);
  }
  return operations.sort();
}

describe('/api/v1/openapi.json', () => {
  it('is served without the admin key and is a valid OpenAPI 3.1 document', async () => {
    const response = await test.app.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = await response.json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    // Every $ref points at something that exists.
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('documents exactly the routes the app serves', () => {
    const served = test.app.routes
      .filter((route) => route.path.startsWith('/api/v1/') && METHODS.includes(route.method.toLowerCase()))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual(documentedOperations());
  });

  it('has every documented operation answer (no route-level 404 or 405)', async () => {
    const session = await test.router.create('alice');
    for (const operation of documentedOperations()) {
      const [method, template] = operation.split(' ') as [string, string];
      const path = template.replace('{sessionId}', session.sessionId).replace(/\{\w+\}/g, 'missing_id');
      const response = await test.admin(path, {
        method,
        ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
      });
      const body = response.status === 204 ? {} : await response.json();
      expect({ operation, status: response.status, code: body.error?.code }).not.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(response.status, operation).not.toBe(405);
      expect(response.status, operation).toBeLessThan(500);
    }
  });
});
