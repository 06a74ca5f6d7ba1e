import { describe, expect, it } from 'vitest';
import * as server from './index.ts';

describe('@toolrouter/server public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(server).sort()).toEqual([
      'createLogger',
      'createServer',
      'mcpClientConfig',
      'mcpClientSnippets',
      'openApiDocument',
      'runCli',
      'startServer',
    ]);
    for (const value of Object.values(server)) expect(typeof value).toBe('function');
  });
});
