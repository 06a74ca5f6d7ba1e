import {
  ConflictError,
  SessionConfigConflictError,
  SessionNotFoundError,
  StoreError,
  ToolkitNotFoundError,
  ValidationError,
} from '@toolrouter/core';
import { describe, expect, it } from 'vitest';
import { HttpError } from './api-error.ts';
import { toErrorResponse } from './to-error-response.ts';

describe('toErrorResponse', () => {
  it('maps toolrouter errors to statuses by their code and keeps code, message and field', () => {
    const cases: Array<[Error, number, string]> = [
      [new ValidationError({ field: 'userId', message: 'userId is required.' }), 400, 'VALIDATION_ERROR'],
      [new SessionNotFoundError({ sessionId: 'ses_1' }), 404, 'SESSION_NOT_FOUND'],
      [
        new ToolkitNotFoundError({
          toolkit: 'nope',
          suggestions: [],
          message: "Toolkit 'nope' does not exist.",
        }),
        404,
        'TOOLKIT_NOT_FOUND',
      ],
      [new ConflictError({ message: 'alias taken' }), 409, 'CONFLICT'],
      [
        new SessionConfigConflictError({
          sessionId: 'ses_1',
          expectedConfigVersion: 1,
          actualConfigVersion: 2,
        }),
        409,
        'SESSION_CONFIG_CONFLICT',
      ],
      [new StoreError({ message: 'The store is closed.' }), 503, 'STORE_ERROR'],
    ];
    for (const [error, status, code] of cases) {
      const response = toErrorResponse(error);
      expect(response.status).toBe(status);
      expect(response.body.error).toMatchObject({ code, message: error.message });
    }
    expect(toErrorResponse(new ValidationError({ field: 'userId', message: 'x' })).body.error.field).toBe(
      'userId',
    );
  });

  it('answers anything else with a bare 500 and reports it, never echoing its message', () => {
    const reported: unknown[] = [];
    const error = new Error('connect ECONNREFUSED; SELECT * FROM connected_accounts WHERE credentials = ...');
    const response = toErrorResponse(error, (value) => reported.push(value));
    expect(response).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL_ERROR', message: 'The server failed to handle this request.' } },
    });
    expect(reported).toEqual([error]);
  });

  it('keeps the status of the HTTP layer’s own errors', () => {
    const response = toErrorResponse(
      new HttpError({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Too large.' }),
    );
    expect(response).toEqual({
      status: 413,
      body: { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Too large.' } },
    });
  });
});
