import { analyzeQuery } from '../src/search/analyze-query.ts';
import { createToolSearchIndex } from '../src/search/create-tool-search-index.ts';
import { loadCatalogs } from './eval-cases.ts';

const [cat] = await loadCatalogs(process.env.CAT ?? 'builtin');
const bySlug = new Map(cat!.toolkits.map((t) => [t.slug, t]));
const index = createToolSearchIndex(cat!.tools, { describeToolkit: (s) => bySlug.get(s) });
for (const q of process.argv.slice(2)) {
  const a = analyzeQuery(q);
  console.log(q, '\n  terms', a.terms.map((t) => `${t.term}:${t.weight.toFixed(2)}`).join(' '));
  console.log(
    '  hits',
    (await index.searchLexical(q, { limit: 6 })).map((h) => `${h.slug}(${h.score.toFixed(2)})`).join(' '),
  );
}
