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
        parts.kind;
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
