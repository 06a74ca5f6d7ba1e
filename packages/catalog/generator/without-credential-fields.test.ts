import type { ToolDefinition } from '@toolrouter/toolkits';
import { describe, expect, it } from 'vitest';
import { withoutCredentialFields } from './without-credential-fields.ts';

const tool: ToolDefinition = {
  slug: 'POSTMARK_SEND_EMAIL',
  name: 'Send',
  description: 'Sends an email.',
  inputSchema: {
    type: 'object',
    properties: {
      x_postmark_server_token: { type: 'string' },
      api_key: { type: 'string' },
      To: { type: 'string' },
    },
    required: ['x_postmark_server_token', 'To'],
  },
  request: {
    method: 'POST',
    path: '/email',
    parameters: {
      x_postmark_server_token: { in: 'header', name: 'X-Postmark-Server-Token' },
      api_key: 'query',
    },
  },
};

describe('withoutCredentialFields', () => {
  it('drops header and query fields that carry the toolkit credential, with their mapping and required entry', () => {
    const cleaned = withoutCredentialFields(tool, [
      { mode: 'api_key', in: 'header', name: 'X-Postmark-Server-Token' },
      { mode: 'api_key', in: 'query', name: 'api_key' },
    ]);
    expect(cleaned.inputSchema).toEqual({
      type: 'object',
      properties: { To: { type: 'string' } },
      required: ['To'],
    });
    expect(cleaned.request?.parameters).toBeUndefined();
  });

  it('leaves a tool alone when no field carries a credential', () => {
    expect(withoutCredentialFields(tool, [{ mode: 'bearer' }])).toBe(tool);
  });
});
