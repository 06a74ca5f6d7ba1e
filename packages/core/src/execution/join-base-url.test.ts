import { describe, expect, it } from 'vitest';
import { joinBaseUrl } from './join-base-url.ts';

describe('joinBaseUrl', () => {
  it('keeps the base path prefix and merges both queries', () => {
    expect(joinBaseUrl('https://api.example.com/v1/', '/items?limit=2').href).toBe(
      'https://api.example.com/v1/items?limit=2',
    );
    expect(joinBaseUrl('https://api.example.com/v1?key=k', 'items?limit=2').href).toBe(
      'https://api.example.com/v1/items?key=k&limit=2',
    );
  });

  it('drops every fragment, also an empty one on the base URL', () => {
    expect(joinBaseUrl('https://api.example.com/v1#top', '/items').href).toBe(
      'https://api.example.com/v1/items',
    );
    expect(joinBaseUrl('https://api.example.com/v1#', '/items').href).toBe(
      'https://api.example.com/v1/items',
    );
    expect(joinBaseUrl('https://api.example.com', '/items#part').href).toBe('https://api.example.com/items');
    expect(joinBaseUrl('https://api.example.com', '/items?q=1#part').href).toBe(
      'https://api.example.com/items?q=1',
    );
  });
});
