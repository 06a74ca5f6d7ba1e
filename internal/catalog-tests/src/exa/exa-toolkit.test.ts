import { validateToolkit } from '@toolrouter/toolkits';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exa } from '../../../../packages/toolkits/src/exa/exa-toolkit.ts';

describe('exa toolkit definition', () => {
  it('passes validateToolkit and names its tools after the toolkit', () => {
    expect(() => validateToolkit(exa)).not.toThrow();
    expect(exa.tools.length).toBeGreaterThanOrEqual(6);
    for (const tool of exa.tools) {
      expect(tool.slug.startsWith('EXA_')).toBe(true);
      expect(tool.description.length).toBeGreaterThan(60);
    }
  });

  it.each(exa.tools.map((tool) => [tool.slug, tool] as const))(
    '%s has an input schema Ajv compiles',
    (_slug, tool) => {
      const ajv = new Ajv2020({ strict: false, logger: false });
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
    },
  );

  it('marks reads as read-only and starting research as a write', () => {
    const tags = Object.fromEntries(exa.tools.map((tool) => [tool.slug, tool.tags ?? []]));
    for (const slug of [
      'EXA_SEARCH',
      'EXA_FIND_SIMILAR',
      'EXA_GET_CONTENTS',
      'EXA_ANSWER',
      'EXA_GET_RESEARCH_TASK',
      'EXA_LIST_RESEARCH_TASKS',
    ])
      expect(tags[slug]).toContain('readOnlyHint');
    expect(tags.EXA_CREATE_RESEARCH_TASK).not.toContain('readOnlyHint');
  });
});
