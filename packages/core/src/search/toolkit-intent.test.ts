import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.ts';
import { stemWord } from './analyze-text.ts';
import { createToolSearchIndex } from './create-tool-search-index.ts';
import { INTENT_WEIGHT, TOOLKIT_COMMON_DISCOUNT } from './lexical-index.ts';
import type { SearchableTool } from './search-types.ts';
import { searchableTool } from './test-support/searchable-tool.ts';
import { buildToolDocumentTable } from './tool-document-table.ts';
import {
  buildToolkitIntent,
  GENERATED_TOOLKIT_FACTOR,
  PRIOR_COVERAGE_EXPONENT,
  PRIOR_IDF_FLOOR,
  type SearchableToolkit,
  SIZE_EXPONENT,
  toolkitNameKeys,
} from './toolkit-intent.ts';

const tool = searchableTool;

const TOOLKITS: SearchableToolkit[] = [
  { slug: 'newsboard', name: 'News Board', description: 'Community link aggregator with stories and votes.' },
  { slug: 'googleplanner', name: 'Google Planner', description: 'Calendars and events.' },
  {
    slug: 'ledger',
    name: 'Ledger',
    description: 'Payments, payouts and account balances.',
    categories: ['finance'],
  },
  { slug: 'chatty', name: 'Chatty', description: 'Team chat in channels.' },
];

const TOOLS: SearchableTool[] = [
  tool('newsboard', 'GET_ITEM', 'Get item', 'Returns an item by id.'),
  tool('newsboard', 'GET_TOP_STORIES', 'Top stories', 'Returns the ids of the top stories.'),
  tool('googleplanner', 'GET_ITEM', 'Get event', 'Returns an event of a calendar.'),
  tool('googleplanner', 'DELETE_EVENT', 'Delete event', 'Deletes an event from a planner calendar.'),
  tool(
    'ledger',
    'RETRIEVE_BALANCE',
    'Retrieve balance',
    'Returns the account balance available and pending.',
  ),
  tool('ledger', 'LIST_PAYOUTS', 'List payouts', 'Lists payouts to your bank account.'),
  tool('chatty', 'GET_ITEM', 'Get message', 'Returns one message of a channel.'),
  tool('chatty', 'SEND_MESSAGE', 'Send message', 'Posts a message to a channel.'),
  tool('otherhub', 'GET_ITEM', 'Get item', 'Returns an item of a project.'),
  tool('otherhub', 'LIST_ITEMS', 'List items', 'Lists the items of a project.'),
];

const describeToolkit = (slug: string) => TOOLKITS.find((toolkit) => toolkit.slug === slug);

describe('toolkitNameKeys', () => {
  it('derives the short names people use for a toolkit', () => {
    expect(toolkitNameKeys({ slug: 'hackernews', name: 'Hacker News' })).toEqual(
      expect.arrayContaining(['hackernews', 'hn']),
    );
    expect(toolkitNameKeys({ slug: 'googlecalendar', name: 'Google Calendar' })).toEqual(
      expect.arrayContaining(['googlecalendar', 'gcalendar', 'gcal']),
    );
    expect(toolkitNameKeys({ slug: 'slack', name: 'Slack' })).toEqual(['slack']);
  });

  it('abbreviates the first word of two to two of its letters, as in "ms teams"', () => {
    const keys = toolkitNameKeys({ slug: 'northwindboards', name: 'Northwind Boards' });
    expect(keys).toEqual(expect.arrayContaining(['nwboards', 'ntboards']));
    expect(keys).not.toContain('nzboards');
    const intent = buildToolkitIntent(
      buildToolDocumentTable([tool('northwindboards', 'LIST_CARDS', 'List cards', 'Lists cards.')]),
      (slug) => ({ slug, name: 'Northwind Boards' }),
    );
    expect(intent.named(analyzeQuery('cards on my nw boards').names).size).toBe(1);
  });
});

