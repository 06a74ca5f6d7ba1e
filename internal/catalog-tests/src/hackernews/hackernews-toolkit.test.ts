import { validateToolkit } from '@toolrouter/toolkits';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { hackernews } from '../../../../packages/toolkits/src/hackernews/hackernews-toolkit.ts';

describe('hackernews toolkit definition', () => {
  it('passes validateToolkit and names its tools after the toolkit', () => {
    expect(() => validateToolkit(hackernews)).not.toThrow();
    expect(hackernews.tools.length).toBeGreaterThanOrEqual(6);
    for (const tool of hackernews.tools) {
      expect(tool.slug.startsWith('HACKERNEWS_')).toBe(true);
      expect(tool.description.length).toBeGreaterThan(60);
    }
  });

  it.each(hackernews.tools.map((tool) => [tool.slug, tool] as const))(
    '%s has an input schema Ajv compiles',
    (_slug, tool) => {
      const ajv = new Ajv2020({ strict: false, logger: false });
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
    },
  );

  it('marks every tool read-only', () => {
    for (const tool of hackernews.tools) expect(tool.tags).toContain('readOnlyHint');
  });
});
