import { describe, expect, it } from 'vitest';
import type { SearchableTool } from './search-types.ts';
import { LOCAL_IDF_MIN_TOOLS, slugTermWeights } from './slug-term-weights.ts';
import { buildToolDocumentTable } from './tool-document-table.ts';

function tool(toolkit: string, slug: string, description: string): SearchableTool {
  return { slug: `${toolkit.toUpperCase()}_${slug}`, name: slug, description, toolkit, inputSchema: {} };
}

describe('slugTermWeights', () => {
  // A big toolkit whose every tool speaks of widgets and two of gadgets; a small one alike.
  const big = Array.from({ length: LOCAL_IDF_MIN_TOOLS }, (_, index) =>
    tool('big', `GET_WIDGET_${index}`, index < 2 ? 'Returns a widget of a gadget.' : 'Returns a widget.'),
  );
  const small = Array.from({ length: 10 }, (_, index) =>
    tool('small', `GET_WIDGET_${index}`, index < 2 ? 'Returns a widget of a gadget.' : 'Returns a widget.'),
  );
  const documents = buildToolDocumentTable([...big, ...small]);
  const widget = documents.termNumbers.get('widget')!;
  const gadget = documents.termNumbers.get('gadget')!;
  // Over the whole catalog (other toolkits say "gadget" everywhere) "widget" is the rarer word.
  const globalIdfs = new Float64Array(documents.terms.length);
  globalIdfs[widget] = 3;
  globalIdfs[gadget] = 1;
  // Every document's slug, as far as this test reads it: widget, gadget.
  const slugTermStarts = Int32Array.from({ length: documents.count + 1 }, (_, document) => document * 2);
  const slugTerms = Int32Array.from({ length: documents.count * 2 }, (_, position) =>
    position % 2 === 0 ? widget : gadget,
  );
  const weights = slugTermWeights(documents, globalIdfs, slugTermStarts, slugTerms);
  const weightsOf = (toolkit: string) => {
    const document = documents.slugs.indexOf(`${toolkit.toUpperCase()}_GET_WIDGET_0`);
    return { widget: weights[document * 2]!, gadget: weights[document * 2 + 1]! };
  };

  it("weighs a big toolkit's slug words partly by how rare they are among its own tools", () => {
    const { widget: widgetWeight, gadget: gadgetWeight } = weightsOf('big');
    expect(gadgetWeight).toBeGreaterThan(widgetWeight);
  });

  it("keeps a small toolkit's slug words at the whole catalog's idf", () => {
    expect(weightsOf('small')).toEqual({ widget: 3, gadget: 1 });
  });
});