describe('buildToolkitIntent', () => {
  const intent = buildToolkitIntent(buildToolDocumentTable(TOOLS), describeToolkit);
  const number = (slug: string) => intent.toolkits.indexOf(slug);

  it('finds toolkits named by slug, initials or a short form, and no toolkit for a shared key', () => {
    expect([...intent.named(analyzeQuery('top links on nb today').names)]).toEqual([number('newsboard')]);
    expect([...intent.named(analyzeQuery('clear my gplanner for friday').names)]).toEqual([
      number('googleplanner'),
    ]);
    expect([...intent.named(analyzeQuery('get item 4').names)]).toEqual([]);
    expect([...intent.named(analyzeQuery('the google planner for friday').names)]).toEqual([
      number('googleplanner'),
    ]);
    const readMe = buildToolkitIntent(
      buildToolDocumentTable([tool('readme', 'GET_DOC', 'Get doc', 'A doc.')]),
      (slug) => ({ slug, name: 'ReadMe' }),
    );
    expect(readMe.named(analyzeQuery('read me the doc').names).size).toBe(0);
    expect(readMe.named(analyzeQuery('the readme docs').names).size).toBe(1);
  });

  it('gives a short form two toolkits share to the one with the shorter name', () => {
    const tools = [
      tool('googleplanner', 'LIST_EVENTS', 'List events', 'Lists events.'),
      tool('googleplannertags', 'LIST_TAGS', 'List tags', 'Lists tags of planner events.'),
      tool('googlepress', 'LIST_POSTS', 'List posts', 'Lists posts.'),
    ];
    const names: Record<string, string> = {
      googleplanner: 'Google Planner',
      googleplannertags: 'Google Planner Tags',
      googlepress: 'Google Press',
    };
    const shared = buildToolkitIntent(buildToolDocumentTable(tools), (slug) => ({
      slug,
      name: names[slug]!,
    }));
    expect([...shared.named(['gplanner'])]).toEqual([0]);
    expect(shared.named(['gp']).size).toBe(0);
  });

  it("drops a short form that is also a word of another toolkit's tools", () => {
    const tools = [
      tool('projectmanager', 'LIST_TASKS', 'List tasks', 'Lists tasks.'),
      tool('clock', 'CONVERT_TIME', 'Convert time', 'Converts a time between am and pm.'),
    ];
    const describe = (slug: string) =>
      slug === 'projectmanager' ? { slug, name: 'Project Manager' } : undefined;
    const withClock = buildToolkitIntent(buildToolDocumentTable(tools), describe);
    expect(withClock.named(['pm']).size).toBe(0);
    expect([...withClock.named(['pmanager'])]).toEqual([0]);
    const alone = buildToolkitIntent(buildToolDocumentTable(tools.slice(0, 1)), describe);
    expect([...alone.named(['pm'])]).toEqual([0]);
  });

  it('routes a query that names no toolkit by the vocabulary of toolkits and their descriptions', () => {
    const terms = new Map(
      analyzeQuery('how much is waiting to be paid out as payout').terms.map((t) => [t.term, t.weight]),
    );
    // "quasar" is rare (weighs 12), "pin" and "note" common (3, above PRIOR_IDF_FLOOR): the generated
    // toolkit scores about 1.5 times the curated one.
    const affinities = intent.affinities(terms, (term) => (term === 'quasar' ? 12 : 3));
    expect(affinities[number('ledger')]).toBe(1);
    expect(affinities[number('chatty')]).toBe(0);
  });
});

describe('categories in the toolkit prior', () => {
  const tools = [
    tool('pagesmith', 'LIST_PAGES', 'List pages', 'Lists the pages of a team folio.'),
    tool('pagesmith', 'GET_PAGE', 'Get page', 'Returns a page.'),
    tool('blocknote', 'QUERY_TABLE', 'Query table', 'Queries the rows of a table.'),
    tool('blocknote', 'GET_BLOCK', 'Get block', 'Returns a block.'),
    tool('tunes', 'LIST_SONGS', 'List songs', 'Lists songs.'),
    tool('tunes', 'GET_SONG', 'Get song', 'Returns a song.'),
  ];
  const toolkits: SearchableToolkit[] = [
    { slug: 'pagesmith', name: 'Pagesmith', categories: ['documents'] },
    { slug: 'blocknote', name: 'Blocknote', categories: ['Documents', 'database'] },
    { slug: 'tunes', name: 'Tunes', categories: ['music'] },
  ];
  const intent = buildToolkitIntent(buildToolDocumentTable(tools), (slug) =>
    toolkits.find((toolkit) => toolkit.slug === slug),
  );
  const number = (slug: string) => intent.toolkits.indexOf(slug);

  it("lend a toolkit a little of its category peers' words, nothing to other categories", () => {
    const affinities = intent.affinities(new Map([['folio', 1]]), () => 1);
    expect(affinities[number('pagesmith')]).toBe(1);
    expect(affinities[number('blocknote')]).toBeCloseTo(0.3 / 1.3, 5);
    expect(affinities[number('tunes')]).toBe(0);
  });

  it('gives a toolkit the everyday words of its categories that none of its tools use', () => {
    const affinities = intent.affinities(new Map([['playlist', 1]]), () => 1);
    expect(affinities[number('tunes')]).toBe(1);
    expect(affinities[number('pagesmith')]).toBe(0);
    expect(affinities[number('blocknote')]).toBe(0);
  });
});

