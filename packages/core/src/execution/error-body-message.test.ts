import { describe, expect, it } from 'vitest';
import { errorBodyMessage } from './error-body-message.ts';

describe('errorBodyMessage', () => {
  it.each([
    [{ message: ' Bad credentials ' }, 'Bad credentials'],
    [{ error: { message: 'Token expired' } }, 'Token expired'],
    [{ error_description: 'The grant is invalid', error: 'invalid_grant' }, 'The grant is invalid'],
    [{ error: 'invalid_auth', ok: false }, 'invalid_auth'],
    [{ errors: [{ message: 'Field missing' }] }, 'Field missing'],
    [{ detail: 'Not allowed', title: 'Forbidden' }, 'Not allowed'],
    [{ title: 'Forbidden' }, 'Forbidden'],
    [{ message: '   ', detail: 'The second candidate' }, 'The second candidate'],
  ])('reads %j as %j', (body, message) => {
    expect(errorBodyMessage(body)).toBe(message);
  });

  it('keeps the first 500 characters of a plain-text body', () => {
    expect(errorBodyMessage(`  ${'x'.repeat(600)}  `)).toBe('x'.repeat(500));
    expect(errorBodyMessage('Service Unavailable')).toBe('Service Unavailable');
  });

  it('has no message for bodies without one', () => {
    for (const body of [null, undefined, '', '   ', 42, {}, { message: 7 }, { errors: [] }]) {
      expect(errorBodyMessage(body)).toBeUndefined();
    }
  });
});
