import { readFileSync } from 'node:fs';
import { catalogToolkits } from '@toolrouter/catalog';
import { loadBuiltinToolkits } from '@toolrouter/toolkits';
import { createToolSearchIndex } from '../src/search/create-tool-search-index.ts';
const held = (id: string) => [0,1,2].includes(Number(id.replace(/\D+/g,'').at(-1)));
const b = await loadBuiltinToolkits(); const bs = new Set(b.map(t=>t.slug));
const g = (await catalogToolkits()).filter(t=>!bs.has(t.slug));
const mk = (tks: any[]) => { const m = new Map(tks.map(t=>[t.slug,t])); return createToolSearchIndex(tks.flatMap(t=>t.tools.map((x:any)=>({...x, toolkit:t.slug}))), {describeToolkit:(s)=>m.get(s)}); };
const ib = mk(b), iff = mk([...b, ...g]);
for (const f of process.argv.slice(2)) for (const line of readFileSync(f,'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line); if (held(c.id)) continue;
  const exp = new Set<string>(c.expected_slugs ?? c.expected.map((o:string)=>`github_${o}`.toUpperCase().replace(/[^A-Z0-9]+/g,'_')));
  const rank = (i:any) => { const h = i.searchLexical(c.query,{limit:20}); const p = h.findIndex((x:any)=>exp.has(x.slug)); return [p===-1?99:p+1, h.slice(0,3).map((x:any)=>`${x.slug}(${x.score.toFixed(1)})`).join(' ')] as const; };
  const [rb] = rank(ib); const [rf, top] = rank(iff);
  if (rf > rb) console.log(`${c.id} b=${rb} f=${rf} ${c.query}\n    exp ${[...exp].join(' ')}\n    got ${top}`);
}