describe('toolkit routing in search', () => {
  const index = createToolSearchIndex(TOOLS, { describeToolkit });
  const top = (query: string) => index.searchLexical(query, { limit: 1 })[0]?.slug;

  it('lets a named toolkit win over the same words elsewhere', () => {
    expect(top('get item 17 on nb')).toBe('NEWSBOARD_GET_ITEM');
    expect(top('get item 17 in otherhub')).toBe('OTHERHUB_GET_ITEM');
    expect(top('get the gplanner item abc')).toBe('GOOGLEPLANNER_GET_ITEM');
  });

  it("ranks a named toolkit's tools by its name words when no other word matches them", () => {
    expect(top('scrap the 4pm gplanner slot')).toBe('GOOGLEPLANNER_DELETE_EVENT');
  });

  it('returns the same ranking whatever the limit (pruning never drops a better tool)', () => {
    for (const query of ['get item', 'list the payouts', 'send a message to the channel', 'delete event']) {
      const all = index.searchLexical(query, { limit: 50 });
      for (const limit of [1, 2, 3])
        expect(index.searchLexical(query, { limit })).toEqual(all.slice(0, limit));
    }
  });
});

describe('curated toolkits first', () => {
  const tools = [
    tool('curatedchat', 'POST_NOTE', 'Post note', 'Posts a note to a room.'),
    tool('generatedchat', 'POST_NOTE', 'Post note', 'Posts a note to a room.'),
  ];
  const toolkits: SearchableToolkit[] = [
    { slug: 'curatedchat', name: 'Curated Chat' },
    { slug: 'generatedchat', name: 'Generated Chat', generated: true },
  ];
  const index = createToolSearchIndex(tools, {
    describeToolkit: (slug) => toolkits.find((toolkit) => toolkit.slug === slug),
  });

  it('ranks a curated tool above a generated one with the same words, by GENERATED_TOOLKIT_FACTOR', () => {
    const hits = index.searchLexical('post a note to the room', { limit: 2 });
    expect(hits.map((hit) => hit.slug)).toEqual(['CURATEDCHAT_POST_NOTE', 'GENERATEDCHAT_POST_NOTE']);
    expect(hits[1]!.score).toBeCloseTo(hits[0]!.score * GENERATED_TOOLKIT_FACTOR);
  });

  it('keeps the generated toolkit first when the request names it', () => {
    expect(index.searchLexical('post a note to the room in generatedchat', { limit: 1 })[0]?.slug).toBe(
      'GENERATEDCHAT_POST_NOTE',
    );
  });
});

describe("words common to a toolkit's tools", () => {
  // `alpha` is one tool about notes; in `zeta`, notes are 4 tools of 16. Two identical tools differ by
  // the toolkit discount and by their toolkits' affinity to "note" (count / size ^ SIZE_EXPONENT).
  const tools = [
    tool('alpha', 'PIN_NOTE', 'Pin note', 'Pins a note.'),
    tool('zeta', 'PIN_NOTE', 'Pin note', 'Pins a note.'),
    ...['EDIT', 'READ', 'DROP'].map((verb) => tool('zeta', `${verb}_NOTE`, `${verb} note`, 'A note.')),
    ...Array.from({ length: 12 }, (_, number) =>
      tool('zeta', `CARD_${number}`, `Card ${number}`, 'Shuffles the cards.'),
    ),
  ];
  const index = createToolSearchIndex(tools);

  it("count less where every tool uses them than where few do: 1 - 0.25 × the toolkit's share", () => {
    const hits = index.searchLexical('note', { toolkits: ['alpha', 'zeta'], limit: 10 });
    const score = (slug: string) => hits.find((hit) => hit.slug === slug)!.score;
    const alpha = 1 / 1 ** SIZE_EXPONENT;
    const zeta = 4 / 16 ** SIZE_EXPONENT;
    const intent = (affinity: number) => 1 + (INTENT_WEIGHT * affinity) / Math.max(alpha, zeta);
    const discount = (share: number) => 1 - TOOLKIT_COMMON_DISCOUNT * share;
    expect(score('ZETA_PIN_NOTE') / score('ALPHA_PIN_NOTE')).toBeCloseTo(
      (discount(4 / 16) / discount(1)) * (intent(zeta) / intent(alpha)),
      5,
    );
  });
});

