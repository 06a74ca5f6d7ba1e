import { describe, expect, it } from 'vitest';
import { createToolSearchIndex } from './create-tool-search-index.ts';
import type { Embedder, SearchableTool } from './search-types.ts';
import { SEARCH_FIXTURE } from './test-support/search-fixture.ts';

function topSlug(index: ReturnType<typeof createToolSearchIndex>, query: string): string | undefined {
  return index.searchLexical(query, { limit: 1 })[0]?.slug;
}

/**
 * The user's embedding model in these tests: hashed character trigrams of each word, so it is
 * deterministic, needs no network, and finds misspelt words the lexical ranker cannot.
 */
function trigramEmbedder(dimensions = 512): Embedder & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    async embed(batch) {
      texts.push(...batch);
      return batch.map((text) => {
        const vector = new Array<number>(dimensions).fill(0);
        for (const word of text.toLowerCase().split(/[^a-z]+/)) {
          const padded = ` ${word} `;
          for (let start = 0; start + 3 <= padded.length; start++) {
            let hash = 0;
            for (const character of padded.slice(start, start + 3))
              hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
            vector[hash % dimensions]! += 1;
          }
        }
        return vector;
      });
    },
  };
}

describe('createToolSearchIndex', () => {
  const index = createToolSearchIndex(SEARCH_FIXTURE);

  it('finds the tool a person means', () => {
    expect(index.size).toBe(SEARCH_FIXTURE.length);
    expect(topSlug(index, 'open a PR from my branch')).toBe('GITHUB_PULLS_CREATE');
    expect(topSlug(index, 'show the PRs still open against main')).toBe('GITHUB_PULLS_LIST');
    expect(topSlug(index, 'land PR 12 with a squash')).toBe('GITHUB_PULLS_MERGE');
    expect(topSlug(index, 'bump the version and publish a release')).toBe('GITHUB_REPOS_CREATE_RELEASE');
    expect(topSlug(index, 'show me the latest CI runs')).toBe('GITHUB_ACTIONS_LIST_WORKFLOW_RUNS_FOR_REPO');
    expect(topSlug(index, 'stop that build')).toBe('GITHUB_ACTIONS_CANCEL_WORKFLOW_RUN');
    expect(topSlug(index, 'get rid of the scratchpad repository for good')).toBe('GITHUB_REPOS_DELETE');
    expect(topSlug(index, 'put the bug label on ticket 9')).toBe('GITHUB_ISSUES_ADD_LABELS');
    expect(topSlug(index, 'star rust-lang/rust')).toBe('GITHUB_ACTIVITY_STAR_REPO_FOR_AUTHENTICATED_USER');
    expect(topSlug(index, 'email the report to bob')).toBe('GMAIL_SEND_EMAIL');
  });

  it('prefers the toolkit a query names', () => {
    expect(index.searchLexical('DM Alice on slack', { limit: 2 }).map((hit) => hit.toolkit)).toEqual([
      'slack',
      'slack',
    ]);
    expect(topSlug(index, 'send a message on slack')).toBe('SLACK_SEND_MESSAGE');
    expect(topSlug(index, 'put the standup on my google calendar')).toBe('GOOGLECALENDAR_CREATE_EVENT');
    expect(topSlug(index, 'store this PDF in google drive')).toBe('GOOGLEDRIVE_UPLOAD_FILE');
  });

  it('recognises a toolkit named in two words', () => {
    const event = (toolkit: string): SearchableTool => ({
      slug: `${toolkit.toUpperCase()}_CREATE_EVENT`,
      name: 'Create event',
      description: 'Creates a calendar event.',
      toolkit,
      inputSchema: {},
    });
    const calendars = createToolSearchIndex([event('googlecalendar'), event('outlookcalendar')]);
    expect(topSlug(calendars, 'create an event in google calendar')).toBe('GOOGLECALENDAR_CREATE_EVENT');
    expect(topSlug(calendars, 'create an event in Outlook calendar')).toBe('OUTLOOKCALENDAR_CREATE_EVENT');
  });

  it('ranks deprecated tools below current ones', () => {
    expect(topSlug(index, 'get a team')).toBe('GITHUB_TEAMS_GET_BY_NAME');
  });

  it('reads parameter descriptions, below the words of the name and description', () => {
    const schema = (note: string) => ({
      type: 'object',
      properties: { target: { type: 'string', description: note } },
    });
    const tools: SearchableTool[] = [
      {
        slug: 'VAULT_MOVE',
        name: 'Move entry',
        description: 'Moves an entry.',
        toolkit: 'vault',
        inputSchema: schema('Folder that receives the archived entry.'),
      },
      {
        slug: 'VAULT_ARCHIVE',
        name: 'Archive entry',
        description: 'Archives an entry.',
        toolkit: 'vault',
        inputSchema: schema('Entry id.'),
      },
      {
        slug: 'VAULT_READ',
        name: 'Read entry',
        description: 'Reads an entry.',
        toolkit: 'vault',
        inputSchema: schema('Entry id.'),
      },
    ];
    const vault = createToolSearchIndex(tools);
    expect(vault.searchLexical('archive an entry').map((hit) => hit.slug)).toEqual([
      'VAULT_ARCHIVE',
      'VAULT_MOVE',
      'VAULT_READ',
    ]);
    expect(topSlug(vault, 'which folder')).toBe('VAULT_MOVE');
  });

  it('returns nothing for a query without meaningful words', () => {
    expect(index.searchLexical('the of and')).toEqual([]);
    expect(index.searchLexical('')).toEqual([]);
  });

  it('honours the limit and orders hits by score', () => {
    const hits = index.searchLexical('pull request', { limit: 3 });
    expect(hits).toHaveLength(3);
    for (let position = 1; position < hits.length; position++) {
      expect(hits[position - 1]!.score).toBeGreaterThanOrEqual(hits[position]!.score);
    }
  });

  it('breaks ties by slug, the same way every time', () => {
    const twin = (slug: string): SearchableTool => ({
      slug,
      name: 'Archive a widget',
      description: 'Archives a widget.',
      toolkit: 'widgets',
      inputSchema: {},
    });
    const twins = createToolSearchIndex([twin('WIDGETS_B'), twin('WIDGETS_C'), twin('WIDGETS_A')]);
    const hits = twins.searchLexical('archive the widget');
    expect(hits.map((hit) => hit.slug)).toEqual(['WIDGETS_A', 'WIDGETS_B', 'WIDGETS_C']);
    expect(new Set(hits.map((hit) => hit.score)).size).toBe(1);
  });
});

