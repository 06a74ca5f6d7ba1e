// Child process of catalog-bench.ts: one cold `toolrouter serve` start (store opened and migrated,
// toolkits loaded, search index built, listening), then its time, memory and where the time went as
// JSON on stdout. The server is imported by path: a dependency on it would make a cycle (the server
// depends on the catalog).
// Without the `@toolrouter/source` condition the workspace packages resolve to their built `dist`.
const fromSource = process.execArgv.some((argument) => argument.includes('@toolrouter/source'));
const started = performance.now();
const { startServer } = (await import(
  fromSource ? '../../server/src/index.ts' : '../../server/dist/index.js'
)) as typeof import('../../server/src/index.ts');
const imported = performance.now() - started;
const server = await startServer({ port: 0, env: process.env, notice: () => {} });
const milliseconds = performance.now() - started;
const { rss, heapUsed } = process.memoryUsage();
const toolkits = (await server.router.toolkits.list()).length;
// The first search of a user's session right after the start (issue 18: ≤ 20 ms), every toolkit enabled.
const session = await server.router.create('bench-user');
const searching = performance.now();
await session.search({ query: 'create a ticket for the login bug' });
const firstSearch = performance.now() - searching;
const searchIndex = server.warm.searchIndex?.buildMs ?? 0;
// Loading the catalog data again after the start: what reading and unpacking it costs (warm file cache).
let catalogData = 0;
if (process.env.TOOLROUTER_CATALOG !== 'off') {
  const { catalogToolkits } = (await import(
    fromSource ? '../src/catalog-toolkits.ts' : '../dist/catalog-toolkits.js'
  )) as typeof import('../src/catalog-toolkits.ts');
  const loading = performance.now();
  await catalogToolkits();
  catalogData = performance.now() - loading;
}
await server.close(0);
const phases = {
  [`importing the server (${fromSource ? 'TS sources' : 'dist'})`]: imported,
  'catalog data': catalogData,
  'search index': searchIndex,
  'store, migrations, toolkits, listen': milliseconds - imported - searchIndex - catalogData,
};
console.log(JSON.stringify({ milliseconds, rss, heapUsed, firstSearch, toolkits, phases }));
