import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text.ts';
import { FIELD_PARAMETERS, K1 } from './lexical-index.ts';
import { buildPostingTable, type PostingParameters } from './posting-table.ts';
import type { SearchableTool } from './search-types.ts';
import { buildToolDocumentTable } from './tool-document-table.ts';

const STOCK: SearchableTool = {
  slug: 'SHOP_ITEM_QUANTITY',
  name: 'Item quantity',
  description: 'Returns the quantity on hand of an item.',
  toolkit: 'shop',
  inputSchema: { type: 'object', properties: { item: { type: 'string' } } },
  phrasings: ['how many widgets are left in the warehouse', 'are we running low on stock'],
};

function others(count: number): SearchableTool[] {
  return Array.from({ length: count }, (_, index) => ({
    slug: `DESK_TOOL_${index}`,
    name: `Tool ${index}`,
    description: 'Does a thing with tickets.',
    toolkit: 'desk',
    inputSchema: { type: 'object', properties: {} },
  }));
}

/** The gain of the stock tool's posting of `word` in an index of it and `otherCount` tools without phrasings. */
function stockGain(word: string, otherCount: number, parameters: PostingParameters): number {
  const table = buildToolDocumentTable([STOCK, ...others(otherCount)]);
  const postings = buildPostingTable(table, parameters);
  const term = postings.numbers.get(analyzeText(word)[0]!)!;
  const position = postings.starts[term]!; // the stock tool is document 0, first in every posting list
  expect(postings.documents[position]).toBe(0);
  return postings.gains[position]!;
}

const PARAMETERS: PostingParameters = { fields: FIELD_PARAMETERS, k1: K1, toolkitCommonDiscount: 0 };

describe('buildPostingTable', () => {
  it('weighs a phrasing the same however many tools without phrasings the catalog holds', () => {
    expect(stockGain('warehouse', 3, PARAMETERS)).toBeGreaterThan(0);
    expect(stockGain('warehouse', 300, PARAMETERS)).toBeCloseTo(stockGain('warehouse', 3, PARAMETERS), 6);
  });

  it('averages a field that is not optional over every tool, so there it does depend on them', () => {
    const everyTool = {
      ...PARAMETERS,
      fields: { ...FIELD_PARAMETERS, phrasings: { ...FIELD_PARAMETERS.phrasings, optional: false } },
    };
    expect(stockGain('warehouse', 300, everyTool)).toBeLessThan(stockGain('warehouse', 3, everyTool));
  });
});