describe('filters', () => {
  const index = createToolSearchIndex(SEARCH_FIXTURE);
  const exactQuery = 'Create a pull request: opens a pull request from a head branch into a base branch';

  it('never returns a tool outside `filter`, however well it matches', async () => {
    const filter = (slug: string) => slug !== 'GITHUB_PULLS_CREATE';
    const lexical = index.searchLexical(exactQuery, { filter, limit: 100 });
    expect(lexical.length).toBeGreaterThan(0);
    expect(lexical.map((hit) => hit.slug)).not.toContain('GITHUB_PULLS_CREATE');
    const fused = await createToolSearchIndex(SEARCH_FIXTURE, { embedder: trigramEmbedder() }).search(
      exactQuery,
      {
        filter,
        limit: 100,
      },
    );
    expect(fused.length).toBeGreaterThan(0);
    expect(fused.map((hit) => hit.slug)).not.toContain('GITHUB_PULLS_CREATE');
  });

  it('never returns a tool of a toolkit outside `toolkits`', async () => {
    const lexical = index.searchLexical(exactQuery, { toolkits: ['slack', 'gmail'], limit: 100 });
    expect(lexical.every((hit) => hit.toolkit === 'slack' || hit.toolkit === 'gmail')).toBe(true);
    const fused = await createToolSearchIndex(SEARCH_FIXTURE, { embedder: trigramEmbedder() }).search(
      exactQuery,
      {
        toolkits: ['slack'],
        limit: 100,
      },
    );
    expect(fused.length).toBeGreaterThan(0);
    expect(fused.every((hit) => hit.toolkit === 'slack')).toBe(true);
    expect(index.searchLexical(exactQuery, { toolkits: [] })).toEqual([]);
  });

  it('combines `toolkits` and `filter`', () => {
    const hits = index.searchLexical('list', {
      toolkits: ['github'],
      filter: (slug) => slug.includes('ISSUES'),
      limit: 100,
    });
    expect(hits.map((hit) => hit.slug)).toEqual(['GITHUB_ISSUES_LIST_FOR_REPO']);
  });
});

