import { describe, expect, it } from 'vitest';
import { redactSecrets } from './read-response.ts';

const secret = 'sk_live_Q7d9Wm2PzX4vTn8Rk3Lb6Hc';

/** Every 8-character piece of `text` that is also a piece of some encoding of the secret at some offset. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (let prefix = 0; prefix < 3; prefix++) {
    const bytes = Buffer.concat([Buffer.alloc(prefix, 0x41), Buffer.from(secret)]);
    for (const encoded of [bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')]) {
      // Skip the characters that the prefix bytes share.
      const core = encoded.slice(Math.ceil((prefix * 8) / 6) + 1, -3);
      for (let start = 0; start + 8 <= core.length; start += 4) {
        const piece = core.slice(start, start + 8);
        if (text.includes(piece)) found.push(piece);
      }
    }
  }
  return found;
}

describe('redactSecrets and encoded secrets', () => {
  it('redacts the base64, base64url and hex forms of a secret, alone and inside longer encoded text', () => {
    const samples = [
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
      Buffer.from(secret).toString('hex'),
      Buffer.from(secret).toString('hex').toUpperCase(),
      ...[0, 1, 2].map((prefix) =>
        Buffer.from(`${'u'.repeat(prefix + 3)}:${secret}!tail`).toString('base64'),
      ),
      ...[0, 1, 2].map((prefix) =>
        Buffer.from(`{"k":"${'v'.repeat(prefix)}${secret}"}`).toString('base64url'),
      ),
    ];
    for (const sample of samples) {
      const text = JSON.stringify({ echoed: sample, authorization: `Basic ${sample}` });
      expect(leaks(text), sample).not.toEqual([]);
      const safe = redactSecrets(text, [secret]);
      expect(leaks(safe), sample).toEqual([]);
      expect(safe).toContain('[REDACTED]');
    }
  });

  it('leaves text alone that has no encoding of the secret, and does not look for encodings of short secrets', () => {
    const text = Buffer.from('nothing secret in here at all').toString('base64');
    expect(redactSecrets(text, [secret])).toBe(text);
    expect(redactSecrets('YWJj', ['abc1'])).toBe('YWJj');
  });
});
