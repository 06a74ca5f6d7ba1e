// `pnpm profile:server [REST|MCP|FORWARDER] [inFlight]`: a V8 CPU profile of the bench's toolrouter
// server (bench-server.ts) under the load of performance-bench.ts's REST or MCP rows, printed as the
// functions and packages with the most self time. Where a server's request path spends its CPU;
// FORWARDER profiles the bare forwarder, the baseline, under the same load. PROFILE_ALLOCATIONS=1
// samples allocations instead (bytes per call by function): what keeps the garbage collector busy.
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { echoLoad, forkBenchServer, printTable, startApi } from './bench-support.ts';

const kind = (process.argv[2] ?? 'REST').toUpperCase();
const inFlight = Number(process.argv[3] ?? 16);
const CALLS = Number(process.env.BENCH_CALLS ?? 4000);
const TOP = Number(process.env.PROFILE_TOP ?? 40);
const ALLOCATIONS = process.env.PROFILE_ALLOCATIONS === '1';
if (kind !== 'REST' && kind !== 'MCP' && kind !== 'FORWARDER')
  throw new Error(`profile REST, MCP or FORWARDER, not '${kind}'`);

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const frameName = ({ functionName, url, lineNumber }: ProfileNode['callFrame']) => {
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
  const where = file ? `${file.replace(/^.*\/(packages|internal)\//, '$1/')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
};

/** Self time (µs) of `name` by the chain of its `depth` nearest callers. */
function callers(profile: CpuProfile, name: string, depth: number) {
  const parents = new Map<number, ProfileNode>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  const byNode = new Map<number, number>();
  for (const [index, node] of profile.samples.entries())
    byNode.set(node, (byNode.get(node) ?? 0) + (profile.timeDeltas[index] ?? 0));
  const chains = new Map<string, number>();
  for (const [id, micros] of byNode) {
    const node = nodes.get(id)!;
    if (frameName(node.callFrame) !== name) continue;
    const chain: string[] = [];
    for (let parent = parents.get(id); parent && chain.length < depth; parent = parents.get(parent.id))
      chain.push(frameName(parent.callFrame));
    const key = chain.join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + micros);
  }
  return chains;
}

/** Self time (µs) per function and per package of a V8 CPU profile. */
function selfTimes(profile: CpuProfile) {
  const byNode = new Map<number, number>();
  for (const [index, node] of profile.samples.entries())
    byNode.set(node, (byNode.get(node) ?? 0) + (profile.timeDeltas[index] ?? 0));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const micros = byNode.get(node.id) ?? 0;
    if (!micros) continue;
    total += micros;
    const { functionName, url } = node.callFrame;
    const key = frameName(node.callFrame);
    functions.set(key, (functions.get(key) ?? 0) + micros);
    const owner = !url
      ? functionName.startsWith('(')
        ? functionName
        : '(native)'
      : url.startsWith('node:')
        ? 'node internals'
        : (/node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
          /\/(packages\/[^/]+)\//.exec(url)?.[1] ??
          url);
    packages.set(owner, (packages.get(owner) ?? 0) + micros);
  }
  return { functions, packages, total };
}

interface AllocationNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: AllocationNode[];
}
interface AllocationProfile {
  head: AllocationNode;
}

/**
 * A sampled allocation profile in the shape of a CPU profile (bytes where that has microseconds),
 * so the same tables (and PROFILE_CALLERS) print it.
 */
function asCpuProfile(profile: AllocationProfile): CpuProfile {
  const nodes: ProfileNode[] = [];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  const walk = (node: AllocationNode): number => {
    const converted: ProfileNode = { id: nodes.length + 1, callFrame: node.callFrame };
    nodes.push(converted);
    samples.push(converted.id);
    timeDeltas.push(node.selfSize);
    converted.children = node.children.map(walk);
    return converted.id;
  };
  walk(profile.head);
  return { nodes, samples, timeDeltas };
}

const api = await startApi();
const directory = mkdtempSync(join(tmpdir(), 'toolrouter-profile-'));
const server = await forkBenchServer<{ port: number }>({
  BENCH_API_URL: api.url,
  BENCH_DATABASE: join(directory, 'profile.db'),
  BENCH_PROFILE: '1',
  ...(kind === 'FORWARDER' ? { BENCH_MODE: 'forwarder' } : {}),
});
try {
  const load = await echoLoad(server.url, kind, inFlight);
  await load(500);
  server.child.send(ALLOCATIONS ? 'allocations:start' : 'profile:start');
  await once(server.child, 'message');
  const cpuBefore = await server.cpuMicros();
  const started = performance.now();
  await load(CALLS);
  const seconds = (performance.now() - started) / 1000;
  const cpuMicros = (await server.cpuMicros()) - cpuBefore;
  server.child.send(ALLOCATIONS ? 'allocations:stop' : 'profile:stop');
  const [{ profile: answered }] = (await once(server.child, 'message')) as [{ profile: unknown }];
  const profile = ALLOCATIONS ? asCpuProfile(answered as AllocationProfile) : (answered as CpuProfile);
  // PROFILE_OUT=file.cpuprofile (or .heapprofile) keeps the whole profile for Chrome DevTools.
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(answered));
  const { functions, packages, total } = selfTimes(profile);
  const share = (micros: number) => `${((micros / total) * 100).toFixed(1)}%`;
  const perCall = (millis: number) =>
    ALLOCATIONS ? `${((millis * 1000) / CALLS).toFixed(0)} B` : `${(millis / CALLS).toFixed(4)} ms`;
  console.log(
    `## ${kind}, ${inFlight} in flight, ${CALLS} calls: ${(CALLS / seconds).toFixed(0)} calls/s, server CPU ${(cpuMicros / 1000 / CALLS).toFixed(3)} ms/call\n`,
  );
  const top = (entries: Map<string, number>, count: number) =>
    [...entries]
      .sort((left, right) => right[1] - left[1])
      .slice(0, count)
      .map(([name, micros]) => [share(micros), perCall(micros / 1000), name]);
  printTable([['self', 'per call', 'package'], ...top(packages, 15)]);
  console.log('');
  printTable([['self', 'per call', 'function'], ...top(functions, TOP)]);
  // PROFILE_CALLERS=writeUtf8String,all: who calls those (PROFILE_DEPTH frames up, default 4).
  for (const name of process.env.PROFILE_CALLERS?.split(',') ?? []) {
    console.log(`\ncallers of ${name}:`);
    const rows = top(callers(profile, name, Number(process.env.PROFILE_DEPTH ?? 4)), 8);
    // A name no sample has (a typo, or a frame named otherwise, like "(native)") has no callers.
    if (rows.length === 0) console.log(`  no samples of a function named '${name}'`);
    else printTable(rows);
  }
} finally {
  await server.close();
  await api.close();
  rmSync(directory, { recursive: true, force: true });
}
