import { describe, expect, it } from 'vitest';
import { pairKey } from './analyze-query.ts';
import type { SearchableTool } from './search-types.ts';
import { FIELD_NAMES } from './tool-document.ts';
import { buildToolDocumentTable, type ToolDocumentTable } from './tool-document-table.ts';

const TOOLS: SearchableTool[] = [
  {
    slug: 'DESK_LIST_TICKETS',
    name: 'List tickets',
    description: 'Lists the tickets of a queue. Closed tickets are left out.',
    toolkit: 'desk',
    inputSchema: { type: 'object', properties: { queueId: { type: 'string', description: 'The queue.' } } },
  },
  {
    slug: 'DESK_CLOSE_TICKET',
    name: 'Close ticket',
    description: 'Closes a ticket.',
    toolkit: 'desk',
    inputSchema: { type: 'object', properties: { ticketId: { type: 'string' } } },
  },
  {
    slug: 'PAGER_LIST_INCIDENTS',
    name: 'List incidents',
    description: 'Lists open incidents.',
    toolkit: 'pager',
    inputSchema: {},
  },
];

function field(table: ToolDocumentTable, document: number, name: (typeof FIELD_NAMES)[number]): string[] {
  const index = document * FIELD_NAMES.length + FIELD_NAMES.indexOf(name);
  return [...table.fieldTerms.subarray(table.fieldStarts[index], table.fieldStarts[index + 1])].map(
    (term) => table.terms[term]!,
  );
}

describe('buildToolDocumentTable', () => {
  const table = buildToolDocumentTable(TOOLS);

  it('keeps each field of each tool as its terms, in text order', () => {
    expect(table.count).toBe(3);
    expect(table.slugs).toEqual(TOOLS.map((tool) => tool.slug));
    expect(table.toolkits).toEqual(['desk', 'pager']);
    expect([...table.documentToolkits]).toEqual([0, 0, 1]);
    expect(field(table, 0, 'slug')).toEqual(['list', 'ticket']);
    expect(field(table, 0, 'lead')).toEqual(['list', 'ticket', 'queue']);
    expect(field(table, 0, 'body')).toEqual(['close', 'ticket', 'left']);
    expect(field(table, 1, 'parameters')).toEqual(['ticket']);
    expect(field(table, 2, 'parameters')).toEqual([]);
  });

  it('numbers each term once and lists the documents using it in ascending order', () => {
    expect(new Set(table.terms).size).toBe(table.terms.length);
    for (const [term, number] of table.termNumbers) expect(table.terms[number]).toBe(term);
    const documentsOf = (term: string) => {
      const number = table.termNumbers.get(term)!;
      return [...table.termDocuments.subarray(table.termStarts[number], table.termStarts[number + 1])];
    };
    expect(documentsOf('ticket')).toEqual([0, 1]);
    expect(documentsOf('list')).toEqual([0, 2]);
    expect(documentsOf('incid')).toEqual([2]);
    expect(table.termStarts.at(-1)).toBe(table.termDocuments.length);
  });

  it('keeps the neighbouring term pairs of each tool, one string per distinct pair', () => {
    const pairsOf = (document: number) =>
      table.pairs.slice(table.pairStarts[document], table.pairStarts[document + 1]);
    expect(pairsOf(0)).toContain(pairKey('list', 'ticket'));
    expect(pairsOf(1)).toContain(pairKey('close', 'ticket'));
    expect(pairsOf(2)).toContain(pairKey('list', 'incid'));
    expect(table.pairStarts.at(-1)).toBe(table.pairs.length);
  });

  it("keeps the number of each word a tool's name acts on", () => {
    const numbersOf = (document: number) =>
      [...table.numberTerms.subarray(table.numberStarts[document], table.numberStarts[document + 1])].map(
        (term, offset) => [
          table.terms[term],
          table.numberPlurals[table.numberStarts[document]! + offset] === 1,
        ],
      );
    expect(numbersOf(0)).toEqual([['ticket', true]]);
    expect(numbersOf(1)).toEqual([['ticket', false]]);
    expect(numbersOf(2)).toEqual([['incid', true]]);
    expect(table.numberStarts.at(-1)).toBe(table.numberTerms.length);
  });
});