describe('a toolkit named by an ordinary word', () => {
  const tools = [
    tool('fire', 'LIST_WEBHOOKS', 'List webhooks', 'Lists the webhooks of an account.'),
    ...['one', 'two', 'three', 'four', 'five'].map((slug) =>
      tool(`hooks${slug}`, 'FIRE_WEBHOOK', 'Fire webhook', 'Fires a webhook now.'),
    ),
  ];
  const index = createToolSearchIndex(tools, {
    describeToolkit: (slug) => ({ slug, name: slug === 'fire' ? 'Fire' : slug }),
  });
  const top = (query: string) => index.searchLexical(query, { limit: 1 })[0]?.slug;

  it('is a nudge, not a name, when many other toolkits use the word', () => {
    expect(top('fire the webhook')).toBe('HOOKSFIVE_FIRE_WEBHOOK');
    expect(top('webhooks in fire')).toBe('FIRE_LIST_WEBHOOKS');
  });
});

describe('a generated toolkit named by a word of curated tools', () => {
  const tools = [
    tool('forge', 'GET_CHANGELOG', 'Get the changelog', 'Returns the CHANGELOG file of a project.'),
    tool('forge', 'LIST_PROJECTS', 'List projects', 'Lists your projects.'),
    tool('changelog', 'GET_ENTRY', 'Get entry', 'Returns one entry of a published release log.'),
    tool('changelog', 'LIST_ENTRIES', 'List entries', 'Lists the entries of a release log.'),
  ];
  const indexWith = (generated: boolean) =>
    createToolSearchIndex(tools, {
      describeToolkit: (slug) =>
        slug === 'changelog'
          ? { slug, name: 'Changelog', description: 'Hosted release notes.', generated }
          : { slug, name: 'Forge', description: 'Code hosting.' },
    });
  const top = (generated: boolean, query: string) =>
    indexWith(generated).searchLexical(query, { limit: 1 })[0]?.slug;
  const topToolkit = (generated: boolean, query: string) =>
    indexWith(generated).searchLexical(query, { limit: 1 })[0]?.toolkit;

  it('is a mention, not a name: the curated sense of the word comes first', () => {
    expect(top(true, 'show me the changelog of the cli project')).toBe('FORGE_GET_CHANGELOG');
  });

  it('is still a name for a curated toolkit, and still a nudge towards the generated one', () => {
    expect(topToolkit(false, 'show me the changelog of the cli project')).toBe('changelog');
    expect(top(true, 'list the entries in changelog')).toBe('CHANGELOG_LIST_ENTRIES');
  });
});

describe('a toolkit name before an owner noun', () => {
  const tools = [
    tool(
      'codehost',
      'SEARCH_CODE',
      'Search code',
      'Searches code across the repositories of an organization.',
    ),
    tool(
      'codehost',
      'LIST_ORG_REPOS',
      'List organization repositories',
      'Lists the repositories of an organization.',
    ),
    tool('shipit', 'SEARCH_REPO', 'Search repo', 'Searches a linked repository for a site.'),
    tool('shipit', 'LIST_SITES', 'List sites', 'Lists the sites of a team.'),
    tool('shipit', 'GET_TEAM', 'Get team', 'Returns one team.'),
  ];
  const index = createToolSearchIndex(tools, {
    describeToolkit: (slug) => ({ slug, name: slug === 'shipit' ? 'ShipIt' : 'Code Host' }),
  });
  const top = (query: string) => index.searchLexical(query, { limit: 1 })[0]?.slug;

  it('names the owner, not the toolkit, when the toolkit has no such things', () => {
    // ShipIt has teams but no organizations: "the shipit org" is an organization called shipit.
    expect(top('search code in the shipit org')).toBe('CODEHOST_SEARCH_CODE');
    expect(analyzeQuery('repos of the shipit org').ownerNames.get('shipit')).toEqual([
      stemWord('organization'),
    ]);
  });

  it('still names the toolkit when it deals in the noun or is mentioned elsewhere too', () => {
    expect(top('search code of the shipit team')).toBe('SHIPIT_SEARCH_REPO');
    expect(top('on shipit, search code in the shipit org')).toBe('SHIPIT_SEARCH_REPO');
    expect(analyzeQuery('on shipit, search the shipit org').ownerNames.has('shipit')).toBe(false);
  });
});

