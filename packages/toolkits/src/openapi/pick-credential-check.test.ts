import { describe, expect, it } from 'vitest';
import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { pickCredentialCheck } from './pick-credential-check.ts';

function get(path: string, required: string[] = []): ToolDefinition {
  return {
    slug: `T_${path.replace(/\W/g, '_').toUpperCase()}`,
    name: path,
    description: path,
    inputSchema: { type: 'object', properties: {}, required },
    request: { method: 'GET', path },
  };
}

describe('pickCredentialCheck', () => {
  it('prefers an identity-like GET and reads the account name from it', () => {
    const check = pickCredentialCheck([get('/projects'), get('/users/{id}'), get('/me')], { 'x-v': '1' });
    expect(check).toEqual({
      method: 'GET',
      path: '/me',
      identity: ['login', 'email', 'username', 'name'],
      headers: { 'x-v': '1' },
    });
  });

  it('else the shortest GET without path parameters or required input, without identity', () => {
    expect(pickCredentialCheck([get('/projects/archived'), get('/items', ['q']), get('/projects')])).toEqual({
      method: 'GET',
      path: '/projects',
    });
  });

  it('none when no GET qualifies (writes are never sent as a check)', () => {
    const post: ToolDefinition = {
      slug: 'T_ME',
      name: 'me',
      description: 'me',
      inputSchema: { type: 'object', properties: {} },
      request: { method: 'POST', path: '/me' },
    };
    expect(pickCredentialCheck([post, get('/things/{id}')])).toBeUndefined();
  });
});
