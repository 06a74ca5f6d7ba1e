// Child process of catalog-bench.ts: one cold `toolrouter serve` start (store opened and migrated,
// toolkits loaded, listening), then its time and memory as JSON on stdout. The server is imported by
// path: a dependency on it would make a cycle (the server depends on the catalog).
const started = performance.now();
const { startServer } = await import('../../server/src/index.ts');
const server = await startServer({ port: 0, env: process.env, notice: () => {} });
const milliseconds = performance.now() - started;
const toolkits = (await server.router.toolkits.list()).length;
const rss = process.memoryUsage().rss;
await server.close(0);
console.log(JSON.stringify({ milliseconds, rss, toolkits }));
