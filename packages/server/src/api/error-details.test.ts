import * as core from '@toolrouter/core';
import { rebuildError } from '@toolrouter/core/internal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

type ErrorClass = (new (fields: never) => core.ToolRouterError) & { isInstance(error: unknown): boolean };

/** Every typed error core exports, except the root and the remote client's own. */
const errorClasses = (Object.entries(core) as Array<[string, unknown]>).filter(
  (entry): entry is [string, ErrorClass] =>
    typeof entry[1] === 'function' &&
    entry[1].prototype instanceof core.ToolRouterError &&
    entry[1] !== core.RemoteApiError,
);

/** Field values for any error's constructor: each class takes the ones it has. */
const FIELDS = {
  message: 'Something specific went wrong; do this next.',
  field: 'config.toolkits',
  sessionId: 'ses_1',
  connectedAccountId: 'ca_1',
  authConfigId: 'ac_1',
  linkId: 'lnk_1',
  userId: 'alice',
  toolkit: 'echo',
  toolSlug: 'ECHO_GET',
  suggestions: ['ECHO_GET'],
  issues: [{ field: 'id', message: 'id is required.' }],
  status: 'EXPIRED',
  timeoutMs: 5000,
  expectedConfigVersion: 1,
  actualConfigVersion: 2,
  error: 'invalid_grant',
  redirectUrl: 'https://tools.example.com/connect/lnk_1',
  address: '169.254.169.254',
  reason: 'metadata',
};

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

describe('errors over the REST API', () => {
  it('finds the typed errors to check', () => {
    expect(errorClasses.map(([name]) => name)).toEqual(
      expect.arrayContaining(['SessionNotFoundError', 'ValidationError', 'ToolTimeoutError']),
    );
    expect(errorClasses.length).toBeGreaterThanOrEqual(20);
  });

  it.each(errorClasses)(
    '%s arrives as itself: same class, code, message and fields',
    async (_, ErrorClass) => {
      const thrown = new ErrorClass(FIELDS as never);
      // Any route will do: this one throws what the router throws.
      test.router.toolkits.get = async () => {
        throw thrown;
      };
      const response = await test.admin('/api/v1/toolkits/anything');
      const rebuilt = rebuildError(response.status, await response.json());
      expect(ErrorClass.isInstance(rebuilt)).toBe(true);
      expect(core.ToolRouterError.isInstance(rebuilt)).toBe(true);
      expect({ ...rebuilt }).toEqual({ ...thrown });
      expect(rebuilt.message).toBe(thrown.message);
    },
  );

  it('keeps non-toolrouter errors bare, without details', async () => {
    test.router.toolkits.get = async () => {
      throw Object.assign(new Error('SELECT secret FROM somewhere'), { secret: 'value' });
    };
    const response = await test.admin('/api/v1/toolkits/anything');
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      error: { code: 'INTERNAL_ERROR', message: 'The server failed to handle this request.' },
    });
    expect(core.RemoteApiError.isInstance(rebuildError(500, body))).toBe(true);
  });
});
