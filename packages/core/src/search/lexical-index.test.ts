import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.ts';
import { buildLexicalIndex } from './lexical-index.ts';
import { searchableTool } from './test-support/searchable-tool.ts';
import { buildToolDocumentTable } from './tool-document-table.ts';
import { GENERATED_TOOLKIT_FACTOR } from './toolkit-intent.ts';

const tool = searchableTool;

const TOOLS = [
  tool('kennel', 'FEED_PUPPY', 'Feed puppy', 'Gives a puppy its meal.'),
  tool('kennel', 'WALK_PUPPY', 'Walk puppy', 'Takes a puppy out for a walk.'),
  tool('kennel', 'LIST_PUPPIES', 'List puppies', 'Lists every puppy in the kennel.'),
  tool('petfarm', 'FEED_ANIMAL', 'Feed animal', 'Gives any farm animal its meal, a puppy included.'),
  tool('petfarm', 'LIST_BARNS', 'List barns', 'Lists the barns of a farm.'),
];
const describeToolkit = (slug: string) => ({ slug, name: slug, generated: slug === 'petfarm' });

describe('LexicalIndex.explain', () => {
  const index = buildLexicalIndex(buildToolDocumentTable(TOOLS), describeToolkit);
  const query = analyzeQuery('feed the hungry puppy its dinner');

  it('gives the parts whose product is the score search ranks by', () => {
    const hits = index.search(query, () => true, TOOLS.length);
    expect(hits.length).toBeGreaterThan(1);
    for (const { document, score } of hits) {
      const parts = index.explain(query, document);
      const product =
        parts.terms *
        parts.prior *
        parts.toolkit *
        parts.slugCoverage *
        parts.pairs *
        parts.object *
        parts.kind *
        parts.number;
      expect(parts.score).toBeCloseTo(score, 10);
      expect(product).toBeCloseTo(score, 10);
    }
  });

  it('shows the generated factor in the toolkit part of an unnamed generated toolkit', () => {
    const generatedDocument = TOOLS.findIndex((entry) => entry.slug === 'PETFARM_FEED_ANIMAL');
    const parts = index.explain(query, generatedDocument);
    expect(parts.terms).toBeGreaterThan(0);
    expect(parts.toolkit).toBeCloseTo((1 + 1.5 * parts.affinity) * GENERATED_TOOLKIT_FACTOR, 10);
  });

  it('leaves no state behind: a search after an explanation ranks as before', () => {
    const before = index.search(query, () => true, 3);
    index.explain(query, 0);
    expect(index.search(query, () => true, 3)).toEqual(before);
  });
});

describe('number agreement', () => {
  // Alike but for the number of their names' noun: only agreement can tell them apart.
  const BUILDS = [
    tool('ci', 'SHOW_PIPELINE_BUILDS', 'Show pipeline builds', 'Pipeline builds with their outcome.'),
    tool('ci', 'SHOW_PIPELINE_BUILD', 'Show pipeline build', 'Pipeline builds with their outcome.'),
  ];
  const index = buildLexicalIndex(buildToolDocumentTable(BUILDS));
  const top = (query: string) => BUILDS[index.search(analyzeQuery(query), () => true, 1)[0]!.document]!.slug;

  it('ranks the tool whose name says the plural first for a request in the plural', () => {
    expect(top('were the pipeline builds from this morning green?')).toBe('CI_SHOW_PIPELINE_BUILDS');
  });

  it('ranks the tool whose name says the singular first for a request in the singular', () => {
    expect(top('was that pipeline build from this morning green?')).toBe('CI_SHOW_PIPELINE_BUILD');
  });

  it('counts a word a concept weighs a little lower ("members" → membership)', () => {
    const crew = [
      tool('ci', 'SHOW_CREW_MEMBER', 'Show crew member', 'A crew member.'),
      tool('ci', 'SHOW_CREW_MEMBERS', 'Show crew members', 'A crew member.'),
    ];
    const crewIndex = buildLexicalIndex(buildToolDocumentTable(crew));
    const query = analyzeQuery('show the members of the crew');
    expect(query.terms.find(({ term }) => term === 'member')?.weight).toBeLessThan(1);
    expect(crew[crewIndex.search(query, () => true, 1)[0]!.document]!.slug).toBe('CI_SHOW_CREW_MEMBERS');
  });

  it('reads nothing into singular words on both sides, nor into the name verb', () => {
    const query = analyzeQuery('pipeline outcome');
    for (const document of [0, 1]) expect(index.explain(query, document).number).toBe(1);
    // "shows" is no agreement with the verb of "Show pipeline builds".
    expect(index.explain(analyzeQuery('shows'), 0).number).toBe(1);
  });
});

describe('two apps named', () => {
  const tools = [
    tool('boardly', 'CLOSE_CARD', 'Close card', 'Closes a card on a board once its work is done.'),
    tool('trackr', 'CLOSE_TICKET', 'Close ticket', 'Closes a ticket.'),
  ];
  const index = buildLexicalIndex(buildToolDocumentTable(tools));
  const top = (query: string) => tools[index.search(analyzeQuery(query), () => true, 1)[0]!.document]!.slug;

  it('acts in the app named where the request is, not in the one named where it reports', () => {
    expect(top('the boardly card is done, so close OPS-9 in trackr')).toBe('TRACKR_CLOSE_TICKET');
    expect(top('the trackr ticket is done, so close the card in boardly')).toBe('BOARDLY_CLOSE_CARD');
  });

  it('acts with the app a request says to use', () => {
    expect(top('use trackr to close what the boardly card is about')).toBe('TRACKR_CLOSE_TICKET');
  });
});

describe('identifier shapes', () => {
  // Alike but for the example id one description shows; the other sorts first on a tie.
  const tools = [
    tool('alpha', 'GET_ITEM', 'Get item', 'Reads one item.'),
    tool('zulu', 'GET_ITEM', 'Get item', 'Reads one item by its key (for example ABC-12).'),
  ];
  const index = buildLexicalIndex(buildToolDocumentTable(tools));
  const top = (query: string) => tools[index.search(analyzeQuery(query), () => true, 1)[0]!.document]!.slug;

  it('points the toolkit prior to the app whose tools show ids of that shape', () => {
    const apps = [
      tool('alpha', 'GET_NOTE', 'Get note', 'Reads one note and its text.'),
      tool('alpha', 'LIST_NOTES', 'List notes', 'Lists notes and their text.'),
      tool('alpha', 'SEARCH_NOTES', 'Search notes', 'Finds notes by their text.'),
      tool('zulu', 'GET_TICKET', 'Get ticket', 'Reads one ticket by its key (for example ABC-12).'),
      tool('zulu', 'LIST_TICKETS', 'List tickets', 'Lists tickets (keys like ABC-12).'),
    ];
    const appIndex = buildLexicalIndex(buildToolDocumentTable(apps));
    const query = analyzeQuery('read the text of QX-4410');
    // The toolkit prior: alpha's words ("text") against zulu's keys; the key decides.
    expect(appIndex.explain(query, 3).affinity).toBe(1);
    expect(appIndex.explain(query, 0).affinity).toBeLessThan(1);
  });

  it('ranks first the tool whose description shows an id of the shape the request carries', () => {
    expect(top('read item QX-4410')).toBe('ZULU_GET_ITEM');
    expect(top('read the item')).toBe('ALPHA_GET_ITEM');
  });
});
