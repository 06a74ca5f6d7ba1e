import { validateToolkit } from '@toolrouter/toolkits';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { linear } from '../../../../packages/toolkits/src/linear/linear-toolkit.ts';

describe('linear toolkit definition', () => {
  it('passes validateToolkit and names its tools after the toolkit', () => {
    expect(() => validateToolkit(linear)).not.toThrow();
    expect(linear.tools.length).toBeGreaterThanOrEqual(6);
    for (const tool of linear.tools) {
      expect(tool.slug.startsWith('LINEAR_')).toBe(true);
      expect(tool.description.length).toBeGreaterThan(60);
    }
  });

  it.each(linear.tools.map((tool) => [tool.slug, tool] as const))(
    '%s has an input schema Ajv compiles',
    (_slug, tool) => {
      const ajv = new Ajv2020({ strict: false, logger: false });
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
    },
  );

  it('marks reads as read-only and writes as not read-only', () => {
    const tags = Object.fromEntries(linear.tools.map((tool) => [tool.slug, tool.tags ?? []]));
    for (const slug of [
      'LINEAR_GET_ISSUE',
      'LINEAR_LIST_ISSUES',
      'LINEAR_SEARCH_ISSUES',
      'LINEAR_LIST_TEAMS',
      'LINEAR_LIST_PROJECTS',
    ])
      expect(tags[slug]).toContain('readOnlyHint');
    expect(tags.LINEAR_CREATE_ISSUE).not.toContain('readOnlyHint');
    expect(tags.LINEAR_UPDATE_ISSUE).not.toContain('readOnlyHint');
    expect(tags.LINEAR_CREATE_COMMENT).not.toContain('readOnlyHint');
  });
});
