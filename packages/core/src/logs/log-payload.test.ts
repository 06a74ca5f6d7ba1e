import { describe, expect, it } from 'vitest';
import { isSecretKey, logPayloadText, readLogPayload } from './log-payload.ts';

describe('logPayloadText', () => {
  it.each([
    ['Authorization', true],
    ['x-api-key', true],
    ['apiKey', true],
    ['client_secret', true],
    ['access_token', true],
    ['refreshToken', true],
    ['Set-Cookie', true],
    ['password', true],
    ['credentials', true],
    ['max_tokens', false],
    ['title', false],
    ['author', false],
    ['session_id', false],
  ])('treats the key %s as secret: %s', (key, secret) => {
    expect(isSecretKey(key)).toBe(secret);
  });

  it('masks secret keys at any depth and replaces credential values in any field', () => {
    const text = logPayloadText(
      { items: [{ token: { nested: 1 } }], note: 'sk_live_ABCDEFGH in text', headers: { cookie: '' } },
      { secrets: ['sk_live_ABCDEFGH'], maxBytes: 1000 },
    );
    expect(readLogPayload(text)).toEqual({
      truncated: false,
      value: {
        items: [{ token: '[REDACTED]' }],
        note: '[REDACTED] in text',
        headers: { cookie: '[REDACTED]' },
      },
    });
  });

  it('keeps values JSON cannot hold as a note instead of failing the call', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const payload = readLogPayload(logPayloadText(circular, { secrets: [], maxBytes: 1000 }));
    expect(payload).toMatchObject({ truncated: false, value: expect.stringMatching(/^\[not serializable/) });
    expect(readLogPayload(null)).toBeNull();
  });
});
