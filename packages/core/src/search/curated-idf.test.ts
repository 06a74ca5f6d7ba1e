import { describe, expect, it } from 'vitest';
import { createToolSearchIndex } from './create-tool-search-index.ts';
import { applyCuratedIdf } from './curated-idf.ts';
import type { PostingTable } from './posting-table.ts';
import type { SearchableTool } from './search-types.ts';
import { searchableTool } from './test-support/searchable-tool.ts';

const tool = searchableTool;

// Among the curated tools "widget" is rare and "label" common; the generated toolkit uses "widget"
// everywhere and "label" nowhere, which reverses the two words' idf over the whole catalog.
const CURATED = [
  tool('depot', 'ARCHIVE_WIDGET', 'Archive widget', 'Archives a widget.'),
  tool('depot', 'ARCHIVE_LABEL', 'Archive label', 'Archives a label.'),
  tool('depot', 'LIST_LABELS', 'List labels', 'Lists the labels of a shelf.'),
  tool('depot', 'CREATE_LABEL', 'Create label', 'Creates a label on a shelf.'),
  tool('depot', 'PRINT_LABEL', 'Print label', 'Prints a label for a parcel.'),
];
const GENERATED = Array.from({ length: 20 }, (_, index) =>
  tool('gizmo', `WIDGET_${index}`, `Widget report ${index}`, `Returns widget metrics, part ${index}.`),
);
const describeToolkit = (slug: string) => ({ slug, name: slug, generated: slug === 'gizmo' });

function curatedOrder(tools: SearchableTool[], query: string): string[] {
  const index = createToolSearchIndex(tools, { describeToolkit });
  return index.searchLexical(query, { toolkits: ['depot'], limit: 2 }).map((hit) => hit.slug);
}

describe('applyCuratedIdf', () => {
  it('keeps the order of curated tools when a generated toolkit is registered beside them', () => {
    const alone = curatedOrder(CURATED, 'archive the widget label');
    expect(alone[0]).toBe('DEPOT_ARCHIVE_WIDGET');
    expect(curatedOrder([...CURATED, ...GENERATED], 'archive the widget label')).toEqual(alone);
  });

  it('rescales curated postings by one factor and leaves generated postings alone', () => {
    // Term 0 in documents 0 (curated) and 2 (generated); term 1 in documents 0 and 1 (both curated).
    const table: PostingTable = {
      numbers: new Map([
        ['a', 0],
        ['b', 1],
      ]),
      starts: Int32Array.from([0, 2, 4]),
      documents: Int32Array.from([0, 2, 0, 1]),
      gains: Float32Array.from([0.5, 0.5, 0.5, 0.5]),
      idfs: Float64Array.from([1, 0.4]),
    };
    applyCuratedIdf(table, Int32Array.from([0, 0, 1]), Uint8Array.from([0, 1]));
    const curatedIdf = (frequency: number) => Math.log(1 + (2 - frequency + 0.5) / (frequency + 0.5));
    const scale = (1 * 1 + 2 * 0.4) / (curatedIdf(1) + 2 * curatedIdf(2));
    expect(table.gains[1]).toBe(0.5);
    expect(table.gains[0]).toBeCloseTo(0.5 * scale * curatedIdf(1), 6);
    expect(table.gains[2]).toBeCloseTo((0.5 * scale * curatedIdf(2)) / 0.4, 6);
  });

  it('changes nothing in a catalog without generated toolkits', () => {
    const gains = Float32Array.from([0.5, 0.25]);
    const table: PostingTable = {
      numbers: new Map([['a', 0]]),
      starts: Int32Array.from([0, 2]),
      documents: Int32Array.from([0, 1]),
      gains,
      idfs: Float64Array.from([0.7]),
    };
    applyCuratedIdf(table, Int32Array.from([0, 0]), Uint8Array.from([0]));
    expect([...table.gains]).toEqual([0.5, 0.25]);
  });
});
