import { validateToolkit } from '@toolrouter/toolkits';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { notion } from '../../../../packages/toolkits/src/notion/notion-toolkit.ts';

describe('notion toolkit definition', () => {
  it('passes validateToolkit and names its tools after the toolkit', () => {
    expect(() => validateToolkit(notion)).not.toThrow();
    expect(notion.tools.length).toBeGreaterThanOrEqual(6);
    for (const tool of notion.tools) {
      expect(tool.slug.startsWith('NOTION_')).toBe(true);
      expect(tool.description.length).toBeGreaterThan(60);
    }
  });

  it.each(notion.tools.map((tool) => [tool.slug, tool] as const))(
    '%s has an input schema Ajv compiles',
    (_slug, tool) => {
      const ajv = new Ajv2020({ strict: false, logger: false });
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
    },
  );

  it('marks reads as read-only and the delete as destructive', () => {
    const tags = Object.fromEntries(notion.tools.map((tool) => [tool.slug, tool.tags ?? []]));
    for (const slug of [
      'NOTION_SEARCH',
      'NOTION_GET_PAGE',
      'NOTION_QUERY_DATABASE',
      'NOTION_GET_BLOCK_CHILDREN',
    ]) {
      expect(tags[slug]).toContain('readOnlyHint');
    }
    expect(tags.NOTION_DELETE_BLOCK).toContain('destructiveHint');
    // `archived: true` moves the page to the trash, like GOOGLEDRIVE_TRASH_FILE and GMAIL_MOVE_TO_TRASH.
    expect(tags.NOTION_UPDATE_PAGE).toContain('destructiveHint');
    expect(tags.NOTION_CREATE_PAGE).not.toContain('readOnlyHint');
  });
});