describe('add and remove', () => {
  it('adds, replaces and removes tools', () => {
    const index = createToolSearchIndex(SEARCH_FIXTURE);
    const custom: SearchableTool = {
      slug: 'ACME_DEPLOY_SERVICE',
      name: 'Deploy service',
      description: 'Rolls out a new build of an ACME service to production.',
      toolkit: 'acme',
      inputSchema: { type: 'object', properties: { service: {}, version: {} } },
    };
    index.add([custom]);
    expect(index.size).toBe(SEARCH_FIXTURE.length + 1);
    expect(topSlug(index, 'roll out the payments service to prod')).toBe('ACME_DEPLOY_SERVICE');

    index.add([{ ...custom, name: 'Restart service', description: 'Restarts an ACME service.' }]);
    expect(index.size).toBe(SEARCH_FIXTURE.length + 1);
    expect(topSlug(index, 'restart the payments service')).toBe('ACME_DEPLOY_SERVICE');
    expect(index.searchLexical('new build').map((hit) => hit.slug)).not.toContain('ACME_DEPLOY_SERVICE');

    index.remove(['ACME_DEPLOY_SERVICE', 'NOT_A_TOOL']);
    expect(index.size).toBe(SEARCH_FIXTURE.length);
    expect(index.searchLexical('restart the payments service').map((hit) => hit.slug)).not.toContain(
      'ACME_DEPLOY_SERVICE',
    );
  });

  it('starts empty and grows', () => {
    const index = createToolSearchIndex([]);
    expect(index.size).toBe(0);
    expect(index.searchLexical('send an email')).toEqual([]);
    index.add(SEARCH_FIXTURE);
    expect(topSlug(index, 'send an email')).toBe('GMAIL_SEND_EMAIL');
  });
});

describe('embedder fusion', () => {
  it('is the lexical ranking when no embedder is configured', async () => {
    const index = createToolSearchIndex(SEARCH_FIXTURE);
    expect(await index.search('open a PR', { limit: 5 })).toEqual(
      index.searchLexical('open a PR', { limit: 5 }),
    );
  });

  it('fuses the embedding ranking in, so misspelt tasks still find their tool', async () => {
    const lexical = createToolSearchIndex(SEARCH_FIXTURE);
    const index = createToolSearchIndex(SEARCH_FIXTURE, { embedder: trigramEmbedder() });
    expect(lexical.searchLexical('opn a pul reqest')).toEqual([]);
    expect((await index.search('opn a pul reqest', { limit: 3 }))[0]?.slug).toBe('GITHUB_PULLS_CREATE');
    expect(lexical.searchLexical('merge the pul reqest', { limit: 1 })[0]?.slug).toBe('GITHUB_PULLS_MERGE');
    const fused = await index.search('merge the pul reqest', { limit: 3 });
    expect(fused[0]?.slug).toBe('GITHUB_PULLS_MERGE');
    expect(fused.every((hit, position) => position === 0 || hit.score <= fused[position - 1]!.score)).toBe(
      true,
    );
    expect(index.searchLexical('opn a pul reqest')).toEqual([]);
  });

  it('embeds each tool once, lazily, and only new or changed tools after that', async () => {
    const embedder = trigramEmbedder();
    const index = createToolSearchIndex(SEARCH_FIXTURE, { embedder });
    expect(embedder.texts).toHaveLength(0);
    await Promise.all([index.search('send an email'), index.search('list channels')]);
    expect(embedder.texts).toHaveLength(SEARCH_FIXTURE.length + 2);
    await index.search('merge a pull request');
    expect(embedder.texts).toHaveLength(SEARCH_FIXTURE.length + 3);
    index.add([{ ...SEARCH_FIXTURE[0]!, description: 'Opens a PR.' }]);
    await index.search('open a PR');
    expect(embedder.texts).toHaveLength(SEARCH_FIXTURE.length + 5);
    expect(embedder.texts.slice(-2).some((text) => text.includes('Opens a PR.'))).toBe(true);
  });

  it('reports an embedder that returns the wrong number of vectors', async () => {
    const index = createToolSearchIndex(SEARCH_FIXTURE, {
      embedder: { embed: async (texts) => texts.slice(1).map(() => [1, 0]) },
    });
    await expect(index.search('send an email')).rejects.toThrow(/vectors/);
  });
});
