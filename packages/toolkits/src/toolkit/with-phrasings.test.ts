import { describe, expect, it } from 'vitest';
import { defineToolkit } from './define-toolkit.ts';
import type { ToolDefinition } from './toolkit-types.ts';
import { withPhrasings } from './with-phrasings.ts';

function tool(slug: string, phrasings?: string[]): ToolDefinition {
  return {
    slug,
    name: slug,
    description: `Does ${slug}.`,
    inputSchema: { type: 'object', properties: {} },
    request: { method: 'GET', path: '/' },
    ...(phrasings ? { phrasings } : {}),
  };
}

describe('withPhrasings', () => {
  it('gives each tool its entry and leaves tools without one as they are', () => {
    const plain = tool('ECHO_PLAIN');
    const tools = withPhrasings([tool('ECHO_SAY'), plain], { ECHO_SAY: ['shout hello', 'repeat after me'] });
    expect(tools[0]?.phrasings).toEqual(['shout hello', 'repeat after me']);
    expect(tools[1]).toBe(plain);
  });

  it('keeps phrasings a tool already has, and does not change the tools it was given', () => {
    const original = tool('ECHO_SAY', ['say it']);
    const [result] = withPhrasings([original], { ECHO_SAY: ['shout hello'] });
    expect(result?.phrasings).toEqual(['say it', 'shout hello']);
    expect(original.phrasings).toEqual(['say it']);
  });

  it('refuses an entry for a tool that does not exist, naming it', () => {
    expect(() => withPhrasings([tool('ECHO_SAY')], { ECHO_SAI: ['typo'] })).toThrow(
      /no tool named 'ECHO_SAI'.*fix its slug/,
    );
  });
});

describe('defineToolkit with phrasings', () => {
  const base = {
    slug: 'echo',
    name: 'Echo',
    description: 'Echoes',
    baseUrl: 'https://echo.example',
    auth: [{ mode: 'none' as const }],
  };

  it('accepts an array of strings', () => {
    expect(() => defineToolkit({ ...base, tools: [tool('ECHO_SAY', ['shout hello'])] })).not.toThrow();
  });

  it('refuses phrasings that are not strings', () => {
    const broken = { ...tool('ECHO_SAY'), phrasings: 'shout hello' } as unknown as ToolDefinition;
    expect(() => defineToolkit({ ...base, tools: [broken] })).toThrow(
      "toolkit 'echo': tool 'ECHO_SAY' phrasings must be an array of strings",
    );
  });
});
