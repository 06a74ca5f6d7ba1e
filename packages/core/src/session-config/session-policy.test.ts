import type { Tag } from '@toolrouter/toolkits';
import { describe, expect, it } from 'vitest';
import { isToolAllowed } from './session-policy.ts';

const tool = (slug: string, tags: Tag[]) => ({ slug, toolkit: 'echo', tags });
const reader = tool('ECHO_GET', ['readOnlyHint']);
const deleter = tool('ECHO_DELETE', ['destructiveHint', 'idempotentHint']);

describe('isToolAllowed', () => {
  it('tags.disable refuses a tool that carries one of the tags, and only such a tool', () => {
    const config = { tags: { disable: ['destructiveHint'] as Tag[] } };
    expect(isToolAllowed(config, deleter)).toBe(false);
    expect(isToolAllowed(config, reader)).toBe(true);
  });

  it('tags.disable wins over tags.enable for a tool that carries both', () => {
    const config = { tags: { enable: ['idempotentHint'] as Tag[], disable: ['destructiveHint'] as Tag[] } };
    expect(isToolAllowed(config, deleter)).toBe(false);
    expect(isToolAllowed({ tags: { enable: ['idempotentHint'] as Tag[] } }, deleter)).toBe(true);
  });

  it('a tag array or tags.enable lets only tools with one of the tags through', () => {
    expect(isToolAllowed({ tags: ['readOnlyHint'] }, reader)).toBe(true);
    expect(isToolAllowed({ tags: ['readOnlyHint'] }, deleter)).toBe(false);
    expect(isToolAllowed({ tags: { enable: ['readOnlyHint'] } }, deleter)).toBe(false);
  });
});
