import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { assertAllowedCallbackUrl, parseAllowedCallbackUrls } from './assert-allowed-callback-url.ts';

describe('assertAllowedCallbackUrl', () => {
  const allowed = parseAllowedCallbackUrls('https://app.example.com/connected, http://localhost:3000/');

  it("admits the exact origin and paths under the entry's path", () => {
    expect(assertAllowedCallbackUrl('https://app.example.com/connected', allowed)).toBe(
      'https://app.example.com/connected',
    );
    expect(assertAllowedCallbackUrl('https://app.example.com/connected/done?x=1#top', allowed)).toBe(
      'https://app.example.com/connected/done?x=1#top',
    );
    expect(assertAllowedCallbackUrl('http://localhost:3000/anything', allowed)).toBe(
      'http://localhost:3000/anything',
    );
  });

  it('refuses other origins, schemes, ports, sibling paths, credentials and non-URLs', () => {
    for (const url of [
      'https://app.example.com/connectedx',
      'https://app.example.com/',
      'https://app.example.com.evil.com/connected',
      'http://app.example.com/connected',
      'https://app.example.com:444/connected',
      'https://user:pass@app.example.com/connected',
      'http://localhost:3001/',
      '//app.example.com/connected',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(() => assertAllowedCallbackUrl(url, allowed), url).toThrow(ValidationError);
    }
  });

  it('refuses everything when nothing is allowed, and rejects a malformed allow-list entry', () => {
    expect(() => assertAllowedCallbackUrl('https://app.example.com/connected', [])).toThrow(
      /TOOLROUTER_ALLOWED_CALLBACK_URLS/,
    );
    expect(() => parseAllowedCallbackUrls(['app.example.com'])).toThrow(/must be an absolute http\(s\) URL/);
    expect(parseAllowedCallbackUrls(undefined)).toEqual([]);
  });
});