describe('the prior beside generated toolkits', () => {
  const tools = [
    tool('jotter', 'PIN_NOTE', 'Pin note', 'Pins a note to the board.'),
    tool('jotter', 'ARCHIVE_NOTE', 'Archive note', 'Archives a note of the board.'),
    tool('starmap', 'GET_QUASAR', 'Get quasar', 'Returns one quasar of the sky survey.'),
    tool('starmap', 'LIST_GALAXIES', 'List galaxies', 'Lists the galaxies of the survey.'),
  ];
  const affinitiesFor = (generated: boolean) => {
    const documents = buildToolDocumentTable(tools);
    const intent = buildToolkitIntent(documents, (slug) => ({
      slug,
      name: slug,
      generated: generated && slug === 'starmap',
    }));
    const terms = new Map(
      analyzeQuery('pin the note to that quasar').terms.map(({ term, weight }) => [term, weight]),
    );
    // "quasar" is rare (weighs 12), "pin" and "note" common (3, above PRIOR_IDF_FLOOR): the generated
    // toolkit scores about 1.5 times the curated one.
    const affinities = intent.affinities(terms, (term) => (term === 'quasar' ? 12 : 3));
    return {
      jotter: affinities[intent.toolkits.indexOf('jotter')]!,
      starmap: affinities[intent.toolkits.indexOf('starmap')]!,
    };
  };

  it("counts a generated toolkit's rare word at GENERATED_TOOLKIT_FACTOR when finding the best toolkit", () => {
    const curatedOnly = affinitiesFor(false);
    expect(curatedOnly.starmap).toBe(1);
    expect(curatedOnly.jotter).toBeLessThan(1);
    const withGenerated = affinitiesFor(true);
    expect(withGenerated.jotter).toBe(1);
    expect(withGenerated.starmap).toBeGreaterThan(0);
  });
});

describe('the weight of a word in the prior', () => {
  // A big toolkit using "repository" everywhere; a small one whose one tool's example names "acme".
  const tools = [
    ...['create', 'delete', 'get', 'list', 'rename', 'archive'].map((verb) =>
      tool(
        'codehost',
        `${verb.toUpperCase()}_REPOSITORY`,
        `${verb} repository`,
        `The ${verb} call of a repository.`,
      ),
    ),
    tool('mailer', 'SEND_MAIL', 'Send mail', 'Sends a mail, e.g. to ops@acme.com.'),
    tool('mailer', 'LIST_MAILS', 'List mails', 'Lists the mails of the inbox.'),
    tool('mailer', 'GET_MAIL', 'Get mail', 'Returns one mail.'),
    tool('mailer', 'DELETE_MAIL', 'Delete mail', 'Deletes one mail.'),
    tool('mailer', 'DRAFT_MAIL', 'Draft mail', 'Saves a draft.'),
  ];
  const documents = buildToolDocumentTable(tools);
  const intent = buildToolkitIntent(documents, (slug) => ({ slug, name: slug }));
  const affinity = (query: string, idf: (term: string) => number) => {
    const terms = new Map(analyzeQuery(query).terms.map(({ term, weight }) => [term, weight]));
    const affinities = intent.affinities(terms, idf);
    return (toolkit: string) => affinities[intent.toolkits.indexOf(toolkit)]!;
  };

  it("counts a toolkit's pervasive word at least at PRIOR_IDF_FLOOR, a word of one tool's example for less", () => {
    // Idf over tools: "repository" is in most tools (low), "acme" in one (high).
    const of = affinity('make a repository for acme', (term) => (term === 'acme' ? 7 : 0.5));
    expect(PRIOR_IDF_FLOOR * 1).toBeGreaterThan(7 * (1 / 5) ** PRIOR_COVERAGE_EXPONENT);
    expect(of('codehost')).toBe(1);
    expect(of('mailer')).toBeLessThan(1);
  });
});
